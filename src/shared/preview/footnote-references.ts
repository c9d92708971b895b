/**
 * Footnotes are numbered across the page and listed at its end; a part
 * that cites a footnote defined in another part is lent a definition of it
 * (`UnitJob.footnoteStubs`). These find the labels a chunk may define or
 * cite, as markdown-it-footnote reads them (case kept, no spaces, up to the
 * first `]`); they err on the side of finding too many, code included.
 */
const definition = /^ {0,3}\[\^([^\] ]+)\]:/gm;
/** Every `[^label]`, overlapping ones too (`[^[^a]` cites `a` when `[^a` is no footnote). */
const citation = /(?=\[\^([^\] \n]+)\])/g;

/** Labels of the footnotes a text defines at its top level. */
export function footnoteDefinitions(text: string): string[] {
  return Array.from(text.matchAll(definition), (match) => match[1] ?? '');
}

/** Labels a text cites or defines. */
export function footnoteLabelsUsed(text: string): string[] {
  return Array.from(text.matchAll(citation), (match) => match[1] ?? '');
}
