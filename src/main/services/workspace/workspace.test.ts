import { createHash } from 'node:crypto';
import { chmod, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WorkspaceInfo } from '../../../shared/ipc/data';
import { ServiceError, type ErrorCode } from '../../../shared/ipc/result';
import { parsePost } from '../../../shared/post';
import { Settings } from '../settings';
import {
  openWorkspace,
  TemporaryFolders,
  type RecordedEvent,
  type TestWorkspace,
} from '../../../../test/workspace/helpers';

const recap = 'content/blog/2021/0617-may-community-meeting-recap-part-1/index.md';
const temporary = new TemporaryFolders();
let site = '';
let dataDir = '';
let workspace: TestWorkspace;
let events: RecordedEvent[];

beforeEach(async () => {
  ({ site, dataDir } = await temporary.corpusCopy());
  ({ workspace, events } = await openWorkspace(join(site, 'content', 'blog'), { dataDir }));
  await workspace.whenIndexed();
  events.length = 0;
});

afterEach(async () => {
  await workspace.dispose();
  await temporary.cleanUp();
});

async function failure(promise: Promise<unknown>, code: ErrorCode): Promise<string> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ServiceError);
  expect((error as ServiceError).code).toBe(code);
  return (error as ServiceError).message;
}

function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const onDisk = (path: string): Promise<Buffer> => readFile(join(site, path));

describe('opening a folder', () => {
  it('opens the site around a folder inside it and describes it', async () => {
    expect(await workspace['workspace.current']({})).toEqual({
      root: site,
      name: 'linkerd.io',
      kind: 'hugo',
      contentDir: 'content',
      sections: ['blog'],
      authors: expect.arrayContaining(['jason', 'william', 'flynn']) as unknown,
      // data/authors.yaml's names and avatars, for the form's author picker.
      authorProfiles: expect.arrayContaining([
        // The fixture has no assets/ folder: no avatar file to show.
        { key: 'alex', name: 'Alex Leong', avatar: 'authors/alex-leong.jpg', avatarFile: null },
        { key: 'carol', name: 'Carol Scott', avatar: null, avatarFile: null },
      ]) as unknown,
      // config/_default/permalinks.yaml, for the URL the form shows beside the slug.
      permalinks: { page: { blog: '/:year/:month/:day/:slug/' } },
      // For the absolute address of a post (the publish check's VideoObject contentUrl).
      baseURL: 'https://linkerd.io/',
      shortcodes: [],
      capabilities: { trash: false },
      // The site's config/_default/markup.yaml, for the preview.
      markup: {
        highlight: { style: 'github-dark' },
        goldmark: {
          renderer: { unsafe: true },
          parser: { attribute: { block: true }, wrapStandAloneImageWithinParagraph: false },
        },
      },
      // config/_default/params.yaml, for the preview's param shortcode.
      params: expect.objectContaining({ latestMajorVersion: '2.20' }) as unknown,
      // Every page's URL by the permalinks, for the preview's ref and relref.
      refs: {
        baseURL: 'https://linkerd.io/',
        pages: expect.arrayContaining([
          {
            path: 'blog/2019/0202-debugging-ruby-services-in-kubernetes-with-linkerd/index.md',
            url: '/2019/02/02/debugging-ruby-services-in-kubernetes-with-linkerd/',
          },
          { path: 'blog/_index.md', url: '/blog/' },
        ]) as unknown,
      },
    });
  });

  it('opens a folder of Markdown without Hugo config in plain mode', async () => {
    const folder = await temporary.make();
    await mkdir(join(folder, 'notes'));
    await writeFile(join(folder, 'notes', 'idea.md'), '---\ntitle: An idea\n---\nText\n');
    const info = await workspace['workspace.open']({ path: folder });
    expect(info).toMatchObject({ root: folder, kind: 'plain', contentDir: '.', authors: null });
    expect((await workspace['posts.list']({})).map((post) => post.path)).toEqual(['notes/idea.md']);
  });

  it('remembers the folder in the settings and says when the trash is available', async () => {
    const settings = new Settings(dataDir);
    const opened = await openWorkspace(site, { dataDir, settings, trash: async () => undefined });
    expect(settings.lastFolder).toBe(site);
    expect((await opened.workspace['workspace.current']({}))?.capabilities.trash).toBe(true);
    await opened.workspace.dispose();
  });

  it('says so when the folder does not exist or nothing is open', async () => {
    expect(
      await failure(workspace['workspace.open']({ path: join(site, 'nope') }), 'not-found'),
    ).toMatch(/There is no file or folder/);
    await workspace.dispose();
    expect(await failure(workspace['posts.list']({}), 'no-folder')).toBe(
      'No folder is open. Open a site folder first.',
    );
    expect(await workspace['workspace.current']({})).toBeNull();
  });

  it('replaces the previous folder, whose changes are no longer reported', async () => {
    await workspace.whenWatching();
    const other = await temporary.make();
    await writeFile(join(other, 'only.md'), '# Only\n');
    await workspace['workspace.open']({ path: other });
    await workspace.whenWatching();
    await workspace.whenIndexed();
    events.length = 0;
    await writeFile(join(site, recap), 'changed in the old folder\n');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(events).toEqual([]);
    expect((await workspace['posts.list']({})).map((post) => post.path)).toEqual(['only.md']);
  });
});

