import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { folderFromArgv, prepareSampleSite } from './start-folder';

vi.mock('electron', () => ({}));

describe('folderFromArgv', () => {
  it('skips the app path given to the Electron binary, and every switch', () => {
    expect(folderFromArgv(['/usr/bin/electron', '.', '../my-site'], true)).toBe('../my-site');
    expect(
      folderFromArgv(
        ['/usr/bin/electron', '--inspect=0', '--remote-debugging-port=0', '/repo', '--no-sandbox'],
        true,
      ),
    ).toBeNull();
    expect(folderFromArgv(['/usr/bin/electron', '.', '--no-sandbox', '/sites/blog'], true)).toBe(
      '/sites/blog',
    );
  });

  it('takes the first argument of an installed app', () => {
    expect(
      folderFromArgv(['/Applications/Recap Studio', '-psn_0_12345', '/sites/blog'], false),
    ).toBe('/sites/blog');
    expect(folderFromArgv(['/opt/recap-studio/recap-studio'], false)).toBeNull();
  });
});

describe('prepareSampleSite', () => {
  let folder = '';
  afterEach(async () => {
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it("opens a checkout's sample site in place", async () => {
    expect(
      await prepareSampleSite({
        shipped: '/repo/resources/sample-site',
        dataDir: '/data',
        packaged: false,
      }),
    ).toBe('/repo/resources/sample-site');
  });

  it("copies an installed app's sample site to the data folder once, keeping the user's edits", async () => {
    folder = await mkdtemp(join(tmpdir(), 'recap-studio-sample-'));
    const shipped = join(folder, 'resources', 'sample-site');
    await mkdir(join(shipped, 'content'), { recursive: true });
    await writeFile(join(shipped, 'hugo.yaml'), 'title: Sample\n');
    const dataDir = join(folder, 'data');

    const copy = await prepareSampleSite({ shipped, dataDir, packaged: true });
    expect(copy).toBe(join(dataDir, 'sample-site'));
    expect(await readFile(join(copy, 'hugo.yaml'), 'utf8')).toBe('title: Sample\n');

    await writeFile(join(copy, 'hugo.yaml'), 'title: Edited\n');
    await prepareSampleSite({ shipped, dataDir, packaged: true });
    expect(await readFile(join(copy, 'hugo.yaml'), 'utf8')).toBe('title: Edited\n');
  });
});
