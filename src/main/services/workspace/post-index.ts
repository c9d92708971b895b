import type { PostSummary } from '../../../shared/ipc/data';
import { dateSortKey } from './post-summary';

/** One post as the index holds it. */
export interface IndexEntry {
  summary: PostSummary;
  /** The content hash of the bytes the summary was read from. */
  version: string;
  /**
   * Title and text, folded for search (see `searchBytes`). UTF-8 bytes
   * outside the JavaScript heap: half the memory of a string for English
   * text (72 MB for the 10,000-post bench site), and `indexOf` is native.
   */
  searchText: Buffer;
  /**
   * False while the counts are only those of reading the front matter; the
   * rules run in batches after the first list (see `index-builder.ts`).
   */
  validated: boolean;
}

type StoredEntry = IndexEntry & { sortKey: number | null };

/** `text` as the index searches it: folded (see `foldForSearch`), as UTF-8. */
export function searchBytes(text: string): Buffer {
  return Buffer.from(foldForSearch(text), 'utf8');
}

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

/**
 * Every post of the open folder by path, listed newest first (posts without
 * a readable date last, then by path), searchable by title and text.
 */
export class PostIndex {
  private readonly entries = new Map<string, StoredEntry>();
  private sorted: StoredEntry[] | null = null;

  get size(): number {
    return this.entries.size;
  }

  get(path: string): IndexEntry | undefined {
    return this.entries.get(path);
  }

  paths(): string[] {
    return [...this.entries.keys()];
  }

  set(entry: IndexEntry): void {
    this.entries.set(entry.summary.path, { ...entry, sortKey: dateSortKey(entry.summary.date) });
    this.sorted = null;
  }

  delete(path: string): boolean {
    const deleted = this.entries.delete(path);
    if (deleted) this.sorted = null;
    return deleted;
  }

  /** Paths of the posts in `folder` (relative, `/`) and below it. */
  pathsUnder(folder: string): string[] {
    const prefix = folder === '' ? '' : `${folder}/`;
    return this.paths().filter((path) => path.startsWith(prefix));
  }

  /** Entries newest first. */
  ordered(): readonly IndexEntry[] {
    this.sorted ??= [...this.entries.values()].sort(compareEntries);
    return this.sorted;
  }

  /**
   * Summaries newest first; with a query, only posts whose title or text
   * contains every word of it, ignoring case.
   */
  list(query?: string): PostSummary[] {
    const words = foldForSearch(query ?? '')
      .split(/\s+/)
      .filter((word) => word !== '')
      .map((word) => Buffer.from(word, 'utf8'));
    const ordered = this.ordered();
    const matching =
      words.length === 0
        ? ordered
        : ordered.filter((entry) => words.every((word) => entry.searchText.includes(word)));
    return matching.map((entry) => entry.summary);
  }
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