describe('reading a post', () => {
  it('returns the exact text, a content hash and every diagnostic', async () => {
    const bytes = await onDisk(recap);
    const content = await workspace['posts.read']({ path: recap });
    expect(content.path).toBe(recap);
    expect(content.text).toBe(bytes.toString('utf8'));
    expect(content.version).toBe(sha256(bytes));
    expect(content.readOnlyReason).toBeNull();
    const validated = await workspace['posts.validate']({ path: recap, text: content.text });
    expect(content.diagnostics).toEqual(validated);
  });

  it('includes markdownlint findings, and the list counts them too', async () => {
    const text = (await onDisk(recap)).toString('utf8') + '\n\n\nTrailing  \n';
    const diagnostics = await workspace['posts.validate']({ path: recap, text });
    expect(diagnostics.some((d) => d.rule.startsWith('markdownlint/'))).toBe(true);
    // Every listed post's badges agree with what opening it shows.
    await workspace.whenIndexed();
    for (const summary of await workspace['posts.list']({})) {
      const content = await workspace['posts.read']({ path: summary.path }).catch(() => null);
      if (!content) continue;
      const count = (severity: string) =>
        content.diagnostics.filter((d) => d.severity === severity).length;
      expect([summary.path, summary.errors, summary.warnings]).toEqual([
        summary.path,
        count('error'),
        count('warning'),
      ]);
    }
  });

  it('refuses a file that is not UTF-8 with a clear message and leaves it alone', async () => {
    const path = 'content/blog/latin1.md';
    const bytes = Buffer.from('---\ntitle: Caf\xe9\n---\n', 'latin1');
    await writeFile(join(site, path), bytes);
    const message = await failure(workspace['posts.read']({ path }), 'invalid');
    expect(message).toMatch(/not valid UTF-8/);
    expect(message).toMatch(/leaves the file as it is/);
    expect(await onDisk(path)).toEqual(bytes);
  });

  it('says which posts cannot be edited in the form', async () => {
    const path = 'content/blog/toml.md';
    await writeFile(join(site, path), '+++\ntitle = "TOML"\n+++\nBody\n');
    expect((await workspace['posts.read']({ path })).readOnlyReason).toMatch(/TOML/);
  });

  it('says not-found for a post that does not exist', async () => {
    await failure(workspace['posts.read']({ path: 'content/blog/none/index.md' }), 'not-found');
  });
});

