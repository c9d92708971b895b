import { cp, mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateData } from '../../src/shared/migrate';
import { parsePost } from '../../src/shared/post';
import { normalizeHtml } from '../hugo-diff/normalize';
import { hugoVersion, renderWithHugo } from '../hugo-diff/oracle/render';
import { corpusSite, runCli, temporaryCopy } from './run-cli';

const examples = join(corpusSite, '..', 'examples');

async function markdownFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await markdownFiles(path)));
    else if (entry.name.endsWith('.md') && !entry.name.startsWith('_')) found.push(path);
  }
  return found.sort();
}

interface CheckReport {
  file: string;
  diagnostics: { rule: string }[];
}

async function legacyFindings(root: string): Promise<string[]> {
  const blog = join(root, 'content/blog');
  const result = await runCli(['check', blog, '--format', 'json', '--skip-markdownlint'], root);
  const reports = JSON.parse(result.stdout) as CheckReport[];
  return reports.flatMap((report) =>
    report.diagnostics.some((d) => d.rule === 'schema/legacy-shape')
      ? [relative(root, resolve(root, report.file))]
      : [],
  );
}

describe('recap-studio migrate over every corpus post and the two examples', () => {
  let root = '';
  let remove = async () => {};
  const before = new Map<string, string>();
  let posts: string[] = [];
  let legacyBefore = new Set<string>();
  const mtimes = new Map<string, number>();
  let migration = { status: -1, stdout: '', stderr: '' };

  beforeAll(async () => {
    ({ root, remove } = await temporaryCopy(corpusSite));
    // The examples become posts of the copy, so check and Hugo see them as the site's own.
    for (const name of await readdir(examples)) {
      const folder = join(root, 'content/blog/examples', name.replace(/\.md$/, ''));
      await mkdir(folder, { recursive: true });
      await cp(join(examples, name), join(folder, 'index.md'));
    }
    posts = await markdownFiles(join(root, 'content/blog'));
    for (const file of posts) before.set(file, await readFile(file, 'utf8'));
    legacyBefore = new Set(await legacyFindings(root));
    for (const file of posts) mtimes.set(file, (await stat(file)).mtimeMs);
    migration = await runCli(['migrate', ...posts.map((file) => relative(root, file))], root);
  }, 60_000);
  afterAll(() => remove());

  it('finds the older shape before, and none after; bodies and data as documented', async () => {
    expect(posts.length).toBeGreaterThanOrEqual(159);
    expect(legacyBefore.size).toBe(6);
    expect(migration.stderr).toBe('');
    expect(migration.status).toBe(0);
    expect(migration.stdout.match(/: migrated$/gm)).toHaveLength(legacyBefore.size);

    expect(await legacyFindings(root)).toEqual([]);
    for (const file of posts) {
      const original = parsePost(before.get(file) ?? '');
      const after = await readFile(file, 'utf8');
      const migrated = parsePost(after);
      expect(migrated.body, file).toBe(original.body);
      expect(migrated.data, file).toEqual(migrateData(original.data ?? {}));
      if (!legacyBefore.has(relative(root, file))) {
        // Left untouched: not even written again.
        expect(after, file).toBe(before.get(file));
        expect((await stat(file)).mtimeMs, file).toBe(mtimes.get(file));
      }
    }
  });

  it.skipIf(!hugoVersion())(
    'leaves what Hugo renders of every body unchanged',
    async () => {
      const originals = join(root, '..', 'originals');
      for (const [file, text] of before) {
        const copy = join(originals, relative(join(root, 'content/blog'), file));
        await mkdir(join(copy, '..'), { recursive: true });
        await writeFile(copy, text);
      }
      const markup = join(root, 'config/_default/markup.yaml');
      const old = renderWithHugo(originals, join(root, '..', 'hugo-before'), markup);
      const fresh = renderWithHugo(
        join(root, 'content/blog'),
        join(root, '..', 'hugo-after'),
        markup,
      );
      expect(old.errors).toEqual([]);
      expect(fresh.errors).toEqual([]);
      expect(fresh.rendered).toEqual(old.rendered);
      expect(old.rendered.length).toBe(posts.length);
      for (const post of old.rendered) {
        const a = await readFile(join(root, '..', 'hugo-before', `${post}.html`), 'utf8');
        const b = await readFile(join(root, '..', 'hugo-after', `${post}.html`), 'utf8');
        expect(a.length, post).toBeGreaterThan(200);
        expect(normalizeHtml(b), post).toBe(normalizeHtml(a));
      }
    },
    300_000,
  );
});

