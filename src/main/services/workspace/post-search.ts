import MiniSearch, { type SearchResult } from 'minisearch';
import { foldForSearch } from './search-text';

/** What a post is searched by, one field per tier of the ranking. */
export interface SearchSource {
  title: string;
  /** `description` and `keywords` of the front matter, and the author's key and name. */
  about: string;
  /** The Markdown body, as UTF-8 (half the memory of a string for English text). */
  body: Buffer;
}

/** Which field a query matched best, for the snippet shown under a result. */
export type MatchedField = 'title' | 'about' | 'body';

export interface SearchHit {
  path: string;
  /** The terms of the posts that matched, folded (`kubecon` for the query `kubcon`). */
  terms: string[];
  field: MatchedField;
}

type Indexed = { id: string; source: SearchSource };

/**
 * Field boosts: a title word outweighs any number of mentions in the text.
 * BM25 saturates repeated terms, so a body full of a word stays below one
 * title match.
 */
const boost: Record<MatchedField, number> = { title: 8, about: 3, body: 1 };

/** Words this long tolerate one typo (`kubcon` finds `kubecon`); shorter ones would match too much. */
const fuzzyFrom = 5;

/**
 * The full-text index of the posts, on MiniSearch: every word of a query
 * must match (as a word, with one typo in longer words, and the last word
 * also by its start, as it is being typed),
 * and results come ranked: the title exactly, then titles starting with the
 * query, then by score with the title, then description and keywords, then
 * the body weighted as above.
 */
export class PostSearch {
  private readonly index = new MiniSearch<Indexed>({
    fields: ['title', 'about', 'body'],
    idField: 'id',
    storeFields: [],
    extractField: (document, field) => {
      if (field === 'id') return document.id;
      const value = document.source[field as MatchedField];
      return typeof value === 'string' ? value : value.toString('utf8');
    },
    processTerm: (term) => foldForSearch(term),
    searchOptions: {
      boost,
      // The word being typed; earlier words are whole (and `at` would expand to hundreds).
      prefix: (_term, at, terms) => at === terms.length - 1,
      fuzzy: (term) => (term.length >= fuzzyFrom ? 1 : false),
      weights: { prefix: 0.5, fuzzy: 0.3 },
      combineWith: 'AND',
    },
  });

  /** Folded titles by path, for the exact and prefix tiers. */
  private readonly titles = new Map<string, string>();

  has(path: string): boolean {
    return this.index.has(path);
  }

  /** Adds or replaces the post at `path`. */
  set(path: string, source: SearchSource): void {
    if (this.index.has(path)) this.index.discard(path);
    this.index.add({ id: path, source });
    this.titles.set(path, normalisedTitle(source.title));
  }

  delete(path: string): void {
    if (!this.index.has(path)) return;
    this.index.discard(path);
    this.titles.delete(path);
  }

  /** Posts matching every word of `query`, best first; ties keep `tieOrder`'s order. */
  search(query: string, tieOrder: (path: string) => number): SearchHit[] {
    const results = this.index.search(query);
    const wanted = normalisedTitle(query);
    const ranked = results.map((result) => ({
      result,
      tier: this.titleTier(String(result.id), wanted),
    }));
    ranked.sort(
      (a, b) =>
        a.tier - b.tier ||
        b.result.score - a.result.score ||
        tieOrder(String(a.result.id)) - tieOrder(String(b.result.id)),
    );
    return ranked.map(({ result }) => ({
      path: String(result.id),
      terms: result.terms,
      field: bestField(result),
    }));
  }

  private titleTier(path: string, wanted: string): number {
    const title = this.titles.get(path) ?? '';
    if (title === wanted) return 0;
    if (title.startsWith(wanted)) return 1;
    return 2;
  }
}

/** Folded, with runs of spaces and punctuation as one space, to compare a title with a query. */
function normalisedTitle(text: string): string {
  return foldForSearch(text)
    .replace(/[\s\p{P}]+/gu, ' ')
    .trim();
}

/** The most heavily boosted field any term matched in. */
function bestField(result: SearchResult): MatchedField {
  const fields = new Set(Object.values(result.match).flat());
  if (fields.has('title')) return 'title';
  if (fields.has('about')) return 'about';
  return 'body';
}
