import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ServiceError } from '../../src/shared/ipc/result';
import { runCli } from '../cli/run-cli';
import { startServices, type TestWorkspace } from '../workspace/helpers';

// The post writer's one refusal rule, through every path that writes a post:
// a write never leaves a post with errors, whether the change adds them or
// the post had them already, unless the caller passes the explicit override
// (only the CLI's --force does). A refused write leaves the file as it was.

const clean = 'content/blog/2024/0101-clean/index.md';
const broken = 'content/blog/2024/0102-broken/index.md';
const post = (title: string, author: string): string =>
  `---\ntitle: ${title}\ndate: 2024-01-01T10:00:00Z\nparams:\n  author: ${author}\n---\n\nBody.\n`;

let root: string;
let workspace: TestWorkspace;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'recap-refusal-'));
  const files: Record<string, string> = {
    'site/hugo.yaml': 'title: Site\n',
    'site/data/authors.yaml': 'flynn:\n  name: Flynn\n',
    [`site/${clean}`]: post('Clean', 'flynn'),
    [`site/${broken}`]: post('Broken', 'nobody-known'),
    [`site/${dirname(clean)}/cover.jpg`]: 'jpeg',
    [`site/${dirname(broken)}/cover.jpg`]: 'jpeg',
  };
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  workspace = await startServices({ dataDir: join(root, 'data') });
  await workspace['workspace.open']({ path: join(root, 'site') });
});

afterEach(async () => {
  await workspace.dispose();
  await rm(root, { recursive: true, force: true });
});

const onDisk = (path: string): Promise<string> => readFile(join(root, 'site', path), 'utf8');

async function refusal(promise: Promise<unknown>): Promise<ServiceError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ServiceError);
  return error as ServiceError;
}

describe('posts.save', () => {
  it('refuses text that adds an error, and writes nothing', async () => {
    const { version } = await workspace['posts.read']({ path: clean });
    const outcome = await workspace['posts.save']({
      path: clean,
      text: post('Clean', 'nobody-known'),
      baseVersion: version,
    });
    expect(outcome).toMatchObject({ status: 'refused' });
    expect(outcome.diagnostics.map((d) => d.rule)).toContain('schema/author-unknown');
    expect(await onDisk(clean)).toBe(post('Clean', 'flynn'));
  });

  it('refuses a post that already has errors, even when the edit adds none', async () => {
    const { text, version } = await workspace['posts.read']({ path: broken });
    const outcome = await workspace['posts.save']({
      path: broken,
      text: text.replace('Body.', 'Body, edited.'),
      baseVersion: version,
    });
    expect(outcome.status).toBe('refused');
    expect(await onDisk(broken)).toBe(post('Broken', 'nobody-known'));
  });

  it('writes a post without errors', async () => {
    const { version } = await workspace['posts.read']({ path: clean });
    const outcome = await workspace['posts.save']({
      path: clean,
      text: post('Renamed', 'flynn'),
      baseVersion: version,
    });
    expect(outcome.status).toBe('saved');
    expect(await onDisk(clean)).toBe(post('Renamed', 'flynn'));
  });
});

describe('assets.setCover', () => {
  it('refuses a post that already has errors, and writes nothing', async () => {
    const { version } = await workspace['posts.read']({ path: broken });
    const error = await refusal(
      workspace['assets.setCover']({ post: broken, name: 'cover.jpg', baseVersion: version }),
    );
    expect(error.code).toBe('invalid');
    expect(error.message).toMatch(
      /^The cover was not set, because the post would have an error: The author "nobody-known" /,
    );
    expect(await onDisk(broken)).toBe(post('Broken', 'nobody-known'));
  });

  it('sets the cover of a post without errors', async () => {
    const { version } = await workspace['posts.read']({ path: clean });
    await workspace['assets.setCover']({ post: clean, name: 'cover.jpg', baseVersion: version });
    expect(await onDisk(clean)).toContain('  cover: cover.jpg\n');
  });
});

describe('recap-studio set', () => {
  const set = (args: string[]): ReturnType<typeof runCli> =>
    runCli(['set', ...args], join(root, 'site'));

  it('refuses an edit that adds an error, unless --force', async () => {
    const refused = await set(['--set', 'params.author=nobody-known', clean]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('left untouched: the result would have errors');
    expect(await onDisk(clean)).toBe(post('Clean', 'flynn'));

    expect((await set(['--force', '--set', 'params.author=nobody-known', clean])).status).toBe(0);
    expect(await onDisk(clean)).toBe(post('Clean', 'nobody-known'));
  });

  it('refuses a post that already has errors, even when the edit adds none, unless --force', async () => {
    const refused = await set(['--set', 'title=Renamed', broken]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('schema/author-unknown');
    expect(await onDisk(broken)).toBe(post('Broken', 'nobody-known'));

    expect((await set(['--force', '--set', 'title=Renamed', broken])).status).toBe(0);
    expect(await onDisk(broken)).toBe(post('Renamed', 'nobody-known'));
  });
});
