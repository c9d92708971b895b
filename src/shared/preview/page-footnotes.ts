import {
  footnoteBacklinkHtml,
  footnoteItemClose,
  footnoteItemOpen,
  footnoteListClose,
  footnoteListOpen,
  footnotePartMarkers,
  footnoteReferenceHtml,
} from '../render/goldmark/footnotes';
import type { PartFootnotes } from './unit-jobs';

/**
 * Footnote numbers of a page rendered part by part, as markdown-it-footnote
 * (and Goldmark) give them to the whole page: a footnote's number is the
 * order of its first citation, the K-th repeat of a citation is `fnrefK`,
 * and the list at the end holds each cited footnote's text from its last
 * definition, with a backlink per citation.
 */
export interface PageFootnotes {
  /** Number of each cited label. */
  numberOf: Map<string, number>;
  /** Citations of each label on the whole page. */
  citations: Map<string, number>;
  /** For each part: citations of each label it cites made by the parts before it. */
  citedBefore: Map<string, number>[];
  /** For each cited label, the index of the last part defining it. */
  definedIn: Map<string, number>;
}

export function numberPageFootnotes(parts: readonly (PartFootnotes | null)[]): PageFootnotes {
  const numberOf = new Map<string, number>();
  const citations = new Map<string, number>();
  const citedBefore: Map<string, number>[] = [];
  const definedIn = new Map<string, number>();
  parts.forEach((part, index) => {
    const before = new Map<string, number>();
    citedBefore.push(before);
    if (part === null) return;
    for (const label of part.cited) {
      if (!before.has(label)) before.set(label, citations.get(label) ?? 0);
      if (!numberOf.has(label)) numberOf.set(label, numberOf.size + 1);
      citations.set(label, (citations.get(label) ?? 0) + 1);
    }
    for (const item of part.items) definedIn.set(item.label, index);
  });
  return { numberOf, citations, citedBefore, definedIn };
}

/** What the numbers of a part's citations depend on: equal keys, equal HTML. */
export function partFootnotesKey(page: PageFootnotes, part: PartFootnotes, index: number): string {
  const before = page.citedBefore[index];
  return part.labels
    .map((label) => `${page.numberOf.get(label) ?? 0}.${before?.get(label) ?? 0}`)
    .join(' ');
}

/** Puts the page's numbers into a part's citation markers. */
export function numberFootnoteReferences(
  html: string,
  page: PageFootnotes,
  part: PartFootnotes,
  index: number,
): string {
  if (!html.includes('\uE000r')) return html;
  const before = page.citedBefore[index];
  return html.replace(footnotePartMarkers.referencePattern, (_, id: string, repeat: string) => {
    const label = part.labels[Number(id)] ?? '';
    return footnoteReferenceHtml(
      page.numberOf.get(label) ?? 0,
      (before?.get(label) ?? 0) + Number(repeat),
    );
  });
}

/**
 * The page's footnote list. Each item is its defining part's, with that
 * part's citations numbered and `placeItem` applied (source lines of the
 * file, shortcode slots of the page). Empty when nothing is cited.
 */
export function pageFootnoteList(
  page: PageFootnotes,
  parts: readonly (PartFootnotes | null)[],
  xhtml: boolean,
  placeItem: (html: string, partIndex: number) => string,
): string {
  if (page.numberOf.size === 0) return '';
  let html = footnoteListOpen(xhtml ? '<hr />' : '<hr>');
  for (const [label, number] of page.numberOf) {
    const index = page.definedIn.get(label);
    const part = index === undefined ? null : parts[index];
    const item = part?.items.findLast((candidate) => candidate.label === label);
    if (index === undefined || !part || !item) continue;
    let backlinks = '';
    const count = page.citations.get(label) ?? 1;
    for (let repeat = 0; repeat < count; repeat++)
      backlinks += footnoteBacklinkHtml(number, repeat);
    const text = numberFootnoteReferences(item.html, page, part, index).replace(
      footnotePartMarkers.backlinks,
      backlinks,
    );
    html += footnoteItemOpen(number) + placeItem(text, index) + footnoteItemClose;
  }
  return html + footnoteListClose;
}
