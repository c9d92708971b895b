import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FileChange } from '../../src/shared/ipc/data';
import {
  openWorkspace,
  sleep,
  TemporaryFolders,
  waitFor,
  type RecordedEvent,
  type TestWorkspace,
} from './helpers';

const recap = 'content/blog/2021/0617-may-community-meeting-recap-part-1/index.md';
const temporary = new TemporaryFolders();
let site = '';
let workspace: TestWorkspace;
let events: RecordedEvent[];

beforeEach(async () => {
  const copy = await temporary.corpusCopy();
  site = copy.site;
  ({ workspace, events } = await openWorkspace(site, { dataDir: copy.dataDir }));
  await workspace.whenIndexed();
  await workspace.whenWatching();
  events.length = 0;
});

afterEach(async () => {
  await workspace.dispose();
  await temporary.cleanUp();
});

/** Every change reported so far, in order. */
function reported(): FileChange[] {
  return events.flatMap((event) =>
    event.name === 'files.changed' ? (event.payload as { changes: FileChange[] }).changes : [],
  );
}

/** Waits (at most a second, as promised) until `expected` were all reported and the index changed. */
async function expectReported(expected: FileChange[]): Promise<number> {
  const started = Date.now();
  await waitFor(
    () =>
      expected.every((change) =>
        reported().some((seen) => seen.kind === change.kind && seen.path === change.path),
      ) && events.some((event) => event.name === 'index.changed'),
    1000,
    `${JSON.stringify(expected)} to be reported`,
  );
  return Date.now() - started;
}

async function listedPaths(): Promise<string[]> {
  return (await workspace['posts.list']({})).map((post) => post.path);
}

describe('watching the folder', () => {
  it('picks up a post changed by another program', async () => {
    const text = await readFile(join(site, recap), 'utf8');
    await writeFile(
      join(site, recap),
      text.replace('title: Linkerd at KubeCon EU', 'title: Edited elsewhere'),
    );
    await expectReported([{ kind: 'changed', path: recap }]);
    const post = (await workspace['posts.list']({})).find((p) => p.path === recap);
    expect(post?.title).toBe('Edited elsewhere');
  });

  it('picks up a new post', async () => {
    const path = 'content/blog/2026/1231-from-git/index.md';
    await mkdir(dirname(join(site, path)), { recursive: true });
    await writeFile(
      join(site, path),
      '---\ntitle: From git\ndate: 2030-01-01T00:00:00Z\n---\nHi\n',
    );
    await expectReported([{ kind: 'added', path }]);
    expect((await listedPaths())[0]).toBe(path);
  });

  it('picks up a deleted post', async () => {
    await rm(join(site, recap));
    await expectReported([{ kind: 'removed', path: recap }]);
    expect(await listedPaths()).not.toContain(recap);
  });

  it('picks up a deleted bundle folder', async () => {
    await rm(dirname(join(site, recap)), { recursive: true });
    await expectReported([{ kind: 'removed', path: recap }]);
    expect(await listedPaths()).not.toContain(recap);
  });

  it('picks up a renamed post file', async () => {
    const from = 'content/blog/notes.md';
    const to = 'content/blog/renamed-notes.md';
    await writeFile(join(site, from), '---\ntitle: Notes\n---\n');
    await expectReported([{ kind: 'added', path: from }]);
    events.length = 0;
    await rename(join(site, from), join(site, to));
    await expectReported([
      { kind: 'removed', path: from },
      { kind: 'added', path: to },
    ]);
    const paths = await listedPaths();
    expect(paths).toContain(to);
    expect(paths).not.toContain(from);
  });

  it('picks up a renamed bundle folder', async () => {
    const to = 'content/blog/2021/0617-kubecon-eu-recap/index.md';
    await rename(dirname(join(site, recap)), dirname(join(site, to)));
    await expectReported([
      { kind: 'removed', path: recap },
      { kind: 'added', path: to },
    ]);
    const paths = await listedPaths();
    expect(paths).toContain(to);
    expect(paths).not.toContain(recap);
  });

  it('updates a post’s counts when an image it uses appears', async () => {
    const path = 'content/blog/2021/0617-figure/index.md';
    await mkdir(dirname(join(site, path)));
    await writeFile(join(site, path), '---\ntitle: Figure\n---\n\n![A diagram](diagram.png)\n');
    await expectReported([{ kind: 'added', path }]);
    const before = (await workspace['posts.list']({})).find((post) => post.path === path);
    expect(before?.warnings).toBeGreaterThan(0);
    events.length = 0;
    await writeFile(join(dirname(join(site, path)), 'diagram.png'), 'png');
    await expectReported([{ kind: 'added', path: 'content/blog/2021/0617-figure/diagram.png' }]);
    const after = (await workspace['posts.list']({})).find((post) => post.path === path);
    expect(after?.warnings).toBe((before?.warnings ?? 0) - 1);
  });

  it('does not report our own saves, new posts or images', async () => {
    const { text, version } = await workspace['posts.read']({ path: recap });
    const saved = await workspace['posts.save']({
      path: recap,
      text: `${text}\nOne more line.\n`,
      baseVersion: version,
    });
    expect(saved.status).toBe('saved');
    await workspace['posts.create']({ title: 'Made here', author: 'jason' });
    await workspace['assets.add']({
      post: recap,
      name: 'photo.png',
      data: Buffer.from('png').toString('base64'),
    });
    await sleep(600);
    expect(reported()).toEqual([]);
    // A change right after our save is someone else's, and is reported.
    await writeFile(join(site, recap), `${text}\nTheirs.\n`);
    await expectReported([{ kind: 'changed', path: recap }]);
  });

  it('ignores our temporary files, hidden folders and touches that change nothing', async () => {
    await writeFile(join(site, 'content/blog/.recap-studio-index.md.abc123.tmp'), 'partial');
    await mkdir(join(site, 'content/.git'), { recursive: true });
    await writeFile(join(site, 'content/.git/notes.md'), '# not a post');
    await mkdir(join(site, 'content/node_modules/x'), { recursive: true });
    await writeFile(join(site, 'content/node_modules/x/README.md'), '# not a post');
    await writeFile(join(site, recap), await readFile(join(site, recap)));
    await sleep(600);
    expect(events).toEqual([]);
  });
});
