import { describe, expect, it } from 'vitest';
import type { PostSummary } from '../../../shared/ipc/data';
import { searchBytes, PostIndex, type IndexEntry } from './post-index';

function entry(path: string, date: string | null, title: string, text = ''): IndexEntry {
  const summary: PostSummary = {
    path,
    title,
    date,
    author: null,
    draft: false,
    errors: 0,
    warnings: 0,
    hasVideos: false,
    bundle: true,
  };
  return { summary, version: 'v', searchText: searchBytes(`${title}\n${text}`), validated: true };
}

describe('PostIndex', () => {
  it('lists posts newest first, undated and unreadable dates last, ties by path', () => {
    const index = new PostIndex();
    index.set(entry('b/old.md', '2019-03-29', 'Old'));
    index.set(entry('b/undated.md', null, 'Undated'));
    index.set(entry('b/new.md', '2025-10-20T00:00:00Z', 'New'));
    index.set(entry('b/rfc.md', 'Fri, 29 Mar 2019 12:00:00 +0000', 'Same day, later'));
    index.set(entry('a/garbage.md', 'not a date', 'Garbage'));
    index.set(entry('a/same.md', '2025-10-20T00:00:00Z', 'Same date'));
    expect(index.list().map((summary) => summary.path)).toEqual([
      'a/same.md',
      'b/new.md',
      'b/rfc.md',
      'b/old.md',
      'a/garbage.md',
      'b/undated.md',
    ]);
  });

  it('replaces an entry by path and forgets deleted ones', () => {
    const index = new PostIndex();
    index.set(entry('x.md', '2020-01-01', 'First'));
    index.set(entry('x.md', '2020-01-01', 'Second'));
    expect(index.size).toBe(1);
    expect(index.list()[0]?.title).toBe('Second');
    expect(index.delete('x.md')).toBe(true);
    expect(index.delete('x.md')).toBe(false);
    expect(index.list()).toEqual([]);
  });

  it('searches title and text, ignoring case, every word required', () => {
    const index = new PostIndex();
    index.set(entry('one.md', '2021-01-01', 'Linkerd at KubeCon', 'Talks about Rust and mTLS.'));
    index.set(entry('two.md', '2021-01-02', 'Edge release roundup', 'We don’t break mTLS.'));
    const found = (query: string): string[] => index.list(query).map((summary) => summary.path);
    expect(found('kubecon')).toEqual(['one.md']);
    expect(found('MTLS')).toEqual(['two.md', 'one.md']);
    expect(found('rust mtls')).toEqual(['one.md']);
    expect(found('rust roundup')).toEqual([]);
    expect(found("don't")).toEqual(['two.md']);
    expect(found('   ')).toEqual(['two.md', 'one.md']);
  });

  it('finds the posts below a folder, not those of a sibling sharing its prefix', () => {
    const index = new PostIndex();
    index.set(entry('content/blog/a/index.md', null, 'A'));
    index.set(entry('content/blog/a-b/index.md', null, 'AB'));
    expect(index.pathsUnder('content/blog/a')).toEqual(['content/blog/a/index.md']);
  });
});
