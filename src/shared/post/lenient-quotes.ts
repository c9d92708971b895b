import { LineIndex } from '../text/line-index';

/*
 * Go's YAML library (which Hugo uses) accepts a quoted value whose
 * continuation lines start at the left edge:
 *
 *   description: "First line
 *   second line"
 *
 * The `yaml` package rejects it, as the YAML spec says. Real posts contain
 * this and Hugo builds them, so when strict parsing fails we indent such
 * continuation lines (which does not change a quoted value: leading spaces on
 * continuation lines are dropped) and try again; the post is then readable,
 * with a warning, and the user fixes the text.
 */

export interface IndentedQuotes {
  /** The content with continuation lines indented. */
  text: string;
  /** Spaces inserted, in increasing order of `at` (offsets into the original). */
  insertions: { at: number; length: number }[];
  /** Offsets (into the original) of the opening quotes that needed it. */
  quoteStarts: number[];
}

const blockScalarHeader = /(?:^|[ ]|:)[|>][0-9+-]*[ ]*(?:#.*)?\r?$/;
const quotedValueStart =
  /^( *)(?:(- +)|((?:- +)?(?:"[^"\n]*"|'[^'\n]*'|[^\s'"#-][^\n#]*?|-[^\s\n#][^\n#]*?) *: +))(["'])/;

export function indentQuotedContinuations(source: string): IndentedQuotes | null {
  const insertions: { at: number; length: number }[] = [];
  const quoteStarts: number[] = [];
  const lines = new LineIndex(source);
  let lineStart = 0;
  let blockScalarOwner = -1;
  while (lineStart < source.length) {
    const lineEnd = lines.lineBreakAt(lineStart);
    const line = source.slice(lineStart, lineEnd);
    const lineIndent = /^ */.exec(line)?.[0].length ?? 0;
    if (blockScalarOwner >= 0) {
      // Lines of a `|` or `>` block are text, whatever they look like.
      if (line.trim() === '' || lineIndent > blockScalarOwner) {
        lineStart = lines.nextLineStartAt(lineEnd);
        continue;
      }
      blockScalarOwner = -1;
    }
    if (blockScalarHeader.test(line)) {
      const [, spaces = '', dashes = '', rest = ''] = /^( *)((?:- +)*)(.*)$/.exec(line) ?? [];
      blockScalarOwner = /^[|>]/.test(rest) ? spaces.length : spaces.length + dashes.length;
      lineStart = lines.nextLineStartAt(lineEnd);
      continue;
    }
    const match = quotedValueStart.exec(line);
    if (match) {
      const indent = (match[1] ?? '').length;
      const dash = match[2] ?? '';
      const keyPart = match[3] ?? '';
      const leadingDash = /^- +/.exec(keyPart)?.[0] ?? '';
      // Continuation lines must be indented past the key (or the dash).
      const ownerColumn = indent + (dash ? 0 : leadingDash.length);
      const quote = match[4] as '"' | "'";
      const quoteAt = lineStart + match[0].length - 1;
      const close = closingQuote(source, quoteAt + 1, quote);
      if (close === -1) return null;
      if (close > lineEnd) {
        let needed = false;
        let next = lines.nextLineStartAt(lineEnd);
        while (next <= close && next < source.length) {
          const end = lines.lineBreakAt(next);
          const spaces = /^ */.exec(source.slice(next, end))?.[0].length ?? 0;
          const blank = spaces === end - next || source.slice(next + spaces, end) === '\r';
          if (!blank && spaces <= ownerColumn) {
            insertions.push({ at: next, length: ownerColumn + 1 - spaces });
            needed = true;
          }
          next = lines.nextLineStartAt(end);
        }
        if (needed) quoteStarts.push(quoteAt);
        lineStart = lines.nextLineStartAt(close);
        continue;
      }
    }
    lineStart = lines.nextLineStartAt(lineEnd);
  }
  if (insertions.length === 0) return null;
  let text = '';
  let copied = 0;
  for (const insertion of insertions) {
    text += source.slice(copied, insertion.at) + ' '.repeat(insertion.length);
    copied = insertion.at;
  }
  text += source.slice(copied);
  return { text, insertions, quoteStarts };
}

/** Maps an offset in the indented text back to the original text. */
export function originalOffset(indented: IndentedQuotes, offset: number): number {
  let shift = 0;
  for (const insertion of indented.insertions) {
    const insertedAt = insertion.at + shift;
    if (offset < insertedAt) break;
    if (offset < insertedAt + insertion.length) return insertion.at;
    shift += insertion.length;
  }
  return offset - shift;
}

function closingQuote(source: string, from: number, quote: '"' | "'"): number {
  for (let i = from; i < source.length; i++) {
    const char = source.charAt(i);
    if (quote === '"' && char === '\\') {
      i += 1;
    } else if (char === quote) {
      if (quote === "'" && source.charAt(i + 1) === "'") i += 1;
      else return i;
    }
  }
  return -1;
}
