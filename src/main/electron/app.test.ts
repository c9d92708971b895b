import type { EventEmitter } from 'node:events';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { channels } from '../../shared/ipc/contract';
import { electronChannels } from '../../shared/ipc/electron-channels';
import { startApp, type AppPaths } from './app';

type HeaderListener = (
  details: { url: string; responseHeaders: Record<string, string[]> },
  callback: (response: { responseHeaders?: Record<string, string | string[]> }) => void,
) => void;
type PermissionRequestHandler = (
  contents: unknown,
  permission: string,
  callback: (allowed: boolean) => void,
  details: { requestingUrl: string; isMainFrame: boolean },
) => void;

/**
 * Everything the app hands to the mocked Electron, for the tests to look at
 * and drive. The fake behaves as Electron does where that hid problems:
 * `loadURL` can reject (`loadFailures`), `maximize()` shows a hidden window,
 * a `file://` response never passes through `onHeadersReceived`, right
 * clicks arrive as `context-menu` events, and permission requests say which
 * frame asked.
 */
const electronFake = vi.hoisted(() => ({
  app: null as unknown as EventEmitter & {
    isPackaged: boolean;
    quit: () => void;
    exit: () => void;
  },
  windows: [] as (EventEmitter & Record<string, unknown>)[],
  handlers: new Map<string, (event: unknown, args: unknown) => Promise<unknown>>(),
  ipcListeners: new Map<string, (event: unknown, message: unknown) => void>(),
  menus: [] as unknown[],
  popups: [] as { template: MenuItemConstructorOptions[]; options: unknown }[],
  headerListener: null as HeaderListener | null,
  requestHeaderListener: null as { filter: unknown; listener: unknown } | null,
  permissionRequests: null as PermissionRequestHandler | null,
  protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
  /** What the next loads do: an Error rejects one, as Electron's loadURL does. */
  loadFailures: [] as (Error | null)[],
}));

