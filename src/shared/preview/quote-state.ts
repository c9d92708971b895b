import type { TypographerSettings } from '../render';

/**
 * Hugo 0.111's typographer counts open quotes across the whole page, so a
 * quote left open in one part changes how a lone `"` or `'` renders in a
 * later one. Parts rendered alone carry the count over: a priming paragraph
 * in front opens as many quotes as the parts before left open, and probe
 * paragraphs at the end read back how many are open after the part. Both
 * are cut from the output.
 */
export interface QuoteState {
  double: number;
  single: number;
}

export const noOpenQuotes: QuoteState = { double: 0, single: 0 };

/**
 * How many open quotes a probe can count. A part that leaves more open and
 * a later part that closes more than this many without opening any would
 * render differently from the page; no real post comes close.
 */
export const probeDepth = 16;

/** Markdown that opens `state`'s quotes: `"x` and `'x` each open one. */
export function primingParagraph(state: QuoteState): string {
  const opens = [
    ...Array<string>(state.double).fill('"x'),
    ...Array<string>(state.single).fill("'x"),
  ];
  return opens.join(' ');
}

/**
 * Two paragraphs that close open quotes: `q"` closes a double quote when
 * one is open and stays a plain `"` otherwise; `q'` at a line's end does the
 * same for single quotes (inside a line Goldmark's possessive rule takes it).
 */
export const doubleProbe = Array<string>(probeDepth).fill('q"').join(' ');
export const singleProbe = Array<string>(probeDepth).fill("q'").join('\n');

export function sameQuoteState(a: QuoteState, b: QuoteState): boolean {
  return a.double === b.double && a.single === b.single;
}

/** Whether the typographer's output tells closing quotes apart, so probes can be read. */
export function canProbe(typographer: TypographerSettings): boolean {
  return typographer.rightDoubleQuote !== '' && typographer.rightSingleQuote !== '';
}

/**
 * Cuts the paragraph that starts with `<p data-source-line="LINE">` out of
 * `html`, returning the HTML without it and the paragraph's own content,
 * or null when there is no such paragraph (the Markdown before swallowed it).
 */
export function cutParagraph(
  html: string,
  line: number,
  from = 0,
): { html: string; content: string } | null {
  const open = `<p data-source-line="${line}">`;
  const start = html.indexOf(open, from);
  if (start === -1) return null;
  const close = html.indexOf('</p>\n', start);
  if (close === -1) return null;
  return {
    html: html.slice(0, start) + html.slice(close + '</p>\n'.length),
    content: html.slice(start + open.length, close),
  };
}

export function countOccurrences(text: string, search: string): number {
  let count = 0;
  for (let i = text.indexOf(search); i !== -1; i = text.indexOf(search, i + search.length)) count++;
  return count;
}