describe('saving a post', () => {
  it('writes atomically, keeps mode and line endings, and returns the new version', async () => {
    const path = 'content/blog/crlf.md';
    await writeFile(join(site, path), '---\r\ntitle: CRLF\r\n---\r\nOld\r\n');
    await chmod(join(site, path), 0o600);
    const { version } = await workspace['posts.read']({ path });
    const text = '---\r\ntitle: CRLF\r\n---\r\nNew ✓\r\n';
    const outcome = await workspace['posts.save']({ path, text, baseVersion: version });
    expect(outcome).toMatchObject({ status: 'saved', version: sha256(text) });
    expect((await onDisk(path)).toString('utf8')).toBe(text);
    expect((await stat(join(site, path))).mode & 0o777).toBe(0o600);
    expect((await readdir(join(site, 'content', 'blog'))).filter((n) => n.startsWith('.'))).toEqual(
      [],
    );
  });

  it('refuses a save based on a version that is no longer on disk, leaving the file as it is', async () => {
    const { text, version } = await workspace['posts.read']({ path: recap });
    const external = Buffer.from(text.replace('Linkerd at KubeCon EU', 'Changed elsewhere'));
    await writeFile(join(site, recap), external);
    const message = await failure(
      workspace['posts.save']({ path: recap, text: `${text}\nMine\n`, baseVersion: version }),
      'modified-since',
    );
    expect(message).toMatch(/changed by another program/);
    expect(await onDisk(recap)).toEqual(external);
  });

  it('overwrites a changed file when the user chose to (no base version)', async () => {
    const { text } = await workspace['posts.read']({ path: recap });
    await writeFile(join(site, recap), 'changed elsewhere\n');
    const mine = `${text}\nMine\n`;
    const outcome = await workspace['posts.save']({ path: recap, text: mine, baseVersion: null });
    expect(outcome.status).toBe('saved');
    expect((await onDisk(recap)).toString('utf8')).toBe(mine);
  });

  it('refuses text with errors and writes nothing', async () => {
    const before = await onDisk(recap);
    const { text, version } = await workspace['posts.read']({ path: recap });
    const broken = text.replace('title: Linkerd at KubeCon EU', 'title: [unclosed');
    const outcome = await workspace['posts.save']({
      path: recap,
      text: broken,
      baseVersion: version,
    });
    expect(outcome.status).toBe('refused');
    expect(outcome.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    expect(await onDisk(recap)).toEqual(before);
    expect(await readdir(dirname(join(site, recap)))).toEqual(['cover.jpg', 'index.md']);
  });

  it('does not silently recreate a post deleted on disk', async () => {
    const { text, version } = await workspace['posts.read']({ path: recap });
    await rm(join(site, recap));
    const message = await failure(
      workspace['posts.save']({ path: recap, text, baseVersion: version }),
      'deleted-on-disk',
    );
    expect(message).toMatch(/was deleted by another program/);
    await expect(stat(join(site, recap))).rejects.toThrow();
    // Saving anyway (no base version) writes it back into its folder.
    const outcome = await workspace['posts.save']({ path: recap, text, baseVersion: null });
    expect(outcome.status).toBe('saved');
    expect((await onDisk(recap)).toString('utf8')).toBe(text);
  });

  it('never brings back a deleted bundle folder', async () => {
    const { text } = await workspace['posts.read']({ path: recap });
    await rm(dirname(join(site, recap)), { recursive: true });
    expect(
      await failure(
        workspace['posts.save']({ path: recap, text, baseVersion: null }),
        'deleted-on-disk',
      ),
    ).toMatch(/folder/);
    await expect(stat(dirname(join(site, recap)))).rejects.toThrow();
  });

  it("updates the list and clears the post's backup", async () => {
    const { text, version } = await workspace['posts.read']({ path: recap });
    await workspace['backups.store']({ path: recap, text: 'unsaved' });
    events.length = 0;
    const renamed = text.replace('title: Linkerd at KubeCon EU', 'title: Renamed recap');
    await workspace['posts.save']({ path: recap, text: renamed, baseVersion: version });
    expect(events).toEqual([{ name: 'index.changed', payload: {} }]);
    const listed = (await workspace['posts.list']({})).find((post) => post.path === recap);
    expect(listed?.title).toBe('Renamed recap');
    expect(await workspace['backups.list']({})).toEqual([]);
  });

  it('validates unsaved text without writing it', async () => {
    const before = await onDisk(recap);
    const diagnostics = await workspace['posts.validate']({
      path: recap,
      text: '---\ntitle: [\n---\n',
    });
    expect(diagnostics.some((d) => d.severity === 'error')).toBe(true);
    expect(await onDisk(recap)).toEqual(before);
  });
});

describe('new posts', () => {
  it("creates a bundle for today in the site's shape, with the default author", async () => {
    const settings = new Settings(dataDir);
    await settings.update({ defaultAuthor: 'flynn' });
    const opened = await openWorkspace(site, {
      dataDir,
      settings,
      now: () => new Date(2026, 6, 4, 15, 30),
    });
    const created = await opened.workspace['posts.create']({ title: 'Linkerd at KubeCon: Day 1' });
    const path = 'content/blog/2026/0704-linkerd-at-kubecon-day-1/index.md';
    expect(created.path).toBe(path);
    // The fields of the newest posts, in their order; the writer fills in the empty ones.
    expect(created.text).toBe(
      "---\ndate: 2026-07-04T00:00:00Z\nslug: linkerd-at-kubecon-day-1\ntitle: 'Linkerd at KubeCon: Day 1'\ndescription: ''\nkeywords: []\nparams:\n  author: flynn\n---\n",
    );
    expect(created.version).toBe(sha256(created.text));
    expect(created.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect((await onDisk(path)).toString('utf8')).toBe(created.text);
    expect((await opened.workspace['posts.list']({}))[0]?.path).toBe(path);

    const withAuthor = await opened.workspace['posts.create']({ title: 'Second', author: 'jason' });
    expect(parsePost(withAuthor.text).get(['params', 'author'])).toBe('jason');
    await opened.workspace.dispose();
  });

  it('refuses to overwrite an existing bundle', async () => {
    const opened = await openWorkspace(site, { dataDir, now: () => new Date(2021, 5, 17) });
    const existing = join(site, 'content/blog/2021/0617-may-community-meeting-recap-part-1');
    await mkdir(join(site, 'content/blog/2021/0617-taken'));
    await writeFile(join(site, 'content/blog/2021/0617-taken/notes.txt'), 'mine');
    expect(await failure(opened.workspace['posts.create']({ title: 'Taken' }), 'exists')).toMatch(
      /already exists/,
    );
    expect(await readdir(join(site, 'content/blog/2021/0617-taken'))).toEqual(['notes.txt']);
    expect(await readdir(existing)).toEqual(['cover.jpg', 'index.md']);
    await opened.workspace.dispose();
  });
});

describe('shortcode uses', () => {
  it('counts the calls over every post, most used first, and follows saves', async () => {
    const uses = await workspace['posts.shortcodeUses']({});
    expect(Object.entries(uses).slice(0, 2)).toEqual([
      ['youtube', 41],
      ['x', 21],
    ]);
    const { text, version } = await workspace['posts.read']({ path: recap });
    const embedded = text.match(/\{\{< youtube/g)?.length ?? 0;
    expect(embedded).toBeGreaterThan(0);
    const without = text
      .replace(/\{\{< youtube[^}]*>\}\}/g, '')
      .concat('\n{{< note >}}n{{< /note >}}\n');
    await workspace['posts.save']({ path: recap, text: without, baseVersion: version });
    const after = await workspace['posts.shortcodeUses']({});
    expect(after['youtube']).toBe(41 - embedded);
    expect(after['note']).toBe((uses['note'] ?? 0) + 1);
  });
});

describe('assets', () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

  it('adds a copy of the bytes under a safe name, and lists it', async () => {
    const asset = await workspace['assets.add']({
      post: recap,
      name: '../../My Diagram (final).PNG',
      data: png.toString('base64'),
    });
    expect(asset).toEqual({ name: 'My-Diagram-final.PNG', size: png.length, isImage: true });
    expect(await readFile(join(dirname(join(site, recap)), 'My-Diagram-final.PNG'))).toEqual(png);
    expect(await workspace['assets.list']({ post: recap })).toEqual([
      { name: 'My-Diagram-final.PNG', size: png.length, isImage: true },
      {
        name: 'cover.jpg',
        size: (await stat(join(dirname(join(site, recap)), 'cover.jpg'))).size,
        isImage: true,
      },
    ]);
  });

  it('refuses to overwrite unless asked', async () => {
    const cover = join(dirname(join(site, recap)), 'cover.jpg');
    const before = await readFile(cover);
    expect(
      await failure(
        workspace['assets.add']({ post: recap, name: 'cover.jpg', data: png.toString('base64') }),
        'exists',
      ),
    ).toMatch(/already a file named cover.jpg/);
    expect(await readFile(cover)).toEqual(before);
    await workspace['assets.add']({
      post: recap,
      name: 'cover.jpg',
      data: png.toString('base64'),
      overwrite: true,
    });
    expect(await readFile(cover)).toEqual(png);
  });

  it('adds images only to page bundles, and never Markdown', async () => {
    const single = 'content/blog/single.md';
    await writeFile(join(site, single), '---\ntitle: Single\n---\n');
    await failure(
      workspace['assets.add']({ post: single, name: 'a.png', data: png.toString('base64') }),
      'unsupported',
    );
    expect(await workspace['assets.list']({ post: single })).toEqual([]);
    await failure(
      workspace['assets.add']({ post: recap, name: 'index.md', data: 'IyBY' }),
      'invalid',
    );
    await failure(
      workspace['assets.add']({ post: recap, name: 'x.png', data: 'not base64!' }),
      'invalid',
    );
  });

  it('sets the cover as a one-line edit, only over the version read', async () => {
    const { text, version } = await workspace['posts.read']({ path: recap });
    await failure(
      workspace['assets.setCover']({ post: recap, name: 'missing.png', baseVersion: version }),
      'not-found',
    );
    await failure(
      workspace['assets.setCover']({ post: recap, name: 'cover.jpg', baseVersion: sha256('old') }),
      'modified-since',
    );
    const updated = await workspace['assets.setCover']({
      post: recap,
      name: 'cover.jpg',
      baseVersion: version,
    });
    expect(updated.version).toBe(sha256(updated.text));
    expect((await onDisk(recap)).toString('utf8')).toBe(updated.text);
    expect(parsePost(updated.text).get(['params', 'cover'])).toBe('cover.jpg');
    const before = text.split('\n');
    const after = updated.text.split('\n');
    expect(after).toHaveLength(before.length + 1);
    expect(after.filter((line) => !before.includes(line))).toEqual(['  cover: cover.jpg']);
  });
});

describe('moving posts to the trash', () => {
  it('is refused with a clear message where there is no trash', async () => {
    expect(await failure(workspace['posts.trash']({ path: recap }), 'unsupported')).toBe(
      'Deleting posts is not available in the browser version; delete the folder in your file manager.',
    );
    expect((await stat(join(site, recap))).isFile()).toBe(true);
  });

  it('moves the whole bundle to the trash and forgets it', async () => {
    const trashed: string[] = [];
    const bin = await temporary.make();
    const opened = await openWorkspace(site, {
      dataDir,
      trash: async (path) => {
        trashed.push(path);
        await rename(path, join(bin, 'moved'));
      },
    });
    await opened.workspace.whenWatching();
    await opened.workspace.whenIndexed();
    opened.events.length = 0;
    expect(await opened.workspace['posts.trash']({ path: recap })).toBeNull();
    expect(trashed).toEqual([dirname(join(site, recap))]);
    expect(await readdir(join(bin, 'moved'))).toEqual(['cover.jpg', 'index.md']);
    const listed = await opened.workspace['posts.list']({});
    expect(listed.some((post) => post.path === recap)).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 400));
    // Our own removal is not reported as a change by another program; the
    // pages `ref` finds are read again without it.
    expect(opened.events.map((event) => event.name)).toEqual(['index.changed', 'site.changed']);
    const pages = (opened.events[1]?.payload as WorkspaceInfo).refs?.pages ?? [];
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.some((page) => recap.endsWith(page.path))).toBe(false);
    await opened.workspace.dispose();
  });
});
