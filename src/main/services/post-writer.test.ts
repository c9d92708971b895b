import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ServiceError, type ErrorCode } from '../../shared/ipc/result';
import { PostEditError } from '../../shared/post';
import { PostWriter, type WriteRequest } from './post-writer';
import { openSite, type Site } from './site';
import { KeyedLock } from './workspace/keyed-lock';
import { contentVersion } from './workspace/version';

const good = '---\ntitle: Good\n---\n\nBody.\n';
const untitled = '---\ndescription: No title\n---\n\nBody.\n';

let root: string;
let file: string;
let site: Site;
const writer = new PostWriter(new KeyedLock());

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'recap-writer-'));
  await mkdir(join(root, 'posts'));
  file = join(root, 'posts', 'a.md');
  await writeFile(file, good);
  site = await openSite(root);
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function request(overrides: Partial<WriteRequest>): WriteRequest {
  return {
    site,
    file,
    shown: 'posts/a.md',
    base: { version: contentVersion(new TextEncoder().encode(good)) },
    change: { text: '---\ntitle: New\n---\n\nBody.\n' },
    ...overrides,
  };
}

async function failure(promise: Promise<unknown>, code: ErrorCode): Promise<void> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ServiceError);
  expect((error as ServiceError).code).toBe(code);
}

describe('PostWriter', () => {
  it('tells the watcher the version before it writes, then writes atomically', async () => {
    const expected: string[] = [];
    const outcome = await writer.write(
      request({
        expectWrite: (path, version) => {
          expected.push(version);
          expect(path).toBe(file);
        },
      }),
    );
    const written = await readFile(file);
    expect(outcome).toMatchObject({ status: 'written', version: contentVersion(written) });
    expect(expected).toEqual([contentVersion(written)]);
  });

  it('refuses a result with errors and touches nothing; the override writes it', async () => {
    const refused = await writer.write(request({ change: { text: untitled } }));
    expect(refused.status).toBe('refused');
    expect(refused.diagnostics.map((d) => d.rule)).toContain('schema/title-missing');
    expect(await readFile(file, 'utf8')).toBe(good);

    const forced = await writer.write(request({ change: { text: untitled }, allowErrors: true }));
    expect(forced.status).toBe('written');
    expect(await readFile(file, 'utf8')).toBe(untitled);
  });

  it('applies a field edit to the text on disk, changing only that field', async () => {
    const outcome = await writer.write(
      request({ base: 'as-on-disk', change: { edit: (doc) => doc.set('title', 'Edited') } }),
    );
    expect(outcome.status).toBe('written');
    expect(await readFile(file, 'utf8')).toBe('---\ntitle: Edited\n---\n\nBody.\n');
  });

  it('writes nothing when the result equals the file', async () => {
    let told = false;
    const outcome = await writer.write(
      request({ change: { text: good }, expectWrite: () => (told = true) }),
    );
    expect(outcome.status).toBe('unchanged');
    expect(told).toBe(false);
  });

  it('checks the version the caller read', async () => {
    await failure(writer.write(request({ base: { version: 'stale' } })), 'modified-since');
    expect(await readFile(file, 'utf8')).toBe(good);
    await rm(file);
    await failure(writer.write(request({})), 'deleted-on-disk');
    await failure(writer.write(request({ base: 'as-on-disk' })), 'not-found');
    // Overwrite writes a deleted post back into its folder, but never recreates the folder.
    expect((await writer.write(request({ base: 'overwrite' }))).status).toBe('written');
    await rm(join(root, 'posts'), { recursive: true });
    await failure(writer.write(request({ base: 'overwrite' })), 'deleted-on-disk');
  });

  it('turns an edit the post model refuses into read-only', async () => {
    const edit = (): never => {
      throw new PostEditError('TOML front matter is edited in the text only.');
    };
    await failure(writer.write(request({ base: 'as-on-disk', change: { edit } })), 'read-only');
    expect(await readFile(file, 'utf8')).toBe(good);
  });
});
