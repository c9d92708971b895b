import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TemporaryFolders } from '../../../../test/workspace/helpers';
import { Backups } from './backups';

const temporary = new TemporaryFolders();
afterEach(() => temporary.cleanUp());

describe('Backups', () => {
  it('stores, lists and discards text per post, outside the content folder', async () => {
    const dataDir = await temporary.make();
    const backups = new Backups(dataDir, '/sites/linkerd.io');
    expect(backups.folder.startsWith(join(dataDir, 'backups'))).toBe(true);
    expect(await backups.list()).toEqual([]);
    await backups.store('content/blog/a/index.md', 'first', new Date('2025-01-01T10:00:00Z'));
    await backups.store('content/blog/b/index.md', 'other', new Date('2025-01-01T09:00:00Z'));
    await backups.store('content/blog/a/index.md', 'second ✓', new Date('2025-01-01T11:00:00Z'));
    expect(await backups.list()).toEqual([
      { path: 'content/blog/b/index.md', savedAt: '2025-01-01T09:00:00.000Z', text: 'other' },
      { path: 'content/blog/a/index.md', savedAt: '2025-01-01T11:00:00.000Z', text: 'second ✓' },
    ]);
    await backups.discard('content/blog/b/index.md');
    await backups.discard('content/blog/never/index.md');
    expect((await backups.list()).map((backup) => backup.path)).toEqual([
      'content/blog/a/index.md',
    ]);
    // Atomic writes leave no temporary files behind.
    expect(await readdir(backups.folder)).toHaveLength(1);
  });

  it('keeps each folder’s backups apart', async () => {
    const dataDir = await temporary.make();
    await new Backups(dataDir, '/sites/one').store('a.md', 'one');
    expect(await new Backups(dataDir, '/sites/two').list()).toEqual([]);
    expect(await new Backups(dataDir, '/sites/one').list()).toHaveLength(1);
  });

  it('skips damaged and foreign files instead of failing', async () => {
    const dataDir = await temporary.make();
    const backups = new Backups(dataDir, '/sites/one');
    await backups.store('a.md', 'kept');
    await writeFile(join(backups.folder, 'damaged.json'), '{"path": "a.md", "sav');
    await writeFile(
      join(backups.folder, 'renamed.json'),
      JSON.stringify({ path: 'b.md', savedAt: 'x', text: 'y' }),
    );
    expect((await backups.list()).map((backup) => backup.text)).toEqual(['kept']);
  });
});
