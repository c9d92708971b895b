import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findSiteRoot, listBundleFiles, listMarkdownFiles, openSite, SiteError } from './site';

const corpus = resolve(import.meta.dirname, '../../../test/fixtures/linkerd.io');
const post = join(corpus, 'content/blog/2021/0617-may-community-meeting-recap-part-1/index.md');
const folders: string[] = [];
afterEach(async () => {
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
});

async function temporary(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'recap-studio-site-'));
  folders.push(folder);
  return folder;
}

describe('site', () => {
  it('finds the site root and its config/_default by walking up from a post', async () => {
    expect(await findSiteRoot(post)).toEqual({
      root: corpus,
      configFile: join(corpus, 'config/_default/hugo.yaml'),
    });
  });

  it("reads the corpus site's authors, markdownlint configs and content folder", async () => {
    const site = await openSite(join(corpus, 'content/blog'));
    expect(site.kind).toBe('hugo');
    expect(site.contentDir).toBe(join(corpus, 'content'));
    expect(site.facts.authors).toContain('jason');
    expect(site.facts.authors).toContain('flynn');
    expect(site.facts.markdownlint.blog).toMatchObject({ 'first-line-h1': { level: 2 } });
    expect(site.facts.markdownlint.default).toMatchObject({ line_length: { code_blocks: false } });
  });

  it('opens a folder without a Hugo config in plain mode', async () => {
    const folder = await temporary();
    await writeFile(join(folder, 'post.md'), '# Hi\n');
    const site = await openSite(folder);
    expect(site).toMatchObject({
      kind: 'plain',
      root: folder,
      configFile: null,
      contentDir: folder,
    });
    expect(site.facts.authors).toBeNull();
  });

  it("reads contentDir and the site's shortcode templates, noting which use .Inner and the parameters each reads", async () => {
    const folder = await temporary();
    await writeFile(join(folder, 'hugo.toml'), 'contentDir = "posts"\n');
    await mkdir(join(folder, 'layouts/shortcodes'), { recursive: true });
    await mkdir(join(folder, 'layouts/_shortcodes'), { recursive: true });
    await writeFile(
      join(folder, 'layouts/shortcodes/note.html'),
      '<div class="note">{{ .Inner | markdownify }}</div>',
    );
    await writeFile(
      join(folder, 'layouts/_shortcodes/fig.html'),
      '<figure><img src="{{ .Get "src" }}"></figure>',
    );
    // A youtube override that reads start: pasted links keep their start time (start-time.ts).
    await writeFile(
      join(folder, 'layouts/shortcodes/youtube.html'),
      '{{ $id := .Get "id" | default (.Get 0) }}<iframe src="https://www.youtube.com/embed/{{ $id }}{{ with .Get  "start" }}?start={{ . }}{{ end }}"></iframe>',
    );
    const site = await openSite(folder);
    expect(site.contentDir).toBe(join(folder, 'posts'));
    expect(site.facts.shortcodes).toEqual(
      new Map([
        ['note', { usesInner: true, parameters: [] }],
        ['youtube', { usesInner: false, parameters: ['id', 'start'] }],
        ['fig', { usesInner: false, parameters: ['src'] }],
      ]),
    );
  });

  it('refuses a missing path and an unreadable config with plain messages', async () => {
    await expect(openSite('/nonexistent/site')).rejects.toThrow(SiteError);
    const folder = await temporary();
    await writeFile(join(folder, 'hugo.json'), '{ "title": ');
    await expect(openSite(folder)).rejects.toThrow("The site's hugo.json cannot be read");
  });

  it('says by code, not by message, why a site cannot be opened', async () => {
    await expect(openSite('/nonexistent/site')).rejects.toMatchObject({ code: 'not-found' });
    const folder = await temporary();
    await writeFile(join(folder, 'hugo.json'), '{ "title": ');
    await expect(openSite(folder)).rejects.toMatchObject({ code: 'unreadable' });
  });

  it('lists Markdown files, skipping hidden folders, and the files of a bundle', async () => {
    const files = await listMarkdownFiles(join(corpus, 'content'));
    expect(files).toHaveLength(158);
    const bundle = await listBundleFiles(post);
    expect(bundle).toContain('index.md');
    expect(bundle).toContain('cover.jpg');
    const folder = await temporary();
    await mkdir(join(folder, '.git'), { recursive: true });
    await writeFile(join(folder, '.git', 'x.md'), '');
    await writeFile(join(folder, 'single.md'), '');
    expect(await listMarkdownFiles(folder)).toEqual([join(folder, 'single.md')]);
    expect(await listBundleFiles(join(folder, 'single.md'))).toBeNull();
  });
});