vi.mock('electron', async () => {
  const { EventEmitter } = await import('node:events');
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    quit: vi.fn(),
    exit: vi.fn(),
    getAppPath: () => process.cwd(),
  });
  electronFake.app = app;

  /** The headers a page at `url` is delivered with, as Chromium hands it to the page. */
  async function deliveredHeaders(url: string): Promise<Record<string, string>> {
    const scheme = new URL(url).protocol.slice(0, -1);
    const handler = electronFake.protocolHandlers.get(scheme);
    if (handler) {
      const response = await handler(new Request(url));
      if (!response.ok) throw Object.assign(new Error('ERR_FILE_NOT_FOUND'), { errno: -6 });
      return Object.fromEntries(response.headers.entries());
    }
    // Chromium does not pass file:// responses through webRequest: no header ever applies.
    if (scheme === 'file') return {};
    let delivered: Record<string, string> = {};
    electronFake.headerListener?.({ url, responseHeaders: {} }, ({ responseHeaders }) => {
      delivered = Object.fromEntries(
        Object.entries(responseHeaders ?? {}).map(([name, value]) => [
          name.toLowerCase(),
          String(value),
        ]),
      );
    });
    return delivered;
  }

  class WebContents extends EventEmitter {
    url = '';
    readonly reload = vi.fn();
    readonly replaceMisspelling = vi.fn();
    readonly session = { addWordToSpellCheckerDictionary: vi.fn() };
    constructor(private readonly window: BrowserWindow) {
      super();
    }
    send(...args: unknown[]): void {
      this.window.sent.push(args);
    }
    isDestroyed = () => false;
    getURL = () => this.url;
  }

  class BrowserWindow extends EventEmitter {
    readonly options: unknown;
    readonly sent: unknown[][] = [];
    title = '';
    loaded = '';
    loads = 0;
    headers: Record<string, string> = {};
    visible = false;
    /** Whether the window showed before it was ready (a blank frame on screen). */
    shownEarly = false;
    private ready = false;
    readonly webContents: WebContents = new WebContents(this);
    constructor(options: unknown) {
      super();
      this.options = options;
      this.once('ready-to-show', () => (this.ready = true));
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
    isMinimized = () => false;
    focus = vi.fn();
    restore = vi.fn();
    /** As in Electron: maximizing a hidden window shows it. */
    maximize = vi.fn(() => this.show());
    show = vi.fn(() => {
      if (!this.ready) this.shownEarly = true;
      this.visible = true;
    });
    close = vi.fn();
    async loadURL(url: string): Promise<void> {
      this.loads++;
      const failure = electronFake.loadFailures.shift() ?? null;
      if (failure) throw failure;
      this.headers = await deliveredHeaders(url);
      this.loaded = url;
      this.webContents.url = url;
    }
  }
  return {
    app,
    BrowserWindow,
    dialog: { showMessageBox: vi.fn(() => Promise.resolve({ response: 2 })) },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: PermissionRequestHandler) =>
          (electronFake.permissionRequests = handler),
        setPermissionCheckHandler: vi.fn(),
        setDevicePermissionHandler: vi.fn(),
        webRequest: {
          onHeadersReceived: (listener: HeaderListener) => (electronFake.headerListener = listener),
          onBeforeSendHeaders: (filter: unknown, listener: unknown) =>
            (electronFake.requestHeaderListener = { filter, listener }),
        },
      },
    },
    shell: { trashItem: vi.fn(), openExternal: vi.fn() },
    ipcMain: {
      handle: (channel: string, handler: (event: unknown, args: unknown) => Promise<unknown>) =>
        electronFake.handlers.set(channel, handler),
      removeHandler: (channel: string) => electronFake.handlers.delete(channel),
      on: (channel: string, listener: (event: unknown, message: unknown) => void) =>
        electronFake.ipcListeners.set(channel, listener),
      removeListener: vi.fn(),
    },
    protocol: {
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
        electronFake.protocolHandlers.set(scheme, handler),
      registerSchemesAsPrivileged: vi.fn(),
    },
    Menu: {
      buildFromTemplate: (template: MenuItemConstructorOptions[]) =>
        Object.assign(template, {
          popup: (options: unknown) => electronFake.popups.push({ template, options }),
        }),
      setApplicationMenu: (menu: unknown) => electronFake.menus.push(menu),
    },
  };
});

const sampleSite = resolve(import.meta.dirname, '../../../resources/sample-site');
const corpusSite = resolve(import.meta.dirname, '../../../test/fixtures/linkerd.io');
const appPage = { senderFrame: { url: 'app://recap-studio/index.html', parent: null } };

let dataDir = '';
let paths: AppPaths;
const savedArgv = process.argv;
const savedDataDir = process.env['RECAP_STUDIO_DATA_DIR'];

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'recap-studio-app-'));
  // The built renderer, as electron-vite leaves it in out/renderer.
  const rendererDir = join(dataDir, 'renderer');
  await mkdir(rendererDir);
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Recap Studio</title>');
  paths = { preload: '/app/out/preload/index.cjs', rendererDir, sampleSite };
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
  electronFake.popups.length = 0;
  electronFake.protocolHandlers.clear();
  electronFake.loadFailures.length = 0;
  electronFake.headerListener = null;
  vi.mocked(electronFake.app.exit).mockClear();
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
    expect(window['loaded']).toBe('app://recap-studio/index.html');
    expect(window['title']).toBe('sample-site — Recap Studio');
    expect(await call('workspace.current')).toMatchObject({ ok: true, data: { root: sampleSite } });
    expect([...electronFake.protocolHandlers.keys()].sort()).toEqual(['app', 'studio-asset']);
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

/** Answers the page's next "which posts are unsaved?" question with `paths`. */
async function answerUnsaved(
  window: EventEmitter & Record<string, unknown>,
  paths: string[],
  page = appPage,
) {
  const sent = window['sent'] as unknown[][];
  let question: unknown[] | undefined;
  await vi.waitFor(() => {
    question = sent.find(
      (message) =>
        message[0] === electronChannels.question &&
        (message[1] as { question: string }).question === 'unsavedPosts',
    );
    expect(question).toBeDefined();
  });
  sent.splice(sent.indexOf(question as unknown[]), 1);
  electronFake.ipcListeners.get(electronChannels.answer)?.(
    { ...page, sender: window['webContents'] },
    { id: (question?.[1] as { id: string }).id, answer: { paths } },
  );
}

