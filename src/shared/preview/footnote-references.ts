/**
 * Footnotes are numbered across the page and listed at its end, so the
 * parts of a page that define or cite one are rendered together. Without a
 * definition `[^x]` is plain text, so only labels defined somewhere count.
 */
const definition = /^ {0,3}\[\^([^\]\s]+)\]:/gm;
const citation = /\[\^([^\]\s]+)\]/g;

/** Labels of the footnotes a text defines. */
export function footnoteDefinitions(text: string): string[] {
  return Array.from(text.matchAll(definition), (match) => match[1] ?? '');
}

/** Labels a text cites or defines (`[^x]` anywhere, code included: this errs on the side of joining). */
export function footnoteLabelsUsed(text: string): string[] {
  return Array.from(text.matchAll(citation), (match) => match[1] ?? '');
}