describe('recap-studio migrate, one file at a time', () => {
  it('prints the diff with --dry-run and writes nothing', async () => {
    const { root, remove } = await temporaryCopy(corpusSite);
    try {
      const file = 'content/blog/legacy/index.md';
      await mkdir(join(root, 'content/blog/legacy'), { recursive: true });
      const text = await readFile(join(examples, 'icymi-march-2019-legacy.md'), 'utf8');
      await writeFile(join(root, file), text);
      const result = await runCli(['migrate', '--dry-run', file], root);
      expect(result).toMatchObject({ status: 0, stderr: '' });
      expect(result.stdout).toContain(`--- a/${file}\n+++ b/${file}\n@@ -1,9 +1,9 @@\n`);
      expect(result.stdout).toContain("-author: 'kiersten'\n");
      expect(result.stdout).toContain("+params:\n+  author: 'kiersten'\n");
      expect(result.stdout).toContain('"featured" is removed');
      expect(await readFile(join(root, file), 'utf8')).toBe(text);
    } finally {
      await remove();
    }
  });

  it('leaves files it cannot migrate untouched and exits 1; a missing file does not stop the rest', async () => {
    const { root, remove } = await temporaryCopy(corpusSite);
    try {
      await mkdir(join(root, 'content/blog/x'), { recursive: true });
      const conflicted = '---\ntitle: T\nauthor: jason\nparams:\n  author: william\n---\nBody\n';
      const toml = '+++\ntitle = "T"\nauthor = "jason"\n+++\nBody\n';
      await writeFile(join(root, 'content/blog/x/conflict.md'), conflicted);
      await writeFile(join(root, 'content/blog/x/toml.md'), toml);
      const result = await runCli(
        [
          'migrate',
          'content/blog/x/missing.md',
          'content/blog/x/toml.md',
          'content/blog/x/conflict.md',
        ],
        root,
      );
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(
        'content/blog/x/missing.md: left untouched: it cannot be read (ENOENT).',
      );
      expect(result.stderr).toContain('content/blog/x/toml.md: left untouched:');
      expect(result.stderr).toContain(
        'content/blog/x/conflict.md: left untouched: it has keys that cannot be moved:\n' +
          '  "author" stays where it is: "params.author" is already set to something else. Settle it in the text.\n',
      );
      expect(await readFile(join(root, 'content/blog/x/toml.md'), 'utf8')).toBe(toml);
      expect(await readFile(join(root, 'content/blog/x/conflict.md'), 'utf8')).toBe(conflicted);
    } finally {
      await remove();
    }
  });

  it('refuses, through the post writer, a result with errors unless --force', async () => {
    const { root, remove } = await temporaryCopy(corpusSite);
    try {
      const file = 'content/blog/x/index.md';
      await mkdir(join(root, 'content/blog/x'), { recursive: true });
      const text = '---\ntitle: T\nauthor: nobody-here\nfeatured: true\n---\nBody\n';
      await writeFile(join(root, file), text);
      const refused = await runCli(['migrate', file], root);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain(
        `${file}: left untouched: the migrated post would have errors`,
      );
      expect(refused.stderr).toContain('schema/author-unknown');
      expect(await readFile(join(root, file), 'utf8')).toBe(text);

      const forced = await runCli(['migrate', '--force', file], root);
      expect(forced).toMatchObject({ status: 0, stderr: '' });
      expect(await readFile(join(root, file), 'utf8')).toBe(
        '---\ntitle: T\nparams:\n  author: nobody-here\n---\nBody\n',
      );
    } finally {
      await remove();
    }
  });

  it('says how to use it when no file is given', async () => {
    const result = await runCli(['migrate']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Usage: recap-studio migrate');
  });
});
