import { describe, expect, it } from 'vitest';
import type { PostSummary } from '../../../shared/ipc/data';
import { PostIndex, type IndexEntry } from './post-index';

function entry(
  path: string,
  date: string | null,
  title: string,
  text = '',
  about = '',
): IndexEntry {
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
  return {
    summary,
    version: 'v',
    search: { title, about, body: Buffer.from(text, 'utf8') },
    validated: true,
    page: {},
  };
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

  it('counts a change of the pages ref finds: a post come or gone, or what its URL is made of', () => {
    const index = new PostIndex();
    const post = entry('content/blog/a/index.md', '2024-01-01', 'A');
    index.set(post);
    index.set(entry('b.md', null, 'B'));
    const start = index.pagesVersion;
    // New counts of problems, the same page.
    index.set({ ...post, summary: { ...post.summary, warnings: 3 } });
    expect(index.pagesVersion).toBe(start);
    index.set({ ...post, page: { slug: 'moved' } });
    expect(index.pagesVersion).toBe(start + 1);
    expect(index.pagesUnder('content')).toEqual([
      { path: 'blog/a/index.md', data: { slug: 'moved' } },
    ]);
    index.delete('b.md');
    expect(index.pagesVersion).toBe(start + 2);
    expect(index.pagesUnder('').map((page) => page.path)).toEqual(['content/blog/a/index.md']);
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

  it('keeps the list in order through additions, date changes, replacements and deletions', () => {
    const index = new PostIndex();
    const dates = ['2020-01-01', '2021-06-30', null, '2019-12-31T23:00:00Z', 'not a date'];
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const kept = new Map<string, IndexEntry>();
    const sortedAgain = () => {
      const fresh = new PostIndex();
      for (const value of kept.values()) fresh.set(value);
      return fresh.list().map((summary) => summary.path);
    };
    for (let step = 0; step < 300; step++) {
      // Listing first makes the index keep its order from then on.
      if (step % 7 === 0) index.list();
      const path = `b/${next(20)}.md`;
      if (next(4) === 0) {
        index.delete(path);
        kept.delete(path);
      } else {
        const value = entry(path, dates[next(dates.length)] ?? null, `Post ${step}`);
        index.set(value);
        kept.set(path, value);
      }
      expect(index.list().map((summary) => summary.path)).toEqual(sortedAgain());
    }
  });

  it('gives a walk of the list its own order while posts move', () => {
    const index = new PostIndex();
    index.set(entry('a.md', '2020-01-01', 'A'));
    index.set(entry('b.md', '2021-01-01', 'B'));
    const walked = index.ordered();
    index.set(entry('c.md', '2022-01-01', 'C'));
    index.delete('a.md');
    expect(walked.map((value) => value.summary.path)).toEqual(['b.md', 'a.md']);
    expect(index.ordered().map((value) => value.summary.path)).toEqual(['c.md', 'b.md']);
  });

  it('finds a word in a post added or changed after the word was searched for', () => {
    const index = new PostIndex();
    index.set(entry('a.md', '2020-01-01', 'Linkerd at KubeCon'));
    expect(index.search('kubecon').paths).toEqual(['a.md']);
    index.set(entry('b.md', '2021-01-01', 'Another KubeCon'));
    expect(index.search('kubecon').paths).toEqual(['b.md', 'a.md']);
    index.set(entry('a.md', '2020-01-01', 'Linkerd at a meetup'));
    expect(index.search('kubecon').paths).toEqual(['b.md']);
    index.delete('b.md');
    expect(index.search('kubecon').paths).toEqual([]);
    expect(index.search('linkerd meetup').paths).toEqual(['a.md']);
  });

  it('searches title and text, ignoring case, every word required, ties newest first', () => {
    const index = new PostIndex();
    index.set(entry('one.md', '2021-01-01', 'Linkerd at KubeCon', 'Talks about Rust and mTLS.'));
    index.set(entry('two.md', '2021-01-02', 'Edge release roundup', 'We don’t break mTLS.'));
    const found = (query: string): string[] => index.search(query).paths;
    expect(found('kubecon')).toEqual(['one.md']);
    expect(found('MTLS')).toEqual(['two.md', 'one.md']);
    expect(found('rust mtls')).toEqual(['one.md']);
    expect(found('rust roundup')).toEqual([]);
    expect(found("don't")).toEqual(['two.md']);
    // A blank query finds nothing: without a query the list shows every post.
    expect(found('   ')).toEqual([]);
  });

  it('ranks the exact title, then titles starting with the query, then title words, then description and keywords, then body', () => {
    const index = new PostIndex();
    // Newest first without a query: the order ranking has to overturn.
    index.set(entry('body.md', '2025-01-06', 'Edge release', 'Seen at KubeCon EU with Linkerd.'));
    index.set(entry('about.md', '2025-01-05', 'Meetup', '', 'Linkerd at KubeCon EU recap'));
    index.set(entry('words.md', '2025-01-04', 'KubeCon EU: a look at Linkerd'));
    index.set(entry('prefix.md', '2025-01-03', 'Linkerd at KubeCon EU 2019: Benchmarks'));
    index.set(entry('exact.md', '2019-01-02', 'Linkerd at KubeCon EU'));
    const found = (query: string): string[] => index.search(query).paths;
    expect(found('Linkerd at KubeCon EU')).toEqual([
      'exact.md',
      'prefix.md',
      'words.md',
      'about.md',
      'body.md',
    ]);
    expect(found('linkerd at kube')[0]).toBe('exact.md');
    // One typo: every title holding the word before the description, then the body.
    const typo = found('kubcon');
    expect(typo.slice(0, 3).sort()).toEqual(['exact.md', 'prefix.md', 'words.md']);
    expect(typo.slice(3)).toEqual(['about.md', 'body.md']);
  });

  it('tolerates one typo in longer words only, and matches the start of words', () => {
    const index = new PostIndex();
    index.set(entry('a.md', '2025-01-01', 'KubeCon recap', 'The proxy and its certificates.'));
    const found = (query: string): string[] => index.search(query).paths;
    expect(found('kubcon')).toEqual(['a.md']);
    expect(found('certifcates')).toEqual(['a.md']);
    expect(found('kubcn')).toEqual([]);
    expect(found('prixy')).toEqual(['a.md']);
    expect(found('prxy')).toEqual([]);
    expect(found('cert')).toEqual(['a.md']);
    expect(found('roxy')).toEqual([]);
    expect(found('kube recap')).toEqual([]);
    expect(found('recap kube')).toEqual(['a.md']);
  });

  it('matches a word of one or two letters being typed as a whole word, with the titles starting with the query', () => {
    const index = new PostIndex();
    index.set(entry('linkerd.md', '2024-01-01', 'Linkerd at KubeCon', 'A look at the proxy.'));
    index.set(entry('lunch.md', '2024-01-02', 'Lunch and learn', 'Meshes over lunch.'));
    index.set(entry('mesh.md', '2024-01-03', 'Meshes', 'Linkerd, Istio and a look back.'));
    index.set(entry('plan.md', '2024-01-04', 'Plan B', 'Plan a or plan b.'));
    const found = (query: string): string[] => index.search(query).paths;
    // Titles starting with "l", not every post with a word starting with it.
    expect(found('l')).toEqual(['lunch.md', 'linkerd.md']);
    expect(found('b')).toEqual(['plan.md']);
    expect(found('lo')).toEqual([]);
    // Three letters match by their start again.
    expect(found('loo').sort()).toEqual(['linkerd.md', 'mesh.md']);
    // The word before must still match: "Linkerd at K…" is a title start, and "a" a word.
    expect(found('linkerd a')).toEqual(['linkerd.md', 'mesh.md']);
    expect(found('linkerd at k')).toEqual(['linkerd.md']);
    expect(found('meshes l')).toEqual([]);
    // A space makes a short word whole, as any other.
    expect(found('plan b ')).toEqual(['plan.md']);
  });

  it('looks up typos only for words found in few posts, whatever the order of the words', () => {
    const index = new PostIndex();
    // "linked" is one typo from "linkerd", found in twelve posts: typos of it are not looked up.
    for (let at = 0; at < 12; at += 1)
      index.set(entry(`linkerd-${at}.md`, `2024-01-${10 + at}`, `Linkerd notes ${at}`));
    index.set(entry('linked.md', '2024-02-01', 'Linked data', 'Meshes at KubeCon.'));
    index.set(entry('kubecon.md', '2024-02-02', 'KubeCon with Linkerd'));
    const found = (query: string): string[] => index.search(query).paths.sort();
    expect(found('linkerd')).not.toContain('linked.md');
    expect(found('linkerd')).toHaveLength(13);
    // "kubcon" as written is in no post: its typo finds "kubecon", in the title or the text.
    expect(found('kubcon')).toEqual(['kubecon.md', 'linked.md']);
    // The same posts whichever word comes first, typed or pasted.
    const both = ['kubecon.md'];
    expect(found('linkerd kubcon')).toEqual(both);
    expect(found('kubcon linkerd')).toEqual(both);
    expect(found('kubcon linkerd ')).toEqual(both);
    expect(found('linkerd kubcon ')).toEqual(both);
    for (const query of [
      'l',
      'li',
      'link',
      'linker',
      'linkerd',
      'linkerd ',
      'linkerd k',
      'linkerd kub',
    ])
      index.search(query);
    expect(found('linkerd kubcon')).toEqual(both);
  });

  it('ranks a word in more than half the posts by where it is, title first, then newest first', () => {
    const index = new PostIndex();
    // "mesh" is in four posts of five; "retries" in two.
    index.set(entry('body.md', '2025-03-01', 'Edge release', 'The mesh mesh mesh.'));
    index.set(entry('about.md', '2025-02-01', 'Meetup notes', '', 'A mesh meetup'));
    index.set(entry('old-title.md', '2024-01-01', 'Why a mesh', 'Retries in a mesh.'));
    index.set(entry('new-title.md', '2024-06-01', 'A mesh for retries, explained at length'));
    index.set(entry('other.md', '2025-04-01', 'Other news'));
    const found = (query: string): string[] => index.search(query).paths;
    // Not scored: a body full of it stays below the description, and equal places go newest first.
    expect(found('mesh ')).toEqual(['new-title.md', 'old-title.md', 'about.md', 'body.md']);
    // A word in fewer posts is scored, and its score comes before where the common word is.
    expect(found('retries mesh')).toEqual(['new-title.md', 'old-title.md']);
    expect(found('mesh retries')).toEqual(['new-title.md', 'old-title.md']);
    // Typed by its start, a common word is still matched and marked.
    const typed = index.search('mes');
    expect(typed.paths[0]).toBe('new-title.md');
    expect(typed.matches[0]).toEqual({
      field: 'title',
      text: 'A mesh for retries, explained at length',
      marks: [[2, 6]],
    });
  });
  it('reuses the place of a deleted post for the next, and re-ranks a post whose date alone changed', () => {
    const index = new PostIndex();
    index.set(entry('old.md', '2020-01-01', 'Proxy notes'));
    index.set(entry('gone.md', '2021-01-01', 'Proxy gone'));
    index.delete('gone.md');
    index.set(entry('new.md', '2022-01-01', 'Proxy news'));
    const found = (query: string): string[] => index.search(query).paths;
    expect(found('proxy')).toEqual(['new.md', 'old.md']);
    expect(found('gone')).toEqual([]);
    expect(found('news')).toEqual(['new.md']);
    // The same search source with a new date, as when only the counts were read again.
    const old = index.get('old.md') as IndexEntry;
    index.set({ ...old, summary: { ...old.summary, date: '2023-01-01', errors: 2 } });
    expect(found('proxy')).toEqual(['old.md', 'new.md']);
  });

  it('shows why a post matched: the title, else an extract with the words marked', () => {
    const index = new PostIndex();
    const body = `${'Intro words here. '.repeat(8)}We met the community at KubeCon in Paris.${' More.'.repeat(20)}`;
    index.set(entry('a.md', '2025-01-01', 'Spring recap', body, 'conference\nwilliam'));
    const why = (query: string) => index.search(query).matches[0];
    const byBody = why('kubcon');
    expect(byBody?.field).toBe('body');
    const text = byBody?.text ?? '';
    expect(text.startsWith('…')).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    expect(text).toContain('at KubeCon in Paris');
    expect(byBody?.marks.map(([from, to]) => text.slice(from, to))).toEqual(['KubeCon']);
    expect(why('conf')).toEqual({ field: 'about', text: 'conference', marks: [[0, 10]] });
    expect(why('spring kubecon')).toEqual({
      field: 'title',
      text: 'Spring recap',
      marks: [[0, 6]],
    });
    expect(index.list()[0]?.match).toBeUndefined();
  });

  it('finds posts by path, only the first 200 with an extract', () => {
    const index = new PostIndex();
    for (let at = 0; at < 250; at += 1)
      index.set(entry(`p${at}.md`, null, `Proxy notes ${at}`, 'About the proxy.'));
    const found = index.search('proxy');
    expect(found.paths).toHaveLength(250);
    expect(found.matches).toHaveLength(200);
    expect(found.matches.every((match) => match?.field === 'title')).toBe(true);
    expect(index.search('zzz')).toEqual({ paths: [], matches: [] });
  });

  it('keeps the search index in step with replaced and deleted posts', () => {
    const index = new PostIndex();
    index.set(entry('x.md', '2020-01-01', 'Old title about proxies'));
    index.set(entry('x.md', '2020-01-01', 'New title about meshes'));
    expect(index.search('proxies').paths).toEqual([]);
    expect(index.search('meshes').paths).toEqual(['x.md']);
    index.delete('x.md');
    expect(index.search('meshes').paths).toEqual([]);
  });

  it('finds the posts below a folder, not those of a sibling sharing its prefix', () => {
    const index = new PostIndex();
    index.set(entry('content/blog/a/index.md', null, 'A'));
    index.set(entry('content/blog/a-b/index.md', null, 'AB'));
    expect(index.pathsUnder('content/blog/a')).toEqual(['content/blog/a/index.md']);
  });
});
