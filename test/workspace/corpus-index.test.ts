import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PostSummary } from '../../src/shared/ipc/data';
import { parsePost } from '../../src/shared/post';
import type { FrontMatterData } from '../../src/shared/post/types';
import { checkPostFile } from '../../src/main/services/post-check';
import { listMarkdownFiles, openSite } from '../../src/main/services/site';
import { openWorkspace, TemporaryFolders, type TestWorkspace } from './helpers';

const temporary = new TemporaryFolders();
let site = '';
let workspace: TestWorkspace;
let listed: PostSummary[] = [];

beforeAll(async () => {
  const copy = await temporary.corpusCopy();
  site = copy.site;
  ({ workspace } = await openWorkspace(site, { dataDir: copy.dataDir }));
  await workspace.whenIndexed();
  listed = await workspace['posts.list']({});
});

afterAll(async () => {
  await workspace.dispose();
  await temporary.cleanUp();
});

/** The author the list should show, read straight from the front matter. */
function expectedAuthor(data: FrontMatterData): string | null {
  const params = data['params'] as FrontMatterData | undefined;
  const author = params?.['author'] ?? data['author'];
  if (typeof author === 'string') return author;
  if (author && typeof author === 'object' && !Array.isArray(author))
    return (author['name'] as string | undefined) ?? null;
  return null;
}

describe('the index of the corpus site', () => {
  it('lists every post, each once', async () => {
    const files = await listMarkdownFiles(join(site, 'content'));
    expect(files).toHaveLength(158);
    expect(listed.map((post) => post.path).sort()).toEqual(
      files.map((file) => relative(site, file).split(sep).join('/')).sort(),
    );
  });

  it("matches every post's front matter", async () => {
    for (const post of listed) {
      const document = parsePost(await readFile(join(site, post.path), 'utf8'));
      const data = document.data ?? {};
      const params = (data['params'] ?? {}) as FrontMatterData;
      const schema = params['videoSchema'] ?? data['videoSchema'];
      expect(post, post.path).toEqual({
        path: post.path,
        title: data['title'],
        date: data['date'] ?? null,
        author: expectedAuthor(data),
        draft: data['draft'] === true,
        errors: post.errors,
        warnings: post.warnings,
        hasVideos:
          /\{\{<\s*youtube\s/.test(document.body) || (Array.isArray(schema) && schema.length > 0),
        bundle: post.path.endsWith('/index.md'),
      });
    }
    expect(listed.filter((post) => post.hasVideos).length).toBeGreaterThan(10);
    expect(listed.filter((post) => post.author === 'william').length).toBeGreaterThan(10);
  });

  it('counts what `check` finds, markdownlint included', async () => {
    const opened = await openSite(site);
    for (const post of listed) {
      const checked = await checkPostFile(opened, join(site, post.path));
      const count = (severity: string): number =>
        checked.diagnostics.filter((d) => d.severity === severity).length;
      expect([post.errors, post.warnings], post.path).toEqual([count('error'), count('warning')]);
    }
  });

  it('is sorted newest first, the undated section page last', () => {
    const times = listed
      .filter((post) => post.date !== null)
      .map((post) => Date.parse(post.date ?? ''));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(listed.at(-1)?.path).toBe('content/blog/_index.md');
  });

  it('searches titles and text without regard to case', async () => {
    const found = (await workspace['posts.search']({ query: 'KUBECON eu' })).paths;
    expect(found).toContain('content/blog/2021/0617-may-community-meeting-recap-part-1/index.md');
    expect(found.length).toBeLessThan(listed.length);
    // Every post holding the three words is found (longer words tolerate one typo, so more are).
    const byText = (await workspace['posts.search']({ query: 'oliver gould rust' })).paths;
    for (const post of listed) {
      const text = (await readFile(join(site, post.path), 'utf8')).toLowerCase();
      const body = text.slice(text.indexOf('\n---', 3));
      if (['oliver', 'gould', 'rust'].every((word) => new RegExp(`\\b${word}`).test(body)))
        expect(byText).toContain(post.path);
    }
    expect(await workspace['posts.search']({ query: 'zzz-no-such-word' })).toEqual({
      paths: [],
      matches: [],
    });
  });
});
