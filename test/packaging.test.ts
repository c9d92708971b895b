import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, relative, resolve, sep } from 'node:path';
import { DebugLogger } from 'builder-util/out/DebugLogger';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { describe, expect, it } from 'vitest';
import config, { releaseFuses } from '../electron-builder.config';

// `npm run dist` cannot run here (electron-builder downloads Electron), so
// its configuration is checked instead: against electron-builder's own
// schema, and for what the package must and must not hold.

const project = resolve(import.meta.dirname, '..');
// The glob matcher electron-builder itself matches `files` with.
const { minimatch } = createRequire(require.resolve('app-builder-lib'))('minimatch') as {
  minimatch: (path: string, pattern: string, options?: { dot?: boolean }) => boolean;
};

/** Whether electron-builder puts `path` (relative to the project) in the app, by `files`. */
function packaged(path: string): boolean {
  let included = false;
  for (const pattern of config.files as string[]) {
    if (pattern.startsWith('!')) {
      if (minimatch(path, pattern.slice(1), { dot: true })) included = false;
    } else if (minimatch(path, pattern, { dot: true })) included = true;
  }
  return included;
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(project, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

describe('the release configuration', () => {
  it("passes electron-builder's own validation", async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    // The check is real: a setting electron-builder does not know is refused.
    await expect(
      validateConfiguration({ ...config, asarr: true } as never, new DebugLogger(false)),
    ).rejects.toThrow(/asarr/);
  });

  it('turns the risky fuses off and the asar checks on', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      grantFileProtocolExtraPrivileges: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
    expect(config.electronFuses).toBe(releaseFuses);
    expect(config.asar).toBe(true);
  });

  it('builds AppImage and deb, dmg and nsis, with the app id and the icon from resources/', () => {
    expect(config.appId).toMatch(/^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)+$/);
    expect(config.productName).toBe('Recap Studio');
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.icon).toBe('resources/icon.png');
    expect(existsSync(join(project, 'resources', 'icon.png'))).toBe(true);
  });

  it('ships the sample site where the packaged app opens it', async () => {
    expect(config.extraResources).toEqual([{ from: 'resources/sample-site', to: 'sample-site' }]);
    const app = await readFile(join(project, 'src', 'main', 'electron', 'app.ts'), 'utf8');
    expect(app).toContain("join(process.resourcesPath, 'sample-site')");
    expect(existsSync(join(project, 'resources', 'sample-site', 'hugo.yaml'))).toBe(true);
  });

  it('packages main, preload and the renderer with its worker, not sources, the CLI or source maps', async () => {
    const pkg = JSON.parse(await readFile(join(project, 'package.json'), 'utf8')) as {
      main: string;
      scripts: Record<string, string>;
    };
    for (const path of [
      pkg.main.replace(/^\.\//, ''),
      'out/preload/index.cjs',
      'out/renderer/index.html',
      'out/renderer/assets/unit-worker-AbC123.js',
      'out/renderer/assets/index-AbC123.css',
    ])
      expect(packaged(path), path).toBe(true);
    for (const path of [
      'src/main/electron/app.ts',
      'out/cli/index.js',
      'out/main/index.cjs.map',
      'test/fixtures/linkerd.io/hugo.yaml',
      'resources/sample-site/hugo.yaml',
      'electron-builder.config.ts',
    ])
      expect(packaged(path), path).toBe(false);
    expect(pkg.scripts['dist']).toContain('electron-builder --config electron-builder.config.ts');
  });

  it('includes every file the build actually made for the app, where it has been built', async (context) => {
    if (!existsSync(join(project, 'out', 'renderer', 'index.html'))) {
      context.skip('SKIPPED: out/ is not built (npm run build makes it).');
      return;
    }
    const built = [
      ...(await filesUnder(join(project, 'out', 'main'))),
      ...(await filesUnder(join(project, 'out', 'preload'))),
      ...(await filesUnder(join(project, 'out', 'renderer'))),
    ].filter((path) => !path.endsWith('.map'));
    expect(built).toContain('out/preload/index.cjs');
    expect(built.some((path) => /^out\/renderer\/assets\/unit-worker-.*\.js$/.test(path))).toBe(
      true,
    );
    expect(built.filter((path) => !packaged(path))).toEqual([]);
  });
});
