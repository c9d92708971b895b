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
  /**
   * The terms of the post that matched, folded (`kubecon` for the query
   * `kubcon`), and the best field they matched in: worked out when asked,
   * since only the results shown with an extract need them.
   */
  matched(): { terms: string[]; field: MatchedField };
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

/** Starts of queries whose matches are kept between searches: a query or two being typed. */
const cachedStarts = 32;

const fieldRank: Record<MatchedField, number> = { title: 0, about: 1, body: 2 };
const fieldOfRank: readonly MatchedField[] = ['title', 'about', 'body'];

/** One word of a query: `typing`, the last one while it is typed, also matches by its start. */
interface QueryWord {
  word: string;
  typing: boolean;
}

/** The posts matching every word of a query so far, by path, with each word's match. */
type Matches = Map<string, { score: number; found: SearchResult[] }>;

/** A result; which terms matched where is worked out only for the results shown with an extract. */
class Hit implements SearchHit {
  constructor(
    readonly path: string,
    private readonly found: readonly SearchResult[],
  ) {}

  matched(): { terms: string[]; field: MatchedField } {
    const terms = new Set<string>();
    let field = fieldRank.body;
    for (const result of this.found) {
      for (const term of result.terms) terms.add(term);
      for (const fields of Object.values(result.match) as string[][])
        for (const name of fields) field = Math.min(field, fieldRank[name as MatchedField]);
    }
    return { terms: [...terms], field: fieldOfRank[field] ?? 'body' };
  }
}

const wordKey = ({ word, typing }: QueryWord): string => `${typing ? 'prefix' : 'word'}:${word}`;

