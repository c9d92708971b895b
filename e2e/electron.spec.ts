import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdtemp, readFile, realpath, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import {
  _electron as electron,
  expect,
  test,
  type ElectronApplication,
  type Page,
} from '@playwright/test';

// The desktop app itself, driven through Playwright's Electron support. It
// needs Electron's binary, which `npm ci` does not download here; where it is
// missing every test says so plainly and is skipped.

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
const corpusSite = join(projectRoot, 'test', 'fixtures', 'linkerd.io');
const retriesPost = 'content/blog/2024/1105-retries-and-timeouts/index.md';

const skipReason =
  'SKIPPED: the Electron end-to-end tests need the Electron binary, which is not installed on this machine (npm start fetches it where the network allows).';

test.beforeEach(() => {
  if (binary === null) console.log(skipReason);
  test.skip(binary === null, skipReason);
});

interface Launched {
  app: ElectronApplication;
  window: Page;
  dataDir: string;
  /** A copy of the sample site, which the tests may edit. */
  site: string;
  done: () => Promise<void>;
}

/**
 * Starts the built app as on a first start: an empty data folder (so no
 * folder opened before), on a copy of the sample site unless `folder` is given.
 */
async function launch(folder?: string): Promise<Launched> {
  const temp = await realpath(await mkdtemp(join(tmpdir(), 'recap-studio-e2e-')));
  const dataDir = join(temp, 'data');
  const site = join(temp, 'sample-site');
  await cp(join(projectRoot, 'resources', 'sample-site'), site, { recursive: true });
  const app = await electron.launch({
    executablePath: binary ?? undefined,
    args: [projectRoot, folder ?? site],
    env: { ...process.env, RECAP_STUDIO_DATA_DIR: dataDir },
  });
  const window = await app.firstWindow();
  return {
    app,
    window,
    dataDir,
    site,
    done: async () => {
      if (app.windows().length > 0) {
        // Nothing may hold the quit: answer any unsaved prompt with Don't Save.
        await answerPrompts(app, 1).catch(() => undefined);
        await app.close().catch(() => undefined);
      }
      await rm(temp, { recursive: true, force: true });
    },
  };
}

/** Replaces the system's message boxes in main: each is recorded and answered with `response`. */
async function answerPrompts(app: ElectronApplication, response: number): Promise<void> {
  await app.evaluate(({ dialog }, response) => {
    const record = globalThis as unknown as { prompts?: string[] };
    record.prompts ??= [];
    dialog.showMessageBox = ((...args: unknown[]) => {
      const options = args.at(-1) as { message: string };
      record.prompts?.push(options.message);
      return Promise.resolve({ response, checkboxChecked: false });
    }) as typeof dialog.showMessageBox;
  }, response);
}

function prompts(app: ElectronApplication): Promise<string[]> {
  return app.evaluate(() => (globalThis as unknown as { prompts?: string[] }).prompts ?? []);
}

function windowTitle(app: ElectronApplication): Promise<string | undefined> {
  return app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle());
}

async function openPost(window: Page, title: RegExp): Promise<void> {
  await window.getByRole('listbox', { name: 'Posts' }).getByRole('option', { name: title }).click();
  await expect(window.getByRole('tab', { name: title, selected: true })).toBeVisible();
  await expect(window.locator('.cm-content')).toBeFocused();
}

test('the desktop window opens the sample site from the app scheme, isolated and sandboxed', async () => {
  const { app, window, done } = await launch();
  try {
    await expect(window.getByRole('heading', { name: 'Recap Studio' })).toBeVisible();
    expect(window.url()).toBe('app://recap-studio/index.html');
    expect(await windowTitle(app)).toBe('sample-site — Recap Studio');

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

    // The page's policy arrived as a header: a frame may not embed the app.
    const policy = await window.evaluate(async () => {
      const response = await fetch('app://recap-studio/index.html');
      return response.headers.get('content-security-policy');
    });
    expect(policy).toContain("frame-ancestors 'none'");
  } finally {
    await done();
  }
});

test('open a post, type and save, then the context menu offers the clipboard', async () => {
  const { app, window, site, done } = await launch();
  try {
    await openPost(window, /Retries and timeouts/);
    await window.keyboard.press('Control+End');
    await window.keyboard.type('\nTyped in the desktop app.');
    const saveState = window.getByRole('status', { name: 'Save state' });
    await expect(saveState).toHaveText('Unsaved changes');
    await window.keyboard.press('Control+S');
    await expect(saveState).toHaveText('Saved');
    expect(await readFile(join(site, retriesPost), 'utf8')).toContain(
      '\nTyped in the desktop app.',
    );

    // Record the menus main pops up instead of showing them.
    await app.evaluate(({ Menu }) => {
      const record = globalThis as unknown as { popups: string[][] };
      record.popups = [];
      Menu.prototype.popup = function popup(this: Electron.Menu) {
        record.popups.push(this.items.map((item) => (item.role ?? item.label).toLowerCase()));
      };
    });
    await window.locator('.cm-content').click({ button: 'right' });
    await expect
      .poll(() =>
        app.evaluate(() => (globalThis as unknown as { popups: string[][] }).popups.at(-1)),
      )
      .toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectall']));
  } finally {
    await done();
  }
});

test('a second launch with another folder opens it in the running app', async () => {
  const { app, dataDir, done } = await launch();
  try {
    expect(await windowTitle(app)).toBe('sample-site — Recap Studio');
    // The same data folder, so the same single-instance lock: this launch hands over and exits.
    const second = spawn(binary as string, [projectRoot, corpusSite], {
      env: { ...process.env, RECAP_STUDIO_DATA_DIR: dataDir },
      stdio: 'ignore',
    });
    const exitCode = await new Promise<number | null>((done) => second.once('exit', done));
    expect(exitCode).toBe(0);
    await expect
      .poll(() => windowTitle(app), { timeout: 15_000 })
      .toBe('linkerd.io — Recap Studio');
    expect(app.windows()).toHaveLength(1);
  } finally {
    await done();
  }
});

test('closing with unsaved text asks first, and Cancel keeps the window and the text', async () => {
  const { app, window, site, done } = await launch();
  try {
    await openPost(window, /Retries and timeouts/);
    await window.keyboard.press('Control+End');
    await window.keyboard.type('\nNot saved yet.');
    await expect(window.getByRole('status', { name: 'Save state' })).toHaveText('Unsaved changes');

    await answerPrompts(app, 2); // Cancel
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close());
    await expect
      .poll(() => prompts(app))
      .toEqual([expect.stringContaining('Do you want to save the changes')]);
    expect(app.windows()).toHaveLength(1);
    await expect(window.locator('.cm-content')).toContainText('Not saved yet.');

    await answerPrompts(app, 1); // Don't Save
    const closed = app.waitForEvent('close');
    await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close());
    await closed;
    expect(await readFile(join(site, retriesPost), 'utf8')).not.toContain('Not saved yet.');
  } finally {
    await done();
  }
});
