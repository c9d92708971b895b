import MiniSearch from 'minisearch';
import { foldForSearch } from './search-text';
import { TitleOrder } from './title-order';

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

/** The terms of a post that matched, folded (`kubecon` for the query `kubcon`), and the best field they matched in. */
export interface MatchedTerms {
  terms: string[];
  field: MatchedField;
}

/** The posts a query found, best first. */
export interface SearchResults {
  /** The posts' paths, best first. */
  paths: string[];
  /** What matched in the post at `rank`: worked out when asked, since only the results shown with an extract need it. */
  matched(rank: number): MatchedTerms;
}

/** A post as the search takes it. */
export interface Searchable {
  source: SearchSource;
  /** Orders equally good matches: larger is newer, null last. */
  sortKey: number | null;
}

/** MiniSearch's document: `id` is the post's slot (see `PostSearch`). */
type Indexed = { id: number; source: SearchSource };

/**
 * Field boosts: a title word outweighs any number of mentions in the text.
 * BM25 saturates repeated terms, so a body full of a word stays below one
 * title match.
 */
const boost: Record<MatchedField, number> = { title: 8, about: 3, body: 1 };

/** Words this long tolerate one typo (`kubcon` finds `kubecon`); shorter ones would match too much. */
const fuzzyFrom = 5;

/**
 * A word found as written (or by its start, while typed) in fewer posts
 * than this is also looked up with one typo; one found in more is not, as
 * Algolia's `typoTolerance: "min"` does. Typo matches rank below exact
 * ones anyway: for a common word they add only noise (`linkerd` would find
 * every post saying `linked`) and scoring them took a third of a search on
 * a big site.
 */
const typosBelow = 10;

/**
 * A word being typed matches by its start from this many letters. Shorter,
 * it matches as a whole word, and the titles starting with the query come
 * too: a letter's start is in nearly every word of a site, and scoring them
 * all took half a second on 10,000 posts for each first letter typed.
 */
const prefixFrom = 3;

/**
 * A word found in more than this share of the posts only narrows the
 * results and says where in them it is (see `Matches.presence`): it is not
 * scored. In Robertson and Spärck Jones's weight, which BM25 comes from, such
 * a word's weight is zero or below, and MiniSearch's weight of it is near
 * zero; scoring it all the same made MiniSearch build a result for each post,
 * 10,000 of them for `linkerd` on a big site, which took longer than any
 * other part of a search.
 */
const commonShare = 0.5;

/** Starts of queries whose matches are kept between searches: a query or two being typed. */
const cachedStarts = 32;

const fieldRank: Record<MatchedField, number> = { title: 0, about: 1, body: 2 };
const fieldOfRank: readonly MatchedField[] = ['title', 'about', 'body'];
/** In `WordPlaces.fields`: the word is not in the post. */
const nowhere = fieldOfRank.length;

/** One word of a query: `typing`, the last one while it is typed, also matches by its start. */
interface QueryWord {
  word: string;
  typing: boolean;
}

/**
 * The posts matching every word of a query so far, in tables by slot rather
 * than an object per post: a common word matches every post of a big site,
 * and collecting the garbage of 10,000 objects a keystroke, kept for the
 * next one, cost more than the scoring.
 */
interface Matches {
  slots: number[];
  /** 1 for the posts matching, by slot. */
  member: Uint8Array;
  /** Each post's score, the sum of its scored words' scores. */
  scores: Float64Array;
  /**
   * Where the words too common to score are in each post (see
   * `commonShare`): the sum of the boosts of the best field each is in.
   * It orders posts that score the same, as those found by common words alone.
   */
  presence: Float64Array;
  /** For each word, what it matched in each post. */
  words: WordMatches[];
}

/**
 * Where a word is as written, or by its start while typed, in every post of
 * the site: its best field by slot (`nowhere` when absent), the terms it
 * matched, and how many posts hold it.
 */
interface WordPlaces {
  fields: Uint8Array;
  terms: ReadonlySet<string>;
  posts: number;
}

