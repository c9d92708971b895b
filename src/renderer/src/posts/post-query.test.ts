import { describe, expect, it } from 'vitest';
import type { PostSummary } from '../../../shared/ipc/data';
import {
  filterAndSort,
  isFiltered,
  noFilter,
  postFacets,
  postYear,
  searchedPosts,
} from './post-query';

function post(fields: Partial<PostSummary> & { path: string }): PostSummary {
  return {
    title: fields.path,
    date: null,
    author: null,
    draft: false,
    errors: 0,
    warnings: 0,
    hasVideos: false,
    bundle: true,
    ...fields,
  };
}

const posts = [
  post({
    path: 'content/blog/2019/0329-a/index.md',
    title: 'ICYMI',
    date: 'Fri, 29 Mar 2019 12:00:00 +0000',
    author: 'kiersten',
    hasVideos: true,
    warnings: 5,
  }),
  post({
    path: 'content/blog/2024/1105-b/index.md',
    title: 'retries',
    date: '2024-11-05T00:00:00Z',
    author: 'ada',
  }),
  post({
    path: 'content/blog/2025/0506-c/index.md',
    title: 'KubeCon recap',
    date: '2025-05-06',
    author: 'jonas',
    hasVideos: true,
    errors: 2,
  }),
  post({
    path: 'content/blog/2025/0601-d/index.md',
    title: 'Welcome',
    date: '2025-06-01',
    author: 'ada',
    draft: true,
  }),
  post({ path: 'content/_index.md', title: 'Home' }),
];

describe('postYear', () => {
  it('reads ISO and RFC 1123 dates, and falls back to the folder', () => {
    expect(posts.map(postYear)).toEqual(['2019', '2024', '2025', '2025', null]);
    expect(postYear({ date: null, path: 'content/blog/2021/0617-x/index.md' })).toBe('2021');
  });
});

describe('postFacets', () => {
  it('offers years newest first and authors A to Z', () => {
    expect(postFacets(posts)).toEqual({
      years: ['2025', '2024', '2019'],
      authors: ['ada', 'jonas', 'kiersten'],
    });
  });
});

describe('filterAndSort', () => {
  const titles = (list: PostSummary[]) => list.map((p) => p.title);

  it('keeps the order search ranked the posts in by best match', () => {
    const ranked = [...posts].reverse();
    expect(filterAndSort(ranked, noFilter, 'match')).toEqual(ranked);
  });

  it('sorts newest first, undated posts last', () => {
    expect(titles(filterAndSort(posts, noFilter, 'date'))).toEqual([
      'Welcome',
      'KubeCon recap',
      'retries',
      'ICYMI',
      'Home',
    ]);
  });

  it('sorts by title without regard to case', () => {
    expect(titles(filterAndSort(posts, noFilter, 'title'))).toEqual([
      'Home',
      'ICYMI',
      'KubeCon recap',
      'retries',
      'Welcome',
    ]);
  });

  it('applies every filter at once', () => {
    expect(titles(filterAndSort(posts, { ...noFilter, year: '2025' }, 'date'))).toEqual([
      'Welcome',
      'KubeCon recap',
    ]);
    expect(titles(filterAndSort(posts, { ...noFilter, author: 'ada' }, 'title'))).toEqual([
      'retries',
      'Welcome',
    ]);
    expect(titles(filterAndSort(posts, { ...noFilter, withErrors: true }, 'date'))).toEqual([
      'KubeCon recap',
    ]);
    expect(titles(filterAndSort(posts, { ...noFilter, withVideos: true }, 'date'))).toEqual([
      'KubeCon recap',
      'ICYMI',
    ]);
    expect(titles(filterAndSort(posts, { ...noFilter, draftsOnly: true }, 'date'))).toEqual([
      'Welcome',
    ]);
    expect(
      filterAndSort(posts, { ...noFilter, year: '2025', withVideos: true, author: 'ada' }, 'date'),
    ).toEqual([]);
  });

  it('leaves the list it was given alone', () => {
    const copy = [...posts];
    filterAndSort(posts, noFilter, 'title');
    expect(posts).toEqual(copy);
  });

  it('says whether anything is filtered', () => {
    expect(isFiltered(noFilter)).toBe(false);
    expect(isFiltered({ ...noFilter, draftsOnly: true })).toBe(true);
  });
});

describe('searchedPosts', () => {
  it('lists the summaries in the order found, with why each matched, leaving out paths not listed', () => {
    const first = post({ path: 'a.md', errors: 2 });
    const second = post({ path: 'b.md' });
    const third = post({ path: 'c.md' });
    const byPath = new Map([first, second, third].map((each) => [each.path, each]));
    const match = {
      field: 'body' as const,
      text: '…at KubeCon…',
      marks: [[3, 10]] as [number, number][],
    };
    expect(
      searchedPosts(
        { paths: ['c.md', 'new.md', 'a.md', 'b.md'], matches: [match, null, null] },
        byPath,
      ),
    ).toEqual([{ ...third, match }, first, second]);
  });
});
