import { readFile, readdir } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parsePost } from '../src/shared/post';
import { scanShortcodes } from '../src/shared/shortcodes';
import { runCli } from './cli/run-cli';

const sampleSite = resolve(import.meta.dirname, '..', 'resources', 'sample-site');
const blog = join(sampleSite, 'content', 'blog');

interface Report {
  file: string;
  diagnostics: { severity: string; rule: string; message: string }[];
}

async function checkReports(): Promise<Report[]> {
  const result = await runCli(['check', sampleSite, '--format', 'json']);
  expect(result.stderr).toBe('');
  return JSON.parse(result.stdout) as Report[];
}

async function posts(): Promise<string[]> {
  const files = await readdir(blog, { recursive: true });
  return files.filter((file) => file.endsWith(`${sep}index.md`)).map((file) => join(blog, file));
}

describe('the sample site opened on first start', () => {
  it('passes recap-studio check without errors; only the legacy post has warnings', async () => {
    const reports = await checkReports();
    expect(reports.length).toBeGreaterThanOrEqual(4);
    const errors = reports.flatMap((report) =>
      report.diagnostics
        .filter((d) => d.severity === 'error')
        .map((d) => `${report.file}: ${d.message}`),
    );
    expect(errors).toEqual([]);
    const warned = reports
      .filter((report) => report.diagnostics.length > 0)
      .map((report) => relative(blog, resolve(report.file)).split(sep).slice(0, 2).join('/'));
    expect(warned).toEqual(['2019/0329-icymi-march-2019-meetup']);
  });

  it("has linkerd.io's layout: Hugo config, authors, markdownlint config, a note shortcode, page bundles", async () => {
    const read = (path: string): Promise<string> => readFile(join(sampleSite, path), 'utf8');
    expect(await read('hugo.yaml')).toContain('title:');
    expect(await read('data/authors.yaml')).toMatch(/^ada:\n {2}email: .+\n {2}name: Ada/m);
    expect(await read('.markdownlint.blog.yaml')).toContain('line_length:');
    expect(await read('layouts/shortcodes/note.html')).toContain('.Inner');
    const bundles = (await posts()).map((file) => relative(blog, file).split(sep).join('/'));
    expect(bundles.length).toBeGreaterThanOrEqual(3);
    expect(bundles.length).toBeLessThanOrEqual(5);
    for (const bundle of bundles) expect(bundle).toMatch(/^\d{4}\/\d{4}-[a-z0-9.-]+\/index\.md$/);
  });

  it('includes an event recap whose youtube talks match its params.videoSchema, with a cover', async () => {
    const recap = join(blog, '2025', '0506-kubecon-eu-2021-talks-recap');
    const post = parsePost(await readFile(join(recap, 'index.md'), 'utf8'));
    const entries = post.get(['params', 'videoSchema']);
    expect(Array.isArray(entries)).toBe(true);
    const described = (entries as { embedUrl: string }[]).map((entry) =>
      entry.embedUrl.replace('https://youtu.be/', ''),
    );
    const embedded = scanShortcodes(post.body, { usesInner: (name) => name === 'note' })
      .calls.filter((call) => call.name === 'youtube')
      .map((call) => call.open.args[0]?.value);
    expect(embedded.length).toBeGreaterThanOrEqual(3);
    expect(embedded).toEqual(described);
    for (const id of embedded) expect(id).toMatch(/^[0-9A-Za-z_-]{11}$/);
    expect(post.get(['params', 'showCover'])).toBe(true);

    const cover = await readFile(join(recap, 'cover.png'));
    expect([...cover.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const width = cover.readUInt32BE(16);
    const height = cover.readUInt32BE(20);
    const idat = cover.indexOf('IDAT');
    const pixels = inflateSync(cover.subarray(idat + 4, idat + 4 + cover.readUInt32BE(idat - 4)));
    // One filter byte per row, three bytes per RGB pixel: the image decodes whole.
    expect(pixels.length).toBe(height * (1 + width * 3));
  });

  it('includes one older post in the legacy front matter shape', async () => {
    const legacy = parsePost(
      await readFile(join(blog, '2019', '0329-icymi-march-2019-meetup', 'index.md'), 'utf8'),
    );
    expect(legacy.get(['author'])).toBe('kiersten');
    expect(legacy.get(['params'])).toBeUndefined();
  });
});
