import type { FrontMatterFormat, TextSpan } from './types';

/** What the first lines of a file say about its front matter. */
export interface FrontMatterSplit {
  status: 'none' | 'closed' | 'unterminated';
  /** Null when there is no front matter or its language is not one Hugo reads. */
  format: FrontMatterFormat | null;
  /** `---` or `+++`; null for JSON (a bare `{ … }`) and when there is no front matter. */
  delimiter: '---' | '+++' | null;
  /** Text after the opening delimiter on its line (`js` in `---js`), trimmed; null when none. */
  languageTag: string | null;
  /** The opening delimiter's line without its line break (for messages). */
  openLine: TextSpan;
  /** Whole block, delimiters and the closing line break included; null unless closed. */
  span: TextSpan | null;
  /** Text between the delimiters (for JSON: the object itself); null unless closed. */
  content: TextSpan | null;
  /** Where the Markdown body starts. */
  bodyFrom: number;
  /** Offset just after the opening delimiter and its language tag. */
  afterOpening: number;
}

const BOM = 0xfeff;

/** Languages a tag after `---` may name; anything else (`js`, `coffee`…) is refused. */
export function formatForLanguageTag(tag: string): FrontMatterFormat | null {
  switch (tag.toLowerCase()) {
    case 'yaml':
    case 'yml':
      return 'yaml';
    case 'toml':
      return 'toml';
    case 'json':
      return 'json';
    default:
      return null;
  }
}

/**
 * Finds the front matter block the way Hugo's page lexer does: after an
 * optional BOM and blank space, `---` (YAML), `+++` (TOML) or `{` (JSON); the
 * block ends at the first line that starts with the same delimiter (for JSON,
 * at the matching brace), and one line break after it belongs to the block.
 * Offsets are exact, CRLF and lone-LF lines alike.
 */
export function splitFrontMatter(text: string): FrontMatterSplit {
  const bodyStart = text.charCodeAt(0) === BOM ? 1 : 0;
  let start = bodyStart;
  while (start < text.length && ' \t\r\n'.includes(text.charAt(start))) start += 1;
  const none: FrontMatterSplit = {
    status: 'none',
    format: null,
    delimiter: null,
    languageTag: null,
    openLine: { from: bodyStart, to: bodyStart },
    span: null,
    content: null,
    bodyFrom: bodyStart,
    afterOpening: bodyStart,
  };
  if (text.startsWith('---', start)) return splitDelimited(text, start, '---', bodyStart) ?? none;
  if (text.startsWith('+++', start)) return splitDelimited(text, start, '+++', bodyStart) ?? none;
  if (text.charAt(start) === '{') return splitJson(text, start, bodyStart);
  return none;
}

function splitDelimited(
  text: string,
  start: number,
  delimiter: '---' | '+++',
  bodyStart: number,
): FrontMatterSplit | null {
  const afterDelimiter = start + 3;
  // `----` is a Markdown rule, not a delimiter (gray-matter agrees).
  if (text.charAt(afterDelimiter) === delimiter.charAt(0)) return null;
  const lineBreak = text.indexOf('\n', afterDelimiter);
  const openLineEnd = lineBreak === -1 ? text.length : trimCarriageReturn(text, lineBreak);
  const rawTag = text.slice(afterDelimiter, openLineEnd);
  const tag = rawTag.trim();
  const format = tag === '' ? (delimiter === '---' ? 'yaml' : 'toml') : formatForLanguageTag(tag);
  const openLine = { from: start, to: openLineEnd };
  const base = {
    format,
    delimiter,
    languageTag: tag === '' ? null : tag,
    openLine,
    afterOpening: afterDelimiter + rawTag.length,
  };
  if (lineBreak === -1) {
    return { ...base, status: 'unterminated', span: null, content: null, bodyFrom: bodyStart };
  }
  const contentFrom = lineBreak + 1;
  for (let lineStart = contentFrom; ;) {
    if (text.startsWith(delimiter, lineStart)) {
      const bodyFrom = skipOneLineBreak(text, lineStart + 3);
      return {
        ...base,
        status: 'closed',
        span: { from: start, to: bodyFrom },
        content: { from: contentFrom, to: lineStart },
        bodyFrom,
      };
    }
    const next = text.indexOf('\n', lineStart);
    if (next === -1) break;
    lineStart = next + 1;
  }
  return { ...base, status: 'unterminated', span: null, content: null, bodyFrom: bodyStart };
}

/** Hugo's JSON front matter: braces counted outside double-quoted strings. */
function splitJson(text: string, start: number, bodyStart: number): FrontMatterSplit {
  let depth = 0;
  let inString = false;
  const openLineBreak = text.indexOf('\n', start);
  const openLine = {
    from: start,
    to: openLineBreak === -1 ? text.length : trimCarriageReturn(text, openLineBreak),
  };
  const base = {
    format: 'json' as const,
    delimiter: null,
    languageTag: null,
    openLine,
    afterOpening: start,
  };
  for (let i = start; i < text.length; i++) {
    const char = text.charAt(i);
    if (char === '\\') {
      i += 1;
    } else if (char === '"') {
      inString = !inString;
    } else if (!inString && char === '{') {
      depth += 1;
    } else if (!inString && char === '}') {
      depth -= 1;
      if (depth === 0) {
        const bodyFrom = skipOneLineBreak(text, i + 1);
        return {
          ...base,
          status: 'closed',
          span: { from: start, to: bodyFrom },
          content: { from: start, to: i + 1 },
          bodyFrom,
        };
      }
    }
  }
  return { ...base, status: 'unterminated', span: null, content: null, bodyFrom: bodyStart };
}

function skipOneLineBreak(text: string, at: number): number {
  let position = at;
  if (text.charAt(position) === '\r') position += 1;
  if (text.charAt(position) === '\n') position += 1;
  return position;
}

function trimCarriageReturn(text: string, lineBreak: number): number {
  return lineBreak > 0 && text.charAt(lineBreak - 1) === '\r' ? lineBreak - 1 : lineBreak;
}
