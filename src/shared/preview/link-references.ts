import { htmlBlockKinds } from './markdown-chunks';

/**
 * A link reference definition (`[label]: url "title"`) applies to the whole
 * page, wherever it stands. When parts of a page are rendered alone, each
 * part gets the definitions its text mentions put in front of it.
 */
export interface LinkReference {
  /** The label as Markdown compares it: case-folded, runs of space as one. */
  label: string;
  /** The definition as written: one line, or up to three when prettier wrapped it. */
  line: string;
  /** Where the definition starts in the text it was found in. */
  offset: number;
}

// The destination may go on the next line, and the title on the line after it.
const definition =
  /^ {0,3}\[((?:[^[\]\\]|\\.){1,999})\]:[ \t]*\n?[ \t]*(?:<[^<>\n]*>|[^\s<]\S*)(?:(?:[ \t]+|[ \t]*\n[ \t]*)(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|\((?:[^()\\\n]|\\.)*\)))?[ \t]*$/;
const fence = /^ {0,3}(`{3,}|~{3,})/;
const atxHeading = /^ {0,3}#{1,6}(?:[ \t]|$)/;
/** A thematic break, or the underline that ends a setext heading. */
const ruleOrUnderline = /^ {0,3}(?:(?:[-*_][ \t]*){3,}|=+[ \t]*)$/;

/**
 * The definitions of a chunk that stand at the top level where a
 * definition can start (first line, after a blank line, a heading or another
 * definition), outside fenced code and multi-line HTML blocks. Footnote
 * definitions (`[^x]:`) are not link references.
 */
export function findLinkReferences(text: string): LinkReference[] {
  const found: LinkReference[] = [];
  let openFence: string | null = null;
  let htmlEnd: RegExp | null = null;
  let canStart = true;
  const rawLines = text.split('\n');
  const lines = rawLines.map((line) => line.replace(/\r$/, ''));
  const starts: number[] = [];
  let offset = 0;
  for (const raw of rawLines) {
    starts.push(offset);
    offset += raw.length + 1;
  }
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    // A definition may follow a block that ends on the line before: code, HTML, a heading, a rule.
    if (htmlEnd !== null) {
      canStart = htmlEnd.test(line);
      if (canStart) htmlEnd = null;
      continue;
    }
    if (openFence !== null) {
      const close = fence.exec(line)?.[1];
      canStart =
        close !== undefined &&
        close.charAt(0) === openFence.charAt(0) &&
        close.length >= openFence.length &&
        line.trim() === close;
      if (canStart) openFence = null;
      continue;
    }
    const opened = fence.exec(line)?.[1];
    if (opened) {
      openFence = opened;
      canStart = false;
      continue;
    }
    const html = htmlBlockKinds.find((kind) => kind.start.test(line));
    if (html) {
      canStart = html.end.test(line.replace(html.start, ''));
      if (!canStart) htmlEnd = html.end;
      continue;
    }
    const match = canStart && line.includes(']:') ? longestDefinition(lines, index) : null;
    const label = match?.label;
    if (match && label !== undefined && !label.startsWith('^') && label.trim() !== '') {
      found.push({ label: normalizeLabel(label), line: match.text, offset: starts[index] ?? 0 });
      index += match.lineCount - 1;
      canStart = true;
      continue;
    }
    canStart = line.trim() === '' || atxHeading.test(line) || ruleOrUnderline.test(line);
  }
  return found;
}

function longestDefinition(
  lines: readonly string[],
  index: number,
): { label: string | undefined; text: string; lineCount: number } | null {
  for (let count = Math.min(3, lines.length - index); count >= 1; count--) {
    const text = lines.slice(index, index + count).join('\n');
    const match = definition.exec(text);
    if (match) return { label: match[1], text, lineCount: count };
  }
  return null;
}

/** Markdown's label matching: case-insensitive, whitespace runs equal. */
export function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Text to search for labels in: lower case, whitespace runs as one space. */
export function searchableText(text: string): string {
  return text.replace(/\s+/g, ' ').toLowerCase();
}
