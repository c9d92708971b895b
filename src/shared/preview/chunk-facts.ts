import type { TextSpan } from '../post/types';
import { footnoteDefinitions, footnoteLabelsUsed } from './footnote-references';
import { findLinkReferences, searchableText, type LinkReference } from './link-references';

/** What a chunk says that matters beyond it: definitions and footnotes. */
export interface ChunkFacts {
  references: LinkReference[];
  /** The chunk's text for label searches (see `searchableText`). */
  searchable: string;
  /** Footnote labels defined here (at the top level). */
  footnotesDefined: string[];
  /** Footnote labels that may be cited here. */
  footnotesUsed: string[];
  /** The page's definitions this chunk mentions, worked out for the page's definitions `referencesKey`. */
  mentions: { referencesKey: string; lines: ReadonlySet<string> } | null;
}

export function chunkFacts(text: string): ChunkFacts {
  return {
    references: findLinkReferences(text),
    searchable: searchableText(text),
    footnotesDefined: footnoteDefinitions(text),
    footnotesUsed: footnoteLabelsUsed(text),
    mentions: null,
  };
}

/** The page's link reference definitions, in page order. */
export interface PageReferences {
  all: LinkReference[];
  /** Changes whenever any definition does. */
  key: string;
}

/**
 * The page's definitions, leaving out those inside a shortcode call (its
 * content is rendered on its own, so they apply there only) or a commented
 * call. `chunkStarts[i]` is where chunk `i` starts in the body; `hidden`
 * are the calls' and comments' spans.
 */
export function pageReferences(
  facts: readonly ChunkFacts[],
  chunkStarts: readonly number[],
  hidden: readonly TextSpan[],
): PageReferences {
  const spans = [...hidden].sort((a, b) => a.from - b.from);
  let spanIndex = 0;
  let coveredTo = -1;
  const all: LinkReference[] = [];
  facts.forEach((fact, index) => {
    for (const reference of fact.references) {
      const at = (chunkStarts[index] ?? 0) + reference.offset;
      for (let span = spans[spanIndex]; span && span.from < at; span = spans[++spanIndex]) {
        coveredTo = Math.max(coveredTo, span.to);
      }
      if (coveredTo <= at) all.push(reference);
    }
  });
  return { all, key: all.map((reference) => reference.line).join('\n') };
}

const emptySet: ReadonlySet<string> = new Set();

/** The lines of the page's definitions whose labels appear in the chunk. */
export function mentionedReferences(
  facts: ChunkFacts,
  references: PageReferences,
): ReadonlySet<string> {
  if (references.all.length === 0) return emptySet;
  if (facts.mentions?.referencesKey !== references.key) {
    const lines = new Set<string>();
    for (const reference of references.all) {
      if (facts.searchable.includes(reference.label)) lines.add(reference.line);
    }
    facts.mentions = { referencesKey: references.key, lines };
  }
  return facts.mentions.lines;
}
