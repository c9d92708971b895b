import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';

const require = createRequire(import.meta.url);

function electronBinary(): string | null {
  const folder = dirname(require.resolve('electron/package.json'));
  const pathFile = join(folder, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(folder, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
const projectRoot = resolve(import.meta.dirname, '..');

const skipReason =
  'SKIPPED: the Electron end-to-end test needs the Electron binary, which is not installed on this machine (npm start fetches it where the network allows).';

/** Starts the built app as on a first start: an empty data folder, so no folder opened before. */
async function launch(
  folder?: string,
): Promise<{ app: ElectronApplication; done: () => Promise<void> }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'recap-studio-e2e-'));
  const app = await electron.launch({
    executablePath: binary ?? undefined,
    args: [projectRoot, ...(folder ? [folder] : []), '--no-sandbox'],
    env: { ...process.env, RECAP_STUDIO_DATA_DIR: dataDir },
  });
  return {
    app,
    done: async () => {
      await app.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

test('the desktop window opens the sample site on first start', async () => {
  if (binary === null) console.log(skipReason);
  test.skip(binary === null, skipReason);
  const { app, done } = await launch();
  try {
    const window = await app.firstWindow();
    await expect(window.getByRole('heading', { name: 'Recap Studio' })).toBeVisible();
    const title = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows()[0]?.getTitle(),
    );
    expect(title).toMatch(/Recap Studio$/);

    // Isolated and sandboxed: the page sees neither Node nor Electron.
    const exposed = await window.evaluate(() => [
      typeof (globalThis as Record<string, unknown>)['require'],
      typeof (globalThis as Record<string, unknown>)['process'],
    ]);
    expect(exposed).toEqual(['undefined', 'undefined']);

    // `window.studio` is named functions only, never ipcRenderer or a generic invoke.
    const studio = await window.evaluate(() => {
      const api = (globalThis as Record<string, unknown>)['studio'] as Record<string, unknown>;
      const functions: string[] = [];
      const other: string[] = [];
      for (const [group, value] of Object.entries(api)) {
        for (const [name, inner] of Object.entries(value as Record<string, unknown>))
          (typeof inner === 'function' ? functions : other).push(`${group}.${name}`);
      }
      return { functions, other, keys: Object.keys(api) };
    });
    expect(studio.functions).toEqual(
      expect.arrayContaining(['posts.read', 'posts.save', 'events.on']),
    );
    expect(studio.other).toEqual([]);
    expect(studio.keys).not.toContain('ipcRenderer');
    expect(studio.keys.join(' ')).not.toMatch(/ipc|invoke/i);

    const opened = await window.evaluate(async () => {
      type Call = (args: object) => Promise<{ ok: boolean; data?: unknown }>;
      const api = (globalThis as Record<string, unknown>)['studio'] as Record<
        string,
        Record<string, Call>
      >;
      const current = await api['workspace']?.['current']?.({});
      const posts = await api['posts']?.['list']?.({});
      return { current, posts };
    });
    expect(opened.current).toMatchObject({ ok: true, data: { kind: 'hugo' } });
    expect((opened.current?.data as { root: string }).root).toMatch(/resources[\\/]sample-site$/);
    const paths = (opened.posts?.data as { path: string }[]).map((p) => p.path);
    expect(paths).toContain('content/blog/2025/0506-kubecon-eu-2021-talks-recap/index.md');
  } finally {
    await done();
  }
});

test('the desktop window opens the folder given on the command line', async () => {
  if (binary === null) console.log(skipReason);
  test.skip(binary === null, skipReason);
  const site = join(projectRoot, 'test', 'fixtures', 'linkerd.io');
  const { app, done } = await launch(site);
  try {
    const window = await app.firstWindow();
    const root = await window.evaluate(async () => {
      type Call = (args: object) => Promise<{ ok: boolean; data?: { root: string } | null }>;
      const api = (globalThis as Record<string, unknown>)['studio'] as Record<
        string,
        Record<string, Call>
      >;
      return (await api['workspace']?.['current']?.({}))?.data?.root;
    });
    expect(root).toMatch(/fixtures[\\/]linkerd\.io$/);
  } finally {
    await done();
  }
});
