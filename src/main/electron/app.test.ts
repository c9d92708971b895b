import type { EventEmitter } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { channels } from '../../shared/ipc/contract';
import { electronChannels } from '../../shared/ipc/electron-channels';
import { startApp, type AppPaths } from './app';

/** Everything the app hands to the mocked Electron, for the tests to look at and drive. */
const electronFake = vi.hoisted(() => ({
  app: null as unknown as EventEmitter & { isPackaged: boolean; quit: () => void },
  windows: [] as (EventEmitter & Record<string, unknown>)[],
  handlers: new Map<string, (event: unknown, args: unknown) => Promise<unknown>>(),
  ipcListeners: new Map<string, (event: unknown, message: unknown) => void>(),
  menus: [] as unknown[],
  headerListener: null as unknown,
  protocolSchemes: [] as string[],
}));

vi.mock('electron', async () => {
  const { EventEmitter } = await import('node:events');
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    quit: vi.fn(),
    getAppPath: () => process.cwd(),
  });
  electronFake.app = app;
  class BrowserWindow extends EventEmitter {
    readonly options: unknown;
    readonly sent: unknown[][] = [];
    title = '';
    loaded = '';
    readonly webContents = {
      send: (...args: unknown[]) => this.sent.push(args),
      isDestroyed: () => false,
    };
    constructor(options: unknown) {
      super();
      this.options = options;
      electronFake.windows.push(this as unknown as EventEmitter & Record<string, unknown>);
    }
    setTitle(title: string): void {
      this.title = title;
    }
    getNormalBounds() {
      return { x: 0, y: 0, width: 1280, height: 840 };
    }
    isMaximized = () => false;
    isDestroyed = () => false;
    maximize = vi.fn();
    show = vi.fn();
    close = vi.fn();
    loadURL(url: string): Promise<void> {
      this.loaded = url;
      return Promise.resolve();
    }
  }
  return {
    app,
    BrowserWindow,
    dialog: { showMessageBox: vi.fn(() => Promise.resolve({ response: 2 })) },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        setDevicePermissionHandler: vi.fn(),
        webRequest: {
          onHeadersReceived: (listener: unknown) => (electronFake.headerListener = listener),
        },
      },
    },
    shell: { trashItem: vi.fn(), openExternal: vi.fn() },
    // No keychain in tests: storing a key is refused, as on a Linux without a keyring.
    safeStorage: {
      isEncryptionAvailable: () => false,
      getSelectedStorageBackend: () => 'basic_text',
      encryptString: vi.fn(),
      decryptString: vi.fn(),
    },
    ipcMain: {
      handle: (channel: string, handler: (event: unknown, args: unknown) => Promise<unknown>) =>
        electronFake.handlers.set(channel, handler),
      removeHandler: (channel: string) => electronFake.handlers.delete(channel),
      on: (channel: string, listener: (event: unknown, message: unknown) => void) =>
        electronFake.ipcListeners.set(channel, listener),
      removeListener: vi.fn(),
    },
    protocol: {
      handle: (scheme: string) => electronFake.protocolSchemes.push(scheme),
      registerSchemesAsPrivileged: vi.fn(),
    },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (menu: unknown) => electronFake.menus.push(menu),
    },
  };
});

const sampleSite = resolve(import.meta.dirname, '../../../resources/sample-site');
const corpusSite = resolve(import.meta.dirname, '../../../test/fixtures/linkerd.io');
const rendererDir = '/app/out/renderer';
const paths: AppPaths = { preload: '/app/out/preload/index.cjs', rendererDir, sampleSite };
const appPage = {
  senderFrame: { url: pathToFileURL(join(rendererDir, 'index.html')).href, parent: null },
};

let dataDir = '';
const savedArgv = process.argv;
const savedDataDir = process.env['RECAP_STUDIO_DATA_DIR'];

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'recap-studio-app-'));
  process.env['RECAP_STUDIO_DATA_DIR'] = dataDir;
  process.argv = ['/usr/bin/electron', '/app'];
  Object.assign(process, { defaultApp: true });
});

afterEach(async () => {
  // Closing the app disposes the workspace (and its watcher) before quitting.
  const quitting = { preventDefault: vi.fn() };
  electronFake.app.emit('will-quit', quitting);
  await vi.waitFor(() => expect(electronFake.app.quit).toHaveBeenCalled());
  electronFake.app.removeAllListeners();
  vi.mocked(electronFake.app.quit).mockClear();
  electronFake.windows.length = 0;
  electronFake.handlers.clear();
  electronFake.ipcListeners.clear();
  electronFake.menus.length = 0;
  electronFake.protocolSchemes.length = 0;
  process.argv = savedArgv;
  if (savedDataDir === undefined) delete process.env['RECAP_STUDIO_DATA_DIR'];
  else process.env['RECAP_STUDIO_DATA_DIR'] = savedDataDir;
  await rm(dataDir, { recursive: true, force: true });
});

function call(channel: string, args: unknown = {}, sender: unknown = appPage): Promise<unknown> {
  const handler = electronFake.handlers.get(channel);
  if (!handler) throw new Error(`${channel} is not handled`);
  return handler(sender, args);
}

function onlyWindow(): EventEmitter & Record<string, unknown> {
  expect(electronFake.windows).toHaveLength(1);
  return electronFake.windows[0] as EventEmitter & Record<string, unknown>;
}

