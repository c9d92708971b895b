import type { PostSummary, SearchHits } from '../../../shared/ipc/data';

export interface PostFilter {
  /** Four digits, or null for every year. */
  year: string | null;
  author: string | null;
  withErrors: boolean;
  withVideos: boolean;
  draftsOnly: boolean;
}

/** `match` keeps the order search ranked the posts in, best match first. */
export type PostSort = 'match' | 'date' | 'title';

export const noFilter: PostFilter = {
  year: null,
  author: null,
  withErrors: false,
  withVideos: false,
  draftsOnly: false,
};

/**
 * The post's year: from its date (ISO, or the RFC 1123 dates of older posts),
 * else from a `YYYY/` folder in its path.
 */
export function postYear(post: Pick<PostSummary, 'date' | 'path'>): string | null {
  const fromDate = post.date === null ? null : /\b(\d{4})\b/.exec(post.date)?.[1];
  if (fromDate) return fromDate;
  return /(?:^|\/)(\d{4})\//.exec(post.path)?.[1] ?? null;
}

function timeOf(post: PostSummary): number | null {
  if (post.date === null) return null;
  const time = Date.parse(post.date);
  return Number.isNaN(time) ? null : time;
}

/** The choices the filters offer: years newest first, authors A to Z. */
export function postFacets(posts: readonly PostSummary[]): { years: string[]; authors: string[] } {
  const years = new Set<string>();
  const authors = new Set<string>();
  for (const post of posts) {
    const year = postYear(post);
    if (year) years.add(year);
    if (post.author) authors.add(post.author);
  }
  return {
    years: [...years].sort((a, b) => b.localeCompare(a)),
    authors: [...authors].sort((a, b) => a.localeCompare(b)),
  };
}

export function isFiltered(filter: PostFilter): boolean {
  return (
    filter.year !== null ||
    filter.author !== null ||
    filter.withErrors ||
    filter.withVideos ||
    filter.draftsOnly
  );
}

/** The posts that pass every filter, as given (best match first), newest first (undated last) or by title. */
export function filterAndSort(
  posts: readonly PostSummary[],
  filter: PostFilter,
  sort: PostSort,
): PostSummary[] {
  const kept = posts.filter(
    (post) =>
      (filter.year === null || postYear(post) === filter.year) &&
      (filter.author === null || post.author === filter.author) &&
      (!filter.withErrors || post.errors > 0) &&
      (!filter.withVideos || post.hasVideos) &&
      (!filter.draftsOnly || post.draft),
  );
  const byTitle = (a: PostSummary, b: PostSummary): number =>
    a.title.localeCompare(b.title, undefined, { sensitivity: 'base' }) ||
    a.path.localeCompare(b.path);
  if (sort === 'match') return kept;
  if (sort === 'title') return kept.sort(byTitle);
  const times = new Map(kept.map((post) => [post, timeOf(post)]));
  return kept.sort((a, b) => {
    const ta = times.get(a) ?? null;
    const tb = times.get(b) ?? null;
    if (ta === null || tb === null)
      return (ta === null ? 1 : 0) - (tb === null ? 1 : 0) || byTitle(a, b);
    return tb - ta || byTitle(a, b);
  });
}

/**
 * The summaries of the posts a search found, best first, each with why it
 * matched where the search says. A path the list does not hold yet (a post
 * just added) is left out until the list has it: the search runs again then.
 */
export function searchedPosts(
  hits: SearchHits,
  byPath: ReadonlyMap<string, PostSummary>,
): PostSummary[] {
  const found: PostSummary[] = [];
  hits.paths.forEach((path, rank) => {
    const post = byPath.get(path);
    if (!post) return;
    const match = hits.matches[rank];
    found.push(match ? { ...post, match } : post);
  });
  return found;
}