function viewMenuNames(): (string | undefined)[] {
  const menu = electronFake.menus.at(-1) as MenuItemConstructorOptions[];
  const view = menu.find((item) => item.label === '&View')?.submenu as MenuItemConstructorOptions[];
  return view.map((item) => item.role ?? item.label);
}

describe('startApp, as Electron really behaves', () => {
  it('delivers the page with the CSP header, which a file:// page would never get', async () => {
    await startApp(paths);
    const headers = onlyWindow()['headers'] as Record<string, string>;
    const policy = headers['content-security-policy'] ?? '';
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("form-action 'none'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe');
  });

  it("names the app as the embedder on requests for YouTube's player", async () => {
    await startApp(paths);
    expect(electronFake.requestHeaderListener?.filter).toEqual({
      urls: ['https://www.youtube-nocookie.com/embed/*'],
    });
  });

  it('maximizes a window restored maximized inside ready-to-show, not before', async () => {
    await writeFile(
      join(dataDir, 'settings.json'),
      JSON.stringify({
        recentFolders: [],
        defaultAuthor: null,
        window: { x: 0, y: 0, width: 1000, height: 700, maximized: true },
      }),
    );
    await startApp(paths);
    const window = onlyWindow();
    expect(window['maximize']).not.toHaveBeenCalled();
    expect(window['visible']).toBe(false);
    window.emit('ready-to-show');
    expect(window['maximize']).toHaveBeenCalled();
    expect(window['visible']).toBe(true);
    expect(window['shownEarly']).toBe(false);
  });

  it('retries a load aborted by an early reload, without an error or an exit', async () => {
    electronFake.loadFailures.push(
      Object.assign(new Error("ERR_ABORTED (-3) loading 'app://recap-studio/index.html'"), {
        code: 'ERR_ABORTED',
        errno: -3,
      }),
    );
    await startApp(paths);
    const window = onlyWindow();
    expect(window['loads']).toBe(2);
    expect(window['loaded']).toBe('app://recap-studio/index.html');
    expect(electronFake.app.exit).not.toHaveBeenCalled();
  });

  it('reports a page that fails to load in the window, and quits the normal way on Quit', async () => {
    const { dialog } = await import('electron');
    vi.mocked(dialog.showMessageBox).mockClear();
    electronFake.loadFailures.push(
      Object.assign(new Error('ERR_FAILED (-2)'), { code: 'ERR_FAILED', errno: -2 }),
    );
    vi.mocked(dialog.showMessageBox).mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    await expect(startApp(paths)).resolves.toBeUndefined();
    const window = onlyWindow();
    expect(dialog.showMessageBox).toHaveBeenCalledWith(
      window,
      expect.objectContaining({
        type: 'error',
        buttons: ['Try Again', 'Quit'],
        detail: expect.stringContaining('ERR_FAILED'),
      }),
    );
    expect(window['visible']).toBe(true);
    expect(electronFake.app.quit).toHaveBeenCalled();
    expect(electronFake.app.exit).not.toHaveBeenCalled();
  });

  it('shows a context menu with spelling suggestions and the clipboard on a right click', async () => {
    await startApp(paths);
    const contents = onlyWindow()['webContents'] as EventEmitter & Record<string, unknown>;
    contents.emit(
      'context-menu',
      {},
      {
        isEditable: true,
        selectionText: '',
        misspelledWord: 'recpa',
        dictionarySuggestions: ['recap'],
        editFlags: { canCut: true, canCopy: true, canPaste: true, canSelectAll: true },
        frame: null,
      },
    );
    const popup = electronFake.popups.at(-1);
    expect(popup?.template.map((item) => item.role ?? item.label ?? item.type)).toEqual([
      'recap',
      'Add to Dictionary',
      'separator',
      'cut',
      'copy',
      'paste',
      'separator',
      'selectAll',
    ]);
    expect(popup?.options).toMatchObject({ window: onlyWindow() });
  });

  it("lets only the video player's subframe go fullscreen", async () => {
    await startApp(paths);
    const ask = (permission: string, requestingUrl: string, isMainFrame: boolean) => {
      let answer: boolean | null = null;
      electronFake.permissionRequests?.(null, permission, (ok) => (answer = ok), {
        requestingUrl,
        isMainFrame,
      });
      return answer;
    };
    const player = 'https://www.youtube-nocookie.com/embed/dDW1OoTaMdU';
    expect(ask('fullscreen', player, false)).toBe(true);
    expect(ask('fullscreen', 'app://recap-studio/index.html', true)).toBe(false);
    expect(ask('media', player, false)).toBe(false);
    expect(ask('notifications', 'app://recap-studio/index.html', true)).toBe(false);
  });

  it('opens the folder a second launch names, after asking about unsaved posts', async () => {
    await startApp(paths);
    const window = onlyWindow();
    electronFake.app.emit('second-instance', {}, ['/usr/bin/electron'], '/', {
      folder: corpusSite,
    });
    expect(window['focus']).toHaveBeenCalled();
    await answerUnsaved(window, []);
    await vi.waitFor(() => expect(window['title']).toBe('linkerd.io — Recap Studio'));
    expect(await call('workspace.current')).toMatchObject({ ok: true, data: { root: corpusSite } });
  });

  it('keeps the open folder when a second launch names none', async () => {
    await startApp(paths);
    const window = onlyWindow();
    electronFake.app.emit('second-instance', {}, ['/usr/bin/electron'], '/', { folder: null });
    expect(window['focus']).toHaveBeenCalled();
    expect((window['sent'] as unknown[][]).some((m) => m[0] === electronChannels.question)).toBe(
      false,
    );
  });

  it('offers neither Reload nor the developer tools under npm start', async () => {
    await startApp(paths);
    expect(viewMenuNames()).not.toContain('Reload');
    expect(viewMenuNames()).not.toContain('toggleDevTools');
  });

  it('under npm run dev, adds the header-only directives, offers Reload and DevTools, and Reload asks first', async () => {
    await startApp({ ...paths, devServerUrl: 'http://localhost:5173/' });
    const window = onlyWindow();
    expect(window['loaded']).toBe('http://localhost:5173/');
    expect(window['headers']).toEqual({
      'content-security-policy': "form-action 'none'; frame-ancestors 'none'",
    });
    expect(viewMenuNames()).toContain('Reload');
    expect(viewMenuNames()).toContain('toggleDevTools');

    const menu = electronFake.menus.at(-1) as MenuItemConstructorOptions[];
    const view = menu.find((item) => item.label === '&View')
      ?.submenu as MenuItemConstructorOptions[];
    (view.find((item) => item.label === 'Reload')?.click as () => void)();
    const contents = window['webContents'] as Record<string, unknown>;
    // Unsaved text: the prompt comes first; Cancel (the fake dialog's answer) keeps the page.
    const devPage = { senderFrame: { url: 'http://localhost:5173/', parent: null } };
    await answerUnsaved(
      window,
      ['content/blog/2025/0601-welcome-to-recap-studio/index.md'],
      devPage,
    );
    const { dialog } = await import('electron');
    await vi.waitFor(() =>
      expect(dialog.showMessageBox).toHaveBeenCalledWith(
        window,
        expect.objectContaining({ buttons: ['Save', "Don't Save", 'Cancel'] }),
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(contents['reload']).not.toHaveBeenCalled();

    // Nothing unsaved: it reloads.
    (view.find((item) => item.label === 'Reload')?.click as () => void)();
    await answerUnsaved(window, [], devPage);
    await vi.waitFor(() => expect(contents['reload']).toHaveBeenCalled());
  });
});
