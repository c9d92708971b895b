import { mkdir, readFile, stat, writeFile, chmod } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { corpusSite, runCli, temporaryCopy, temporaryFolder } from './run-cli';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const recap = 'content/blog/2021/0617-may-community-meeting-recap-part-1/index.md';

async function corpusCopy(): Promise<string> {
  const copy = await temporaryCopy(corpusSite);
  cleanups.push(copy.remove);
  return copy.root;
}

/** Lines of `after` that are not at the same place in `before`, and the reverse. */
function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  return { removed: a.slice(start, endA), added: b.slice(start, endB) };
}

describe('recap-studio set', () => {
  it('changes only the lines of the fields it sets', async () => {
    const root = await corpusCopy();
    const file = join(root, recap);
    const before = await readFile(file, 'utf8');
    const result = await runCli(['set', '--set', 'title=Linkerd at KubeCon EU 2021', file], root);
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(result.stdout).toContain('index.md: updated');
    const after = await readFile(file, 'utf8');
    expect(changedLines(before, after)).toEqual({
      removed: ['title: Linkerd at KubeCon EU'],
      added: ['title: Linkerd at KubeCon EU 2021'],
    });
  });

  it('applies several edits in order, to many files in one process', async () => {
    const root = await corpusCopy();
    const files = [recap, 'content/blog/2021/0119-linkerd-hero-nomination/index.md'].map((f) =>
      join(root, f),
    );
    const result = await runCli(
      ['set', '--set', 'params.author=flynn', '--set', 'keywords=[linkerd, recap]', ...files],
      root,
    );
    expect(result.status).toBe(0);
    for (const file of files) {
      const text = await readFile(file, 'utf8');
      expect(text).toMatch(/^ {2}author: flynn$/m);
      expect(text).toMatch(/^keywords: \[linkerd, recap\]$/m);
    }
  });

  it('unsets a field, removing only its lines', async () => {
    const root = await corpusCopy();
    const file = join(root, recap);
    const before = await readFile(file, 'utf8');
    expect((await runCli(['set', '--unset', 'keywords', file], root)).status).toBe(0);
    expect(changedLines(before, await readFile(file, 'utf8'))).toEqual({
      removed: ['keywords: [community]'],
      added: [],
    });
  });

  it('leaves a file untouched when the result would have errors, unless forced', async () => {
    const root = await corpusCopy();
    const file = join(root, recap);
    const before = await readFile(file);
    const refused = await runCli(['set', '--set', 'params.author=nobody-known', file], root);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('left untouched: the result would have errors');
    expect(refused.stderr).toContain('schema/author-unknown');
    expect(await readFile(file)).toEqual(before);

    const forced = await runCli(
      ['set', '--force', '--set', 'params.author=nobody-known', file],
      root,
    );
    expect(forced.status).toBe(0);
    expect(await readFile(file, 'utf8')).toContain('author: nobody-known');
  });

  it('leaves a file with unreadable front matter untouched and goes on with the others', async () => {
    const folder = await temporaryFolder();
    cleanups.push(folder.remove);
    await mkdir(join(folder.root, 'posts'), { recursive: true });
    const broken = join(folder.root, 'posts', 'broken.md');
    const good = join(folder.root, 'posts', 'good.md');
    await writeFile(broken, '---\ntitle: [unclosed\n---\nBody\n');
    await writeFile(good, '---\ntitle: Good\n---\nBody\n');
    const result = await runCli(['set', '--set', 'description=New', broken, good], folder.root);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /posts\/broken\.md: left untouched: its front matter cannot be edited/,
    );
    expect(await readFile(broken, 'utf8')).toBe('---\ntitle: [unclosed\n---\nBody\n');
    expect(await readFile(good, 'utf8')).toBe('---\ntitle: Good\ndescription: New\n---\nBody\n');
  });

  it('refuses form edits of TOML front matter and says why', async () => {
    const folder = await temporaryFolder();
    cleanups.push(folder.remove);
    const file = join(folder.root, 'post.md');
    await writeFile(file, '+++\ntitle = "T"\n+++\nBody\n');
    const result = await runCli(['set', '--set', 'title=New', file], folder.root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('TOML');
    expect(await readFile(file, 'utf8')).toBe('+++\ntitle = "T"\n+++\nBody\n');
  });

  it('keeps the file mode and CRLF line endings', async () => {
    const folder = await temporaryFolder();
    cleanups.push(folder.remove);
    const file = join(folder.root, 'post.md');
    await writeFile(file, '---\r\ntitle: Old\r\ndescription: d\r\n---\r\nBody\r\n');
    await chmod(file, 0o640);
    expect((await runCli(['set', '--set', 'title=New', file], folder.root)).status).toBe(0);
    expect(await readFile(file, 'utf8')).toBe(
      '---\r\ntitle: New\r\ndescription: d\r\n---\r\nBody\r\n',
    );
    expect((await stat(file)).mode & 0o777).toBe(0o640);
  });

  it('exits 2 on a bad command line and touches nothing', async () => {
    expect((await runCli(['set', 'file.md'])).status).toBe(2);
    expect((await runCli(['set', '--set', 'novalue', 'file.md'])).status).toBe(2);
    expect((await runCli(['set', '--set', 'title=x'])).status).toBe(2);
    expect((await runCli(['set', '--set', 'title=[unclosed', 'file.md'])).status).toBe(2);
  });

  it('reports a missing file and exits 1', async () => {
    const result = await runCli(['set', '--set', 'title=x', '/nonexistent/post.md']);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('left untouched: it cannot be read (ENOENT)');
  });
});
