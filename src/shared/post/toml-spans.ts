import { LineIndex } from '../text/line-index';
import { endOfString } from './toml-dates';
import type { PathSegment } from './field-path';
import { pathKey, type FieldSpans } from './front-matter-reading';

/**
 * Best-effort spans for TOML fields (offsets into `source`): `key = value`
 * lines under `[table]` and `[[array]]` headers, dotted and quoted keys.
 * Enough to point diagnostics at the right line; TOML is never edited here.
 */
export function tomlFieldSpans(source: string): Map<string, FieldSpans> {
  const spans = new Map<string, FieldSpans>();
  const arrayCounts = new Map<string, number>();
  let table: PathSegment[] = [];
  const lines = new LineIndex(source);
  let lineStart = 0;
  while (lineStart < source.length) {
    const line = source.slice(lineStart, lines.lineBreakAt(lineStart));
    const indent = line.length - line.trimStart().length;
    const trimmed = line.trim();
    let next = lines.nextLineStartAt(lineStart);
    const header = /^(\[\[?)([^\]#]+)\]\]?/.exec(trimmed);
    if (header) {
      const path = splitKey(header[2] ?? '');
      const span = { from: lineStart + indent, to: lineStart + indent + header[0].length };
      if (header[1] === '[[') {
        const name = path.join('.');
        const index = (arrayCounts.get(name) ?? -1) + 1;
        arrayCounts.set(name, index);
        table = [...path, index];
      } else {
        table = path;
      }
      spans.set(pathKey(table), { key: span, value: span });
    } else {
      const assignment =
        /^((?:"(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_-]+)(?:\s*\.\s*(?:"(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_-]+))*)\s*=\s*/.exec(
          trimmed,
        );
      if (assignment && trimmed.charAt(0) !== '#') {
        const keyText = assignment[1] ?? '';
        const keyFrom = lineStart + indent;
        const valueFrom = keyFrom + assignment[0].length;
        const valueTo = endOfValue(source, valueFrom);
        spans.set(pathKey([...table, ...splitKey(keyText)]), {
          key: { from: keyFrom, to: keyFrom + keyText.length },
          value: { from: valueFrom, to: valueTo },
        });
        next = lines.nextLineStartAt(valueTo);
      }
    }
    lineStart = next;
  }
  return spans;
}

function splitKey(text: string): string[] {
  const parts: string[] = [];
  const part = /\s*("(?:[^"\\]|\\.)*"|'[^']*'|[^.\s]+)\s*(?:\.|$)/g;
  for (let match = part.exec(text); match && match[0] !== ''; match = part.exec(text)) {
    const raw = match[1] ?? '';
    parts.push(
      raw.startsWith('"') ? safeJsonString(raw) : raw.startsWith("'") ? raw.slice(1, -1) : raw,
    );
  }
  return parts;
}

function safeJsonString(raw: string): string {
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === 'string' ? value : raw.slice(1, -1);
  } catch {
    return raw.slice(1, -1);
  }
}

/** End of the value starting at `from`: its line, or further for open brackets and multi-line strings. */
function endOfValue(source: string, from: number): number {
  let depth = 0;
  let end = from;
  let i = from;
  while (i < source.length) {
    const char = source.charAt(i);
    if (char === '"' || char === "'") {
      i = endOfString(source, i);
      end = i;
      continue;
    }
    if (char === '#') {
      const lineBreak = source.indexOf('\n', i);
      i = lineBreak === -1 ? source.length : lineBreak;
      continue;
    }
    if (char === '\n' && depth === 0) break;
    if (char === '[' || char === '{') depth += 1;
    if (char === ']' || char === '}') depth -= 1;
    if (!/\s/.test(char)) end = i + 1;
    i += 1;
  }
  return end;
}