describe('startApp', () => {
  it('opens the sample site on first start, in one secure window loading the built page', async () => {
    await startApp(paths);
    const window = onlyWindow();
    expect(window['options']).toMatchObject({
      webPreferences: {
        preload: paths.preload,
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
      },
    });
    expect(window['loaded']).toBe(pathToFileURL(join(rendererDir, 'index.html')).href);
    expect(window['title']).toBe('sample-site — Recap Studio');
    expect(await call('workspace.current')).toMatchObject({ ok: true, data: { root: sampleSite } });
    expect(electronFake.protocolSchemes).toEqual(['studio-asset']);
    expect(electronFake.headerListener).toBeTypeOf('function');
  });

  it('registers every contract channel, answering only the app page', async () => {
    await startApp(paths);
    expect([...electronFake.handlers.keys()].sort()).toEqual(Object.keys(channels).sort());
    const foreign = { senderFrame: { url: 'https://evil.example/', parent: null } };
    expect(await call('workspace.current', {}, foreign)).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
  });

  it('opens the folder named on the command line, and lists it under Open Recent', async () => {
    process.argv = ['/usr/bin/electron', '/app', corpusSite, '--no-sandbox'];
    await startApp(paths);
    expect(await call('workspace.current')).toMatchObject({ ok: true, data: { root: corpusSite } });
    expect(onlyWindow()['title']).toBe('linkerd.io — Recap Studio');
    const menu = electronFake.menus.at(-1) as MenuItemConstructorOptions[];
    const file = menu.find((item) => item.label === '&File')
      ?.submenu as MenuItemConstructorOptions[];
    const recent = file.find((item) => item.label === 'Open Recent')
      ?.submenu as MenuItemConstructorOptions[];
    expect(recent[0]?.label).toBe(corpusSite);
  });

  it('opens the folder opened last when none is named', async () => {
    await writeFile(
      join(dataDir, 'settings.json'),
      JSON.stringify({ recentFolders: [corpusSite], defaultAuthor: null, window: null }),
    );
    await startApp(paths);
    expect(await call('workspace.current')).toMatchObject({ ok: true, data: { root: corpusSite } });
  });

  it('falls back to the sample site, and says so, when the named folder cannot be opened', async () => {
    process.argv = ['/usr/bin/electron', '/app', join(dataDir, 'no-such-folder')];
    await startApp(paths);
    expect(await call('workspace.current')).toMatchObject({ ok: true, data: { root: sampleSite } });
    const window = onlyWindow();
    window.emit('ready-to-show');
    const { dialog } = await import('electron');
    expect(dialog.showMessageBox).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ message: expect.stringContaining('could not open') }),
    );
  });

  it('renames the window and updates Open Recent when the page opens another folder', async () => {
    await startApp(paths);
    expect(await call('workspace.open', { path: corpusSite })).toMatchObject({ ok: true });
    expect(onlyWindow()['title']).toBe('linkerd.io — Recap Studio');
    const menu = electronFake.menus.at(-1) as MenuItemConstructorOptions[];
    const file = menu.find((item) => item.label === '&File')
      ?.submenu as MenuItemConstructorOptions[];
    const recent = file.find((item) => item.label === 'Open Recent')
      ?.submenu as MenuItemConstructorOptions[];
    expect(recent.map((item) => item.label).slice(0, 2)).toEqual([corpusSite, sampleSite]);
  });

  it('Open Recent asks about unsaved posts, opens the folder and tells the page', async () => {
    await writeFile(
      join(dataDir, 'settings.json'),
      JSON.stringify({
        recentFolders: [sampleSite, corpusSite],
        defaultAuthor: null,
        window: null,
      }),
    );
    await startApp(paths);
    const window = onlyWindow();
    const sent = window['sent'] as unknown[][];
    const menu = electronFake.menus.at(-1) as MenuItemConstructorOptions[];
    const file = menu.find((item) => item.label === '&File')
      ?.submenu as MenuItemConstructorOptions[];
    const recent = file.find((item) => item.label === 'Open Recent')
      ?.submenu as MenuItemConstructorOptions[];
    (recent.find((item) => item.label === corpusSite)?.click as () => void)();

    const question = sent.find((message) => message[0] === electronChannels.question);
    expect(question?.[1]).toMatchObject({ question: 'unsavedPosts' });
    electronFake.ipcListeners.get(electronChannels.answer)?.(
      { ...appPage, sender: window['webContents'] },
      { id: (question?.[1] as { id: string }).id, answer: { paths: [] } },
    );
    await vi.waitFor(() =>
      expect(sent).toContainEqual([
        electronChannels.event,
        'menu.command',
        { command: 'folder.opened' },
      ]),
    );
    expect(await call('workspace.current')).toMatchObject({ ok: true, data: { root: corpusSite } });
    expect(window['title']).toBe('linkerd.io — Recap Studio');
  });

  it("forwards the workspace's events to the page", async () => {
    await startApp(paths);
    const window = onlyWindow();
    const sent = window['sent'] as unknown[][];
    await call('workspace.open', { path: sampleSite });
    await vi.waitFor(() =>
      expect(sent.some((message) => message[0] === electronChannels.event)).toBe(true),
    );
  });

  it('asks the page about unsaved posts before the window closes', async () => {
    await startApp(paths);
    const window = onlyWindow();
    const close = { preventDefault: vi.fn() };
    window.emit('close', close);
    expect(close.preventDefault).toHaveBeenCalled();
    const sent = window['sent'] as unknown[][];
    const question = sent.find((message) => message[0] === electronChannels.question);
    expect(question?.[1]).toMatchObject({ question: 'unsavedPosts' });
    // Nothing unsaved: the window closes for real.
    const answer = electronFake.ipcListeners.get(electronChannels.answer);
    answer?.(
      { ...appPage, sender: window['webContents'] },
      { id: (question?.[1] as { id: string }).id, answer: { paths: [] } },
    );
    await vi.waitFor(() => expect(window['close']).toHaveBeenCalled());
  });
});