/**
 * The full-text index of the posts, on MiniSearch: every word of a query
 * must match (as a word, with one typo in longer words, and the last word
 * also by its start while it is typed), and results come ranked: the title
 * exactly, then titles starting with the query, then by score with the
 * title, then description and keywords, then the body weighted as above.
 *
 * Words are looked up one at a time, each only in the posts that every word
 * before it matched (MiniSearch's `boostDocument` skips the others before
 * scoring them), and the matches of each start of the query are kept until
 * the index changes: typing looks up only the word being typed, among the
 * posts the words before it found. A post's score is the sum of its words'
 * scores, as in MiniSearch's own AND.
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
  });

  /** Folded titles by path, for the exact and prefix tiers. */
  private readonly titles = new Map<string, string>();

  /** Matches by start of query (its words' keys), latest used last. */
  private readonly starts = new Map<string, Matches>();

  has(path: string): boolean {
    return this.index.has(path);
  }

  /** Adds or replaces the post at `path`. */
  set(path: string, source: SearchSource): void {
    if (this.index.has(path)) this.index.discard(path);
    this.index.add({ id: path, source });
    this.titles.set(path, normalisedTitle(source.title));
    this.starts.clear();
  }

  delete(path: string): void {
    if (!this.index.has(path)) return;
    this.index.discard(path);
    this.titles.delete(path);
    this.starts.clear();
  }

  /**
   * Posts matching every word of `query`, best first; equally good ones
   * newest first by `dateOf` (a sort key, larger is newer; null last), then
   * by path, as the list without a query.
   */
  search(query: string, dateOf: (path: string) => number | null): SearchHit[] {
    const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];
    const folded = tokenize(query)
      .map(foldForSearch)
      .filter((word) => word !== '');
    if (folded.length === 0) return [];
    // A space after the last word says it is whole; without one it is still being typed.
    const typed = !/\s$/.test(query);
    const words = folded.map((word, at) => ({ word, typing: typed && at === folded.length - 1 }));
    const matches = this.matchesOf(words);

    const wanted = normalisedTitle(query);
    const ranked: { hit: Hit; tier: number; score: number; date: number }[] = [];
    for (const [path, { score, found }] of matches)
      ranked.push({
        hit: new Hit(path, found),
        tier: this.titleTier(path, wanted),
        score,
        date: dateOf(path) ?? -Infinity,
      });
    ranked.sort(
      (a, b) =>
        a.tier - b.tier ||
        b.score - a.score ||
        (a.date === b.date ? comparePaths(a.hit.path, b.hit.path) : b.date > a.date ? 1 : -1),
    );
    return ranked.map(({ hit }) => hit);
  }

  /**
   * The posts matching every word, from the longest start of the query
   * already known. Whole words not known yet are looked up rarest first (a
   * count skips scoring), each among the posts the others found; the last
   * word comes last, so that the start before it is kept for the next
   * keystroke.
   */
  private matchesOf(words: readonly QueryWord[]): Matches {
    const keys = words.map((_, at) =>
      words
        .slice(0, at + 1)
        .map(wordKey)
        .join(' '),
    );
    let known = keys.length;
    while (known > 0 && !this.starts.has(keys[known - 1] as string)) known -= 1;
    let matches = known > 0 ? this.remembered(keys[known - 1] as string) : null;
    if (known === words.length && matches) return matches;

    const whole = words.slice(known, -1);
    if (whole.length > 0) {
      const counted = whole.length > 1 ? this.rarestFirst(whole, matches) : whole;
      for (const word of counted) matches = this.narrow(matches, word);
      this.remember(keys[words.length - 2] as string, matches as Matches);
    }
    matches = this.narrow(matches, words[words.length - 1] as QueryWord);
    this.remember(keys[words.length - 1] as string, matches);
    return matches;
  }

  /** The posts among `within` (every post when null) that `word` matches, with its scores added. */
  private narrow(within: Matches | null, word: QueryWord): Matches {
    const results = this.index.search(word.word, {
      ...this.optionsFor(word),
      boostDocument: within ? (path) => (within.has(String(path)) ? 1 : 0) : undefined,
    });
    const matches: Matches = new Map();
    for (const result of results) {
      const path = String(result.id);
      const before = within?.get(path);
      matches.set(
        path,
        before
          ? { score: before.score + result.score, found: [...before.found, result] }
          : { score: result.score, found: [result] },
      );
    }
    return matches;
  }

  /** The words in the order of how many of `within`'s posts each matches, fewest first. */
  private rarestFirst(words: readonly QueryWord[], within: Matches | null): QueryWord[] {
    const counts = new Map<QueryWord, number>();
    for (const word of words) {
      const posts = new Set<string>();
      // Each match of the word reaches boostDocument first; none is scored.
      this.index.search(word.word, {
        ...this.optionsFor(word),
        boostDocument: (path) => {
          if (!within || within.has(String(path))) posts.add(String(path));
          return 0;
        },
      });
      counts.set(word, posts.size);
    }
    return [...words].sort((a, b) => (counts.get(a) ?? 0) - (counts.get(b) ?? 0));
  }

  private optionsFor({ word, typing }: QueryWord) {
    return {
      boost,
      prefix: typing,
      fuzzy: word.length >= fuzzyFrom ? 1 : false,
      weights: { prefix: 0.5, fuzzy: 0.3 },
    };
  }

  private remembered(key: string): Matches | null {
    const matches = this.starts.get(key);
    if (!matches) return null;
    this.starts.delete(key);
    this.starts.set(key, matches);
    return matches;
  }

  private remember(key: string, matches: Matches): void {
    this.starts.set(key, matches);
    if (this.starts.size > cachedStarts)
      this.starts.delete(this.starts.keys().next().value as string);
  }

  private titleTier(path: string, wanted: string): number {
    const title = this.titles.get(path) ?? '';
    if (title === wanted) return 0;
    if (title.startsWith(wanted)) return 1;
    return 2;
  }
}

const comparePaths = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Folded, with runs of spaces and punctuation as one space, to compare a title with a query. */
function normalisedTitle(text: string): string {
  return foldForSearch(text)
    .replace(/[\s\p{P}]+/gu, ' ')
    .trim();
}
