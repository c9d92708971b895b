import type { FrontMatterFormat } from './types';

/**
 * The one rule for where front matter starts and ends, as Hugo's page lexer
 * has it. The post model (`split.ts`) reads a whole string with it; the
 * editor's Markdown extension (`renderer/editor/front-matter-block.ts`) reads
 * the same text a line at a time. Both ask these functions, so they cannot
 * disagree about which text is front matter.
 */

export const BYTE_ORDER_MARK = '\ufeff';

export type FrontMatterDelimiter = '---' | '+++';
export type FrontMatterOpener = FrontMatterDelimiter | '{';

/** Space Hugo skips before the opening delimiter: blank lines included. */
export function isSpaceBeforeFrontMatter(char: string): boolean {
  return char === ' ' || char === '\t' || char === '\r' || char === '\n';
}

/** Where an opening delimiter may stand: past a byte order mark and leading space. */
export function frontMatterSearchStart(text: string): number {
  let start = text.startsWith(BYTE_ORDER_MARK) ? 1 : 0;
  while (start < text.length && isSpaceBeforeFrontMatter(text.charAt(start))) start += 1;
  return start;
}

/**
 * The front matter opener at `at`, or null. `----` and `++++` are Markdown,
 * not delimiters (gray-matter agrees).
 */
export function openerAt(text: string, at: number): FrontMatterOpener | null {
  for (const delimiter of ['---', '+++'] as const) {
    if (text.startsWith(delimiter, at)) {
      return text.charAt(at + 3) === delimiter.charAt(0) ? null : delimiter;
    }
  }
  return text.charAt(at) === '{' ? '{' : null;
}

/** A block ends at the first line that starts with its delimiter, whatever follows on that line. */
export function closesFrontMatter(
  text: string,
  lineStart: number,
  delimiter: FrontMatterDelimiter,
): boolean {
  return text.startsWith(delimiter, lineStart);
}

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

/** The language of a delimited block: its delimiter's own, or the one its tag names. */
export function formatOfDelimitedBlock(
  tag: string,
  delimiter: FrontMatterDelimiter,
): FrontMatterFormat | null {
  if (tag === '') return delimiter === '---' ? 'yaml' : 'toml';
  return formatForLanguageTag(tag);
}

/**
 * Hugo's JSON front matter ends at the brace that matches the first one,
 * braces counted outside double-quoted strings. Fed piece by piece (the
 * editor reads a line at a time), it keeps its depth between pieces.
 */
export class JsonBraceMatcher {
  private depth = 0;
  private inString = false;
  private escaped = false;

  /** Index in `text` just after the matching brace, or -1 when the object goes on. */
  feed(text: string, from = 0): number {
    for (let i = from; i < text.length; i++) {
      const char = text.charAt(i);
      if (this.escaped) this.escaped = false;
      else if (char === '\\') this.escaped = true;
      else if (char === '"') this.inString = !this.inString;
      else if (!this.inString && char === '{') this.depth += 1;
      else if (!this.inString && char === '}') {
        this.depth -= 1;
        if (this.depth === 0) return i + 1;
      }
    }
    return -1;
  }
}
