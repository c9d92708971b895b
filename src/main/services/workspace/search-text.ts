const typographic: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201b': "'",
  '\u2032': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201f': '"',
  '\u2033': '"',
};

/**
 * Lower case, and typographic quotes and dashes as their ASCII forms, so that
 * `don't` finds `don’t`. The same folding is applied to queries.
 */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .replace(
      /[\u2018\u2019\u201b\u2032\u201c\u201d\u201f\u2033\u2010-\u2015]/g,
      (c) => typographic[c] ?? '-',
    );
}

/** Characters of context kept on each side of the first match in a snippet. */
const context = 60;

/** A short extract of `text` around the first of `terms`, and where each term occurs in it. */
export interface Snippet {
  text: string;
  /** `[start, end)` offsets into `text` of the matched words. */
  marks: [number, number][];
}

/**
 * The extract of `text` that shows why a post matched: the line around the
 * first word starting with one of the (folded) `terms`, cut at word
 * boundaries with "…", every matching word in it marked. Null when no term
 * starts a word of `text` (a fuzzy match of a word that is elsewhere).
 */
export function snippetOf(text: string, terms: readonly string[]): Snippet | null {
  const words = wordsStartingWith(terms);
  if (!words) return null;
  const first = words.exec(text);
  if (!first) return null;
  const firstEnd = first.index + first[0].length;
  const lineStart = text.lastIndexOf('\n', first.index) + 1;
  const lineEndAt = text.indexOf('\n', firstEnd);
  const lineEnd = lineEndAt === -1 ? text.length : lineEndAt;
  let from = Math.max(lineStart, first.index - context);
  let to = Math.min(lineEnd, firstEnd + context);
  if (from > lineStart) from = wordBoundaryAfter(text, from, first.index);
  if (to < lineEnd) to = wordBoundaryBefore(text, to, firstEnd);

  const extract = text.slice(from, to);
  const leading = extract.length - extract.trimStart().length;
  const lead = from > lineStart ? '…' : '';
  const shift = lead.length - leading;
  const marks: [number, number][] = [];
  words.lastIndex = 0; // `matchAll` starts where `exec` left off
  for (const match of extract.matchAll(words)) {
    marks.push([match.index + shift, match.index + match[0].length + shift]);
  }
  return { text: `${lead}${extract.trim()}${to < lineEnd ? '…' : ''}`, marks };
}

/** Whole words starting with one of `terms`, ignoring case; null for no terms. */
function wordsStartingWith(terms: readonly string[]): RegExp | null {
  const escaped = terms
    .filter((term) => term !== '')
    .map((term) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (escaped.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${escaped.join('|')})[\\p{L}\\p{N}_]*`, 'giu');
}

/** The first offset at or after `from` (and before `limit`) that starts a word. */
function wordBoundaryAfter(text: string, from: number, limit: number): number {
  const space = text.indexOf(' ', from);
  return space === -1 || space >= limit ? from : space + 1;
}

/** The last offset at or before `to` (and after `limit`) that ends a word. */
function wordBoundaryBefore(text: string, to: number, limit: number): number {
  const space = text.lastIndexOf(' ', to);
  return space === -1 || space <= limit ? to : space;
}
