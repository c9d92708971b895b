import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { corpusSite, runCli, temporaryFolder } from './run-cli';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function folder(): Promise<string> {
  const made = await temporaryFolder();
  cleanups.push(made.remove);
  return made.root;
}

const recap = join(
  corpusSite,
  'content/blog/2021/0617-may-community-meeting-recap-part-1/index.md',
);

describe('recap-studio render', () => {
  it("prints a post's sanitized preview HTML with the site's markup settings", async () => {
    const result = await runCli(['render', recap]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('data-shortcode="youtube"');
    expect(result.stdout).toMatch(/<h2 id="user-content-[a-z0-9-]+">/);
    expect(result.stdout).not.toContain('<iframe');
    expect(result.stdout).not.toContain('data-source-line');
  });

  it('tags blocks with their file lines when asked', async () => {
    const result = await runCli(['render', recap, '--source-lines']);
    const text = await readFile(recap, 'utf8');
    const firstBodyLine =
      text.split('\n').findIndex((line, index) => index > 0 && line === '---') + 2;
    const lines = [...result.stdout.matchAll(/data-source-line="(\d+)"/g)].map((m) => Number(m[1]));
    expect(lines[0]).toBeGreaterThanOrEqual(firstBodyLine);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it('renders many posts in one run into DIR/<path relative to the current folder>.html', async () => {
    const out = await folder();
    const blog = join(corpusSite, 'content/blog');
    const result = await runCli(
      ['render', '2021', '2022/0627-security-audit/index.md', '--out', out],
      blog,
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const written = await readdir(join(out, '2021'), { recursive: true });
    const posts = (await readdir(join(blog, '2021'), { recursive: true })).filter((name) =>
      name.endsWith('.md'),
    );
    expect(written.filter((name) => name.endsWith('.md.html')).sort()).toEqual(
      posts.map((name) => `${name}.html`).sort(),
    );
    const single = await readFile(join(out, '2022/0627-security-audit/index.md.html'), 'utf8');
    expect(single.length).toBeGreaterThan(100);
  });

  it("uses Hugo's defaults outside a Hugo site: raw HTML omitted", async () => {
    const root = await folder();
    await writeFile(join(root, 'post.md'), '# Hi\n\n<div>raw</div>\n');
    const result = await runCli(['render', 'post.md'], root);
    expect(result.stdout).toBe('<h1 id="user-content-hi">Hi</h1>\n\n');
  });

  it('refuses several posts without --out, and files outside the current folder with it', async () => {
    const several = await runCli(['render', recap, recap]);
    expect(several.status).toBe(2);
    expect(several.stderr).toContain('give --out DIR');
    const none = await runCli(['render']);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('Name the post file to render.');

    const root = await folder();
    await mkdir(join(root, 'here'));
    const outside = await runCli(['render', recap, '--out', 'out'], join(root, 'here'));
    expect(outside.status).toBe(1);
    expect(outside.stderr).toContain('is outside the current folder');
  });

  it('reports a file that is not UTF-8 and renders the others', async () => {
    const root = await folder();
    await writeFile(join(root, 'bad.md'), Buffer.from([0x23, 0x20, 0xff, 0xfe, 0x0a]));
    await writeFile(join(root, 'good.md'), 'text\n');
    const result = await runCli(['render', '.', '--out', 'out'], root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('bad.md: The file is not valid UTF-8 text');
    expect(await readFile(join(root, 'out/good.md.html'), 'utf8')).toBe('<p>text</p>\n');
  });
});
