import type { PostMatch, PostSummary, SearchHits } from '../../../shared/ipc/data';
import { samePageFacts, type PageFacts } from '../../../shared/render/page-refs';
import { dateSortKey } from './post-summary';
import { PostSearch, type MatchedTerms, type SearchSource } from './post-search';
import { snippetOf } from './search-text';
import { ShortcodeTally } from './shortcode-uses';

/** One post as the index holds it. */
export interface IndexEntry {
  summary: PostSummary;
  /** The content hash of the bytes the summary was read from. */
  version: string;
  /** What the post is searched by (see `searchSource`). */
  search: SearchSource;
  /**
   * False while the counts are only those of reading the front matter; the
   * rules run in batches after the first list (see `index-builder.ts`).
   */
  validated: boolean;
  /** What its URL is made from, for the pages `ref` and `relref` find. */
  page: PageFacts;
  /** How many times the post calls each shortcode; left out when it calls none. */
  shortcodes?: ReadonlyMap<string, number>;
}

/**
 * Results past this many come without an extract: finding one reads the
 * post's text, and a common word matches thousands of posts on a big site,
 * far more than anyone scrolls through (10,000 would take ~100 ms).
 */
const snippetLimit = 200;

type StoredEntry = IndexEntry & { sortKey: number | null };

/**
 * Every post of the open folder by path, listed newest first (posts without
 * a readable date last, then by path), searchable by relevance (see
 * `PostSearch`).
 */
export class PostIndex {
  private readonly entries = new Map<string, StoredEntry>();
  private readonly fullText = new PostSearch();
  private readonly shortcodes = new ShortcodeTally();
  private sorted: StoredEntry[] | null = null;
  private pagesChanges = 0;

  get size(): number {
    return this.entries.size;
  }

  get(path: string): IndexEntry | undefined {
    return this.entries.get(path);
  }

  paths(): string[] {
    return [...this.entries.keys()];
  }

  /** Grows when a post comes or goes, or what its URL is made from changes: the pages for `ref` may have. */
  get pagesVersion(): number {
    return this.pagesChanges;
  }

  /** The posts under `folder` (relative, `/`), with paths from it and what their URLs are made from. */
  pagesUnder(folder: string): { path: string; data: PageFacts }[] {
    const prefix = folder === '' ? '' : `${folder}/`;
    const pages: { path: string; data: PageFacts }[] = [];
    for (const [path, entry] of this.entries)
      if (path.startsWith(prefix))
        pages.push({ path: path.slice(prefix.length), data: entry.page });
    return pages;
  }

  set(entry: IndexEntry): void {
    const path = entry.summary.path;
    const previous = this.entries.get(path);
    this.shortcodes.change(previous?.shortcodes, entry.shortcodes);
    if (!previous || !samePageFacts(previous.page, entry.page)) this.pagesChanges += 1;
    const stored = { ...entry, sortKey: dateSortKey(entry.summary.date) };
    // Counting diagnostics replaces an entry with the same source: the search keeps its text.
    this.fullText.set(path, { source: entry.search, sortKey: stored.sortKey });
    this.entries.set(path, stored);
    this.move(previous, stored);
  }

  delete(path: string): boolean {
    const previous = this.entries.get(path);
    const deleted = this.entries.delete(path);
    if (deleted) {
      this.pagesChanges += 1;
      this.shortcodes.change(previous?.shortcodes, undefined);
      this.fullText.delete(path);
      this.move(previous, undefined);
    }
    return deleted;
  }

  /** Shortcode calls over every post, by name, most used first. */
  shortcodeUses(): Record<string, number> {
    return this.shortcodes.toRecord();
  }

  /** Paths of the posts in `folder` (relative, `/`) and below it. */
  pathsUnder(folder: string): string[] {
    const prefix = folder === '' ? '' : `${folder}/`;
    return this.paths().filter((path) => path.startsWith(prefix));
  }

  /**
   * Keeps the list in order as one post comes, goes or changes, instead of
   * sorting every post again: a site of 10,000 took 30 ms to sort after each
   * save, and the next search waited for it.
   */
  private move(previous: StoredEntry | undefined, next: StoredEntry | undefined): void {
    const sorted = this.sorted;
    if (sorted === null) return;
    if (previous && next && compareEntries(previous, next) === 0) {
      // Same date and path: the same place.
      sorted[placeOf(sorted, previous)] = next;
      return;
    }
    // A new array: whoever walks the one `ordered()` gave keeps its places.
    const moved = [...sorted];
    if (previous) moved.splice(placeOf(moved, previous), 1);
    if (next) moved.splice(placeOf(moved, next), 0, next);
    this.sorted = moved;
  }

  /** Entries newest first. */
  ordered(): readonly IndexEntry[] {
    this.sorted ??= [...this.entries.values()].sort(compareEntries);
    return this.sorted;
  }

  /** Summaries newest first. */
  list(): PostSummary[] {
    return this.ordered().map((entry) => entry.summary);
  }

  /**
   * The posts matching every word of `query`, best match first, the first
   * of them with the extract that shows why.
   */
  search(query: string): SearchHits {
    const found = this.fullText.search(query);
    const matches: (PostMatch | null)[] = [];
    for (const [rank, path] of found.paths.slice(0, snippetLimit).entries()) {
      const entry = this.entries.get(path);
      matches.push((entry && matchOf(entry, found.matched(rank))) ?? null);
    }
    return { paths: found.paths, matches };
  }
}

/** Which words matched where: the title when they are in it, else the first field holding one. */
function matchOf(entry: IndexEntry, matched: MatchedTerms): PostMatch | undefined {
  // The body is decoded only when the title and the description have none of the words.
  const fields = [
    ['title', () => entry.search.title],
    ['about', () => entry.search.about],
    ['body', () => entry.search.body.toString('utf8')],
  ] as const;
  const start = fields.findIndex(([field]) => field === matched.field);
  for (const [field, text] of fields.slice(start)) {
    const snippet = snippetOf(text(), matched.terms);
    if (snippet) return { field, ...snippet };
  }
  return undefined;
}

/** Where `entry` is in `sorted`, or would go: the first place not before it. */
function placeOf(sorted: readonly StoredEntry[], entry: StoredEntry): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareEntries(sorted[middle] as StoredEntry, entry) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

function compareEntries(a: StoredEntry, b: StoredEntry): number {
  const left = a.sortKey;
  const right = b.sortKey;
  if (left !== right) {
    if (left === null) return 1;
    if (right === null) return -1;
    return right - left;
  }
  return a.summary.path < b.summary.path ? -1 : a.summary.path > b.summary.path ? 1 : 0;
}
