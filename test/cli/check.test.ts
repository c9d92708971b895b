import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { corpusSite, runCli, temporaryFolder } from './run-cli';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function siteWithPost(
  text: string,
  name = 'index.md',
): Promise<{ root: string; post: string }> {
  const folder = await temporaryFolder();
  cleanups.push(folder.remove);
  const root = folder.root;
  await mkdir(join(root, 'data'), { recursive: true });
  await writeFile(join(root, 'hugo.yaml'), 'title: Test\n');
  await writeFile(join(root, 'data', 'authors.yaml'), 'jason:\n  name: Jason\n');
  const bundle = join(root, 'content', 'blog', '2024', '0101-post');
  await mkdir(bundle, { recursive: true });
  const post = join(bundle, name);
  await writeFile(post, text);
  return { root, post };
}

describe('recap-studio check', () => {
  it('checks the whole corpus blog without crashing and reports every post', async () => {
    const result = await runCli(['check', join(corpusSite, 'content', 'blog'), '--format', 'json']);
    expect(result.stderr).toBe('');
    const reports = JSON.parse(result.stdout) as {
      file: string;
      diagnostics: { rule: string }[];
    }[];
    expect(reports).toHaveLength(158);
    expect([0, 1]).toContain(result.status);
  });

  it('prints path:line:col, severity, rule and message, then a summary', async () => {
    const { root } = await siteWithPost(
      '---\ndate: 2024-01-01\nparams:\n  author: nobody\n---\n\nText.\n',
    );
    const result = await runCli(['check', root], root);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(
      /^content\/blog\/2024\/0101-post\/index\.md:1:1 {2}error {2}schema\/title-missing {2}\S/m,
    );
    expect(result.stdout).toMatch(
      /^content\/blog\/2024\/0101-post\/index\.md:4:\d+ {2}error {2}schema\/author-unknown {2}/m,
    );
    expect(result.stdout).toMatch(/^1 file checked: 2 errors, \d+ warnings?, \d+ notes?\.$/m);
  });

  it('exits 0 with only warnings, and 1 with --strict', async () => {
    const { root } = await siteWithPost(
      '---\ntitle: A fine title\ndate: 2024-01-01\n---\n\nNo description.\n',
    );
    const lenient = await runCli(['check', root], root);
    expect(lenient.stdout).toContain('seo/description-missing');
    expect(lenient.status).toBe(0);
    expect((await runCli(['check', '--strict', root], root)).status).toBe(1);
  });

  it("honours the site's rule settings in .recap-studio.yaml, and says when they are wrong", async () => {
    const { root } = await siteWithPost(
      '---\ntitle: A fine title\ndate: 2024-01-01\n---\n\nNo description.\n',
    );
    expect((await runCli(['check', '--strict', root], root)).status).toBe(1);

    await writeFile(join(root, '.recap-studio.yaml'), 'rules:\n  seo/description-missing: off\n');
    const off = await runCli(['check', '--strict', root], root);
    expect(off.stdout).not.toContain('seo/description-missing');
    expect(off.status).toBe(0);

    await writeFile(join(root, '.recap-studio.yaml'), 'rules:\n  seo/description-missing: error\n');
    const raised = await runCli(['check', root], root);
    expect(raised.stdout).toMatch(/ {2}error {2}seo\/description-missing {2}/);
    expect(raised.status).toBe(1);

    await writeFile(join(root, '.recap-studio.yaml'), 'rules:\n  seo/descripton-missing: off\n');
    const wrong = await runCli(['check', root], root);
    expect(wrong.stdout).toMatch(/ {2}warning {2}seo\/description-missing {2}/);
    expect(wrong.stdout).toContain(
      'warning  settings/rules  The site\'s rule settings could not all be used. "seo/descripton-missing" under rules in .recap-studio.yaml is not a rule Recap Studio checks, so it was ignored. Did you mean "seo/description-missing"?',
    );
    expect(wrong.status).toBe(0);
  });

  it('gives JSON with line and column ranges', async () => {
    const { root, post } = await siteWithPost(
      '---\ntitle: x\ndate: not a date\ndescription: d\n---\n\nText.\n',
    );
    const result = await runCli(['check', post, '--format', 'json'], root);
    const [report] = JSON.parse(result.stdout) as {
      file: string;
      diagnostics: Record<string, unknown>[];
    }[];
    expect(report?.file).toBe('content/blog/2024/0101-post/index.md');
    expect(report?.diagnostics).toContainEqual(
      expect.objectContaining({
        line: 3,
        severity: 'error',
        rule: 'schema/date-invalid',
        endLine: 3,
      }),
    );
  });

  it('finds the site root by walking up from a file', async () => {
    const { post } = await siteWithPost(
      '---\ntitle: x\ndate: 2024-01-01\ndescription: d\nparams:\n  author: jason\n---\n\nText.\n',
    );
    const result = await runCli(['check', post, '--format', 'json']);
    const [report] = JSON.parse(result.stdout) as { diagnostics: { rule: string }[] }[];
    expect(report?.diagnostics.map((d) => d.rule)).not.toContain('schema/author-unknown');
  });

  it('exits 2 for a path that does not exist or a bad option', async () => {
    const missing = await runCli(['check', '/nonexistent/recap-studio-site']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain(
      'There is no file or folder at /nonexistent/recap-studio-site',
    );
    expect((await runCli(['check', '--format', 'xml'])).status).toBe(2);
    expect((await runCli(['check', '--bogus'])).status).toBe(2);
  });

  it('exits 2 when the site config cannot be read', async () => {
    const { root } = await siteWithPost('---\ntitle: x\n---\n');
    await writeFile(join(root, 'hugo.yaml'), 'title: [unclosed\n');
    const result = await runCli(['check', root], root);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("The site's hugo.yaml cannot be read");
  });

  it("notes the site's video convention once per post, or warns per entry under Google's", async () => {
    const entries = ['BWL4889RKhU', 'YN8zNnV0sK8']
      .map(
        (id) =>
          `    - title: Talk\n      embedUrl: https://youtu.be/${id}\n` +
          `      thumbnailUrl: http://i3.ytimg.com/vi/${id}/maxresdefault.jpg\n      uploadDate: 2021-05-14\n`,
      )
      .join('');
    const body = '\n{{< youtube "BWL4889RKhU" >}}\n\n{{< youtube "YN8zNnV0sK8" >}}\n';
    const { root } = await siteWithPost(
      `---\ntitle: Recap\ndescription: Two talks.\nauthor: jason\nparams:\n  videoSchema:\n${entries}---\n${body}`,
    );
    const rules = async (): Promise<string[]> => {
      const result = await runCli(['check', root, '--format', 'json', '--skip-markdownlint'], root);
      const [report] = JSON.parse(result.stdout) as { diagnostics: { rule: string }[] }[];
      return report!.diagnostics.map((d) => d.rule).filter((rule) => rule.startsWith('video/'));
    };
    expect(await rules()).toEqual(['video/site-convention']);
    await writeFile(join(root, '.recap-studio.yaml'), 'videoConvention: google\n');
    expect(await rules()).toEqual([
      'video/thumbnail-http',
      'video/upload-date-no-zone',
      'video/thumbnail-http',
      'video/upload-date-no-zone',
    ]);
    await writeFile(join(root, '.recap-studio.yaml'), 'videoConvention: sometimes\n');
    const broken = await runCli(['check', root], root);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain(
      'videoConvention in .recap-studio.yaml must be site, google or infer',
    );
  });
});

describe('recap-studio check --skip-markdownlint', () => {
  it('leaves out markdownlint findings and keeps every other rule', async () => {
    const post = join(corpusSite, 'content/blog/2026/0209-protocol-detection/index.md');
    const all = JSON.parse((await runCli(['check', post, '--format', 'json'])).stdout) as {
      diagnostics: { rule: string }[];
    }[];
    const skipped = JSON.parse(
      (await runCli(['check', post, '--format', 'json', '--skip-markdownlint'])).stdout,
    ) as {
      diagnostics: { rule: string }[];
    }[];
    const rules = (reports: typeof all): string[] =>
      reports.flatMap((r) => r.diagnostics.map((d) => d.rule));
    expect(rules(all)).toContain('markdownlint/table-column-style');
    expect(rules(skipped)).toEqual(rules(all).filter((rule) => !rule.startsWith('markdownlint/')));
  });
});