/**
 * What one word matched: every term it matched in any post (those a post
 * holds are the ones it matched), and by slot the best field (see
 * `fieldRank`) each post matched it in.
 */
interface WordMatches {
  terms: ReadonlySet<string>;
  fields: Uint8Array;
}

/** The terms that matched in the post in `slot`, and the best field they matched in. */
function matchedIn(words: readonly WordMatches[], slot: number): MatchedTerms {
  const terms = new Set<string>();
  let field = fieldRank.body;
  for (const word of words) {
    for (const term of word.terms) terms.add(term);
    field = Math.min(field, word.fields[slot] as number);
  }
  return { terms: [...terms], field: fieldOfRank[field] ?? 'body' };
}

const wordKey = ({ word, typing }: QueryWord): string => `${typing ? 'prefix' : 'word'}:${word}`;

/**
 * The full-text index of the posts, on MiniSearch: every word of a query
 * must match (as a word, with one typo in longer words found in few posts,
 * and the last word also by its start while it is typed, from its third
 * letter; before, titles starting with the query count too), and results come
 * ranked: the title exactly, then titles starting with the query, those
 * with fewest words first, then by score with the title, then description
 * and keywords, then the body weighted as above; then by where the words too
 * common to score are (see `commonShare`), with the same weights; then
 * newest first.
 *
 * Words are looked up one at a time, each only in the posts that every word
 * before it matched (MiniSearch's `boostDocument` skips the others before
 * scoring them), and the matches of each start of the query are kept until
 * the index changes: typing looks up only the word being typed, among the
 * posts the words before it found. A post's score is the sum of its scored
 * words' scores, as in MiniSearch's own AND.
 *
 * Each post has a slot, a small number that is its id in MiniSearch and its
 * place in the tables here: a search of a word in every post reads only
 * these tables, not the posts' own objects spread over memory, which took
 * longer than the scoring on a site of 10,000 posts.
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

  private readonly slots = new Map<string, number>();
  private readonly freeSlots: number[] = [];
  /** By slot: the post's path ('' for a free slot) and what it was indexed from. */
  private readonly paths: string[] = [];
  private readonly sources: (SearchSource | undefined)[] = [];
  /** By slot: the folded title, as `titleOrder` holds it. */
  private readonly titles: string[] = [];
  /** By slot: how many words the title has. */
  private readonly titleLengths: number[] = [];
  /** By slot: the sort key, -Infinity for none. */
  private sortKeys = new Float64Array(64);
  private readonly titleOrder = new TitleOrder();

  /** Matches by start of query (its words' keys), latest used last. */
  private readonly starts = new Map<string, Matches>();

  /**
   * Adds or replaces the post at `path`; given the same source as before
   * (only its counts changed), it keeps the indexed text and takes the new
   * sort key.
   */
  set(path: string, { source, sortKey }: Searchable): void {
    let slot = this.slots.get(path);
    if (slot === undefined) {
      slot = this.freeSlots.pop() ?? this.paths.length;
      this.slots.set(path, slot);
      this.paths[slot] = path;
    }
    if (slot >= this.sortKeys.length) {
      const grown = new Float64Array(this.sortKeys.length * 2);
      grown.set(this.sortKeys);
      this.sortKeys = grown;
    }
    this.sortKeys[slot] = sortKey ?? -Infinity;
    if (this.sources[slot] === source) return;

    if (this.sources[slot] !== undefined) this.forget(slot);
    this.index.add({ id: slot, source });
    this.sources[slot] = source;
    const title = normalisedTitle(source.title);
    this.titles[slot] = title;
    this.titleLengths[slot] = title === '' ? 0 : title.split(' ').length;
    this.titleOrder.add(title, slot);
    this.starts.clear();
  }

  delete(path: string): void {
    const slot = this.slots.get(path);
    if (slot === undefined) return;
    this.forget(slot);
    this.slots.delete(path);
    this.paths[slot] = '';
    this.sources[slot] = undefined;
    this.freeSlots.push(slot);
    this.starts.clear();
  }

  /**
   * Posts matching every word of `query`, best first; equally good ones
   * newest first (by sort key), then by path, as the list without a query.
   */
  search(query: string): SearchResults {
    const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];
    const folded = tokenize(query)
      .map(foldForSearch)
      .filter((word) => word !== '');
    if (folded.length === 0) return { paths: [], matched: () => ({ terms: [], field: 'body' }) };
    // A space after the last word says it is whole; without one it is still being typed.
    const typed = !/\s$/.test(query);
    const short = typed && (folded.at(-1) as string).length < prefixFrom;
    const words = folded.map((word, at) => ({
      word,
      typing: typed && !short && at === folded.length - 1,
    }));
    const { slots, member, scores, presence, words: matched } = this.matchesOf(words);

    // The exact title first (0), then titles starting with the query (1), those
    // with fewest words, closest to the query, first; then the others (2).
    const tiers = new Uint8Array(this.paths.length).fill(2);
    const wanted = normalisedTitle(query);
    const titled = wanted === '' ? new Map<number, 0 | 1>() : this.titleOrder.startingWith(wanted);
    for (const [slot, tier] of titled) tiers[slot] = tier;
    const found = short ? this.withTitlesStarting(slots, member, titled, words) : slots;
    const keys = this.sortKeys;
    const lengths = this.titleLengths;
    const ranked = found
      .slice()
      .sort(
        (a, b) =>
          (tiers[a] as number) - (tiers[b] as number) ||
          (tiers[a] === 1 ? (lengths[a] as number) - (lengths[b] as number) : 0) ||
          (scores[b] as number) - (scores[a] as number) ||
          (presence[b] as number) - (presence[a] as number) ||
          (keys[a] === keys[b]
            ? comparePaths(this.paths[a] as string, this.paths[b] as string)
            : (keys[b] as number) > (keys[a] as number)
              ? 1
              : -1),
      );
    return {
      paths: ranked.map((slot) => this.paths[slot] as string),
      matched: (rank) => {
        const slot = ranked[rank] as number;
        const terms = matchedIn(matched, slot);
        // A title starting with the query is why the post is listed, whatever else matched.
        return (tiers[slot] as number) < 2 ? { ...terms, field: 'title' } : terms;
      },
    };
  }

  /**
   * The posts a query ending in a short word found, and the titles starting
   * with the query (`titled`) that every word before that one matches.
   */
  private withTitlesStarting(
    slots: number[],
    member: Uint8Array,
    titled: ReadonlyMap<number, 0 | 1>,
    words: readonly QueryWord[],
  ): number[] {
    const before = words.length > 1 ? this.matchesOf(words.slice(0, -1)) : null;
    const more = [...titled.keys()].filter(
      (slot) => member[slot] === 0 && (before === null || before.member[slot] === 1),
    );
    return more.length === 0 ? slots : [...slots, ...more];
  }

  /** Takes the post in `slot` out of the index and the title order. */
  private forget(slot: number): void {
    this.index.discard(slot);
    this.titleOrder.delete(this.titles[slot] as string, slot);
    this.titles[slot] = '';
  }

  /**
   * The posts matching every word, from the longest start of the query
   * already known. Whole words not known yet are looked up rarest first,
   * each among the posts the others found; the last word comes last, so
   * that the start before it is kept for the next keystroke.
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

    const whole = words.slice(known, -1).map((word) => ({ word, places: this.placesOf(word) }));
    if (whole.length > 0) {
      const within = matches;
      const count = ({ places }: { places: WordPlaces }): number =>
        within ? postsWithin(places, within) : places.posts;
      if (whole.length > 1) whole.sort((a, b) => count(a) - count(b));
      for (const { word, places } of whole) matches = this.narrow(matches, word, places);
      this.remember(keys[words.length - 2] as string, matches as Matches);
    }
    const last = words[words.length - 1] as QueryWord;
    matches = this.narrow(matches, last, this.placesOf(last));
    this.remember(keys[words.length - 1] as string, matches);
    return matches;
  }

  /**
   * Where `word` is in every post, without scoring: MiniSearch hands each
   * post a term matches to `boostDocument` before scoring it, and a boost of
   * 0 skips it. One pass a field, best field first.
   */
  private placesOf(word: QueryWord): WordPlaces {
    const fields = new Uint8Array(this.paths.length).fill(nowhere);
    const terms = new Set<string>();
    let posts = 0;
    let lastTerm = '';
    fieldOfRank.forEach((field, rank) => {
      this.index.search(word.word, {
        fields: [field],
        prefix: word.typing,
        boostDocument: (slot: number, term) => {
          if (fields[slot] === nowhere) {
            fields[slot] = rank;
            posts += 1;
          }
          if (term !== lastTerm) {
            terms.add(term);
            lastTerm = term;
          }
          return 0;
        },
      });
    });
    return { fields, terms, posts };
  }

  /**
   * The posts among `within` (every post when null) that `word` matches. A
   * word in more than `commonShare` of the site's posts adds where it is to
   * their presence; any other is scored by MiniSearch, which adds to their
   * scores. Whether a word is common, and whether its typos count, depends on
   * its posts in the whole site, so that the order the words are looked up in
   * never changes what a query finds.
   */
  private narrow(within: Matches | null, word: QueryWord, places: WordPlaces): Matches {
    const capacity = this.paths.length;
    const member = new Uint8Array(capacity);
    const slots: number[] = [];
    const words = within?.words ?? [];

    if (places.posts > commonShare * this.index.documentCount) {
      const presence = new Float64Array(capacity);
      for (let slot = 0; slot < capacity; slot += 1) {
        const field = places.fields[slot] as number;
        if (field === nowhere || (within && within.member[slot] === 0)) continue;
        slots.push(slot);
        member[slot] = 1;
        presence[slot] =
          (within ? (within.presence[slot] as number) : 0) +
          boost[fieldOfRank[field] as MatchedField];
      }
      return {
        slots,
        member,
        // Read only, as every table of a start kept: shared with the start before.
        scores: within?.scores ?? new Float64Array(capacity),
        presence,
        words: [...words, { terms: places.terms, fields: places.fields }],
      };
    }

    const boostDocument = within ? (slot: number) => within.member[slot] as number : undefined;
    const options = { boost, prefix: word.typing, weights: { prefix: 0.5, fuzzy: 0.3 } };
    const typos = word.word.length >= fuzzyFrom && places.posts < typosBelow;
    const found = this.index.search(word.word, {
      ...options,
      ...(typos ? { fuzzy: 1 } : {}),
      boostDocument,
    });

    const scores = new Float64Array(capacity);
    // MiniSearch's results become garbage at once: kept, 10,000 of them made
    // every collection of young objects copy them.
    const terms = new Set<string>();
    const fields = new Uint8Array(capacity);
    for (const result of found) {
      const slot = result.id as number;
      slots.push(slot);
      member[slot] = 1;
      scores[slot] = (within ? (within.scores[slot] as number) : 0) + result.score;
      let field = fieldRank.body;
      for (const term in result.match) {
        terms.add(term);
        for (const name of result.match[term] as string[])
          field = Math.min(field, fieldRank[name as MatchedField]);
      }
      fields[slot] = field;
    }
    return {
      slots,
      member,
      scores,
      presence: within?.presence ?? new Float64Array(capacity),
      words: [...words, { terms, fields }],
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
}

/** How many of the posts in `within` hold the word. */
function postsWithin(places: WordPlaces, within: Matches): number {
  let posts = 0;
  for (const slot of within.slots) if (places.fields[slot] !== nowhere) posts += 1;
  return posts;
}

const comparePaths = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Folded, with runs of spaces and punctuation as one space, to compare a title with a query. */
function normalisedTitle(text: string): string {
  return foldForSearch(text)
    .replace(/[\s\p{P}]+/gu, ' ')
    .trim();
}
