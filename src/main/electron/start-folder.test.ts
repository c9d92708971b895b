import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { folderFromArgv, launchData, prepareSampleSite, secondLaunchFolder } from './start-folder';

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

describe('launchData and secondLaunchFolder', () => {
  it('hands the running app the folder of `npm start -- OTHER`, made absolute from where it was typed', () => {
    const argv = ['/usr/bin/electron', '/app', 'sites/blog', '--no-sandbox'];
    expect(launchData(argv, true, '/home/ada')).toEqual({ folder: '/home/ada/sites/blog' });
    expect(launchData(['/usr/bin/electron', '/app'], true, '/home/ada')).toEqual({ folder: null });
  });

  it("prefers the launch's own data to the argv Chromium passes along", () => {
    expect(
      secondLaunchFolder({
        additionalData: { folder: '/home/ada/blog' },
        argv: ['/usr/bin/electron', '--some-switch', '/elsewhere'],
        workingDirectory: '/',
        defaultApp: false,
      }),
    ).toBe('/home/ada/blog');
    expect(
      secondLaunchFolder({
        additionalData: { folder: null },
        argv: ['/usr/bin/electron', '/elsewhere'],
        workingDirectory: '/',
        defaultApp: false,
      }),
    ).toBeNull();
  });

  it('refuses a relative folder in the data, and falls back to argv when there is no data', () => {
    expect(
      secondLaunchFolder({
        additionalData: { folder: 'relative/path' },
        argv: [],
        workingDirectory: '/',
        defaultApp: false,
      }),
    ).toBeNull();
    expect(
      secondLaunchFolder({
        additionalData: null,
        argv: ['/opt/Recap Studio/recap-studio', 'blog'],
        workingDirectory: '/home/ada',
        defaultApp: false,
      }),
    ).toBe('/home/ada/blog');
  });
});
