import { readFile, utimes, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkspace, TemporaryFolders, waitFor } from './helpers';

const recap = 'content/blog/2021/0617-may-community-meeting-recap-part-1/index.md';
const temporary = new TemporaryFolders();
afterEach(() => temporary.cleanUp());

describe('after a crash', () => {
  it('lists the unsaved buffers again, restorable and discardable', async () => {
    const { site, dataDir } = await temporary.corpusCopy();
    const original = await readFile(join(site, recap), 'utf8');
    const other = 'content/blog/2025/1208-edge-release-roundup/index.md';

    // The first run: two dirty buffers, backed up as the user typed, then the process dies.
    const first = await openWorkspace(site, { dataDir });
    const { text } = await first.workspace['posts.read']({ path: recap });
    await first.workspace['backups.store']({ path: recap, text: `${text}\nDraft 1\n` });
    await first.workspace['backups.store']({ path: recap, text: `${text}\nDraft 2\n` });
    await first.workspace['backups.store']({ path: other, text: 'Other draft\n' });
    // No dispose and no save: a crash. (Only the watcher is stopped, so the test can end.)
    void first.workspace.dispose();

    // The next start, on the same data folder, opening the site from a folder inside it.
    const second = await openWorkspace(join(site, 'content'), { dataDir });
    const backups = await second.workspace['backups.list']({});
    expect(backups.map((backup) => [backup.path, backup.text])).toEqual([
      [recap, `${text}\nDraft 2\n`],
      [other, 'Other draft\n'],
    ]);
    for (const backup of backups) expect(Number.isNaN(Date.parse(backup.savedAt))).toBe(false);
    // Nothing was written to the posts themselves.
    expect(await readFile(join(site, recap), 'utf8')).toBe(original);

    // Restore: open the post, put the backup's text in, save.
    const restored = backups[0];
    const { version } = await second.workspace['posts.read']({ path: recap });
    const saved = await second.workspace['posts.save']({
      path: recap,
      text: restored?.text ?? '',
      baseVersion: version,
    });
    expect(saved.status).toBe('saved');
    expect(await readFile(join(site, recap), 'utf8')).toBe(`${text}\nDraft 2\n`);
    // Discard the other one.
    await second.workspace['backups.discard']({ path: other });
    expect(await second.workspace['backups.list']({})).toEqual([]);
    await second.workspace.dispose();
  });

  it("keeps each folder's backups to itself", async () => {
    const { site, dataDir } = await temporary.corpusCopy();
    const first = await openWorkspace(site, { dataDir });
    await first.workspace['backups.store']({ path: recap, text: 'draft' });
    const elsewhere = await temporary.make();
    await writeFile(join(elsewhere, 'note.md'), '# Note\n');
    await first.workspace['workspace.open']({ path: elsewhere });
    expect(await first.workspace['backups.list']({})).toEqual([]);
    await first.workspace['workspace.open']({ path: site });
    expect((await first.workspace['backups.list']({})).map((backup) => backup.text)).toEqual([
      'draft',
    ]);
    await first.workspace.dispose();
  });

  it('removes the temporary files of saves interrupted long ago, and only those', async () => {
    const { site, dataDir } = await temporary.corpusCopy();
    const folder = dirname(join(site, recap));
    const stale = join(folder, '.recap-studio-index.md.0a1b2c.tmp');
    const fresh = join(folder, '.recap-studio-index.md.3d4e5f.tmp');
    const theirs = join(folder, '.editor-backup.tmp');
    for (const file of [stale, fresh, theirs]) await writeFile(file, 'partial');
    const longAgo = new Date(Date.now() - 10 * 60_000);
    await utimes(stale, longAgo, longAgo);
    await utimes(theirs, longAgo, longAgo);
    const { workspace } = await openWorkspace(site, { dataDir });
    await workspace.whenIndexed();
    await waitFor(
      () =>
        readFile(stale).then(
          () => false,
          () => true,
        ),
      2000,
      'the stale temporary file to go',
    );
    expect(await readFile(fresh, 'utf8')).toBe('partial');
    expect(await readFile(theirs, 'utf8')).toBe('partial');
    await workspace.dispose();
  });
});
