import {
  BYTE_ORDER_MARK,
  JsonBraceMatcher,
  closesFrontMatter,
  formatOfDelimitedBlock,
  frontMatterSearchStart,
  openerAt,
  type FrontMatterDelimiter,
} from './front-matter-boundary';
import type { FrontMatterFormat, TextSpan } from './types';

export { formatForLanguageTag } from './front-matter-boundary';

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

/**
 * Finds the front matter block the way Hugo's page lexer does: after an
 * optional BOM and blank space, `---` (YAML), `+++` (TOML) or `{` (JSON); the
 * block ends at the first line that starts with the same delimiter (for JSON,
 * at the matching brace), and one line break after it belongs to the block.
 * Offsets are exact, CRLF and lone-LF lines alike.
 */
export function splitFrontMatter(text: string): FrontMatterSplit {
  const bodyStart = text.startsWith(BYTE_ORDER_MARK) ? 1 : 0;
  const start = frontMatterSearchStart(text);
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
  const opener = openerAt(text, start);
  if (opener === null) return none;
  if (opener === '{') return splitJson(text, start, bodyStart);
  return splitDelimited(text, start, opener, bodyStart);
}

function splitDelimited(
  text: string,
  start: number,
  delimiter: FrontMatterDelimiter,
  bodyStart: number,
): FrontMatterSplit {
  const afterDelimiter = start + 3;
  const lineBreak = text.indexOf('\n', afterDelimiter);
  const openLineEnd = lineBreak === -1 ? text.length : trimCarriageReturn(text, lineBreak);
  const rawTag = text.slice(afterDelimiter, openLineEnd);
  const tag = rawTag.trim();
  const format = formatOfDelimitedBlock(tag, delimiter);
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
    if (closesFrontMatter(text, lineStart, delimiter)) {
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
  const end = new JsonBraceMatcher().feed(text, start);
  if (end === -1) {
    return { ...base, status: 'unterminated', span: null, content: null, bodyFrom: bodyStart };
  }
  const bodyFrom = skipOneLineBreak(text, end);
  return {
    ...base,
    status: 'closed',
    span: { from: start, to: bodyFrom },
    content: { from: start, to: end },
    bodyFrom,
  };
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
