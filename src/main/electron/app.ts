import { realpath } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, safeStorage, screen, session, shell } from 'electron';
import type { WorkspaceInfo } from '../../shared/ipc/data';
import { menuCommandEvent, type MenuCommand } from '../../shared/ipc/menu-commands';
import { ServiceError } from '../../shared/ipc/result';
import { appDataDir } from '../services/app-data';
import { indexWorkerCount } from '../services/check-workers';
import { createServices } from '../services/create-services';
import { createDispatcher } from '../services/dispatch';
import { chooseFolder } from '../services/folder-choice';
import { appLocation } from './app-location';
import { installAppProtocol } from './app-protocol';
import { installAssetProtocol } from './asset-protocol';
import { guardClose, mayLeave, unsavedPrompt } from './close-guard';
import { installContextMenu } from './context-menu';
import { contentSecurityPolicy, installContentSecurityPolicy } from './csp';
import { installEmbedReferrer } from './embed-referrer';
import { forwardEvents, registerIpcHandlers, sendToPage } from './ipc';
import { installMenu } from './menu';
import { guardNavigation } from './navigation';
import { loadAppPage } from './page-load';
import { installPermissionHandlers } from './permissions';
import { RendererQuestions } from './renderer-questions';
import { EncryptedKeyStore } from '../services/youtube/key-store';
import { safeStorageEncryption } from './safe-storage';
import { folderFromArgv, prepareSampleSite, secondLaunchFolder } from './start-folder';
import { appTitle, mainWindowOptions } from './window';
import { restoredBounds, trackWindowState } from './window-state';

/** Where the built app's parts are, worked out by the entry point. */
export interface AppPaths {
  preload: string;
  rendererDir: string;
  /** The sample site shipped with the app. */
  sampleSite: string;
  devServerUrl?: string | undefined;
}

/** How long the page has to say which posts are unsaved, and to save them all. */
const unsavedQuestionMs = 2_000;
const saveAllQuestionMs = 30_000;

/**
 * The composition root: builds the services, hardens the session, opens the
 * start folder and the one window, and wires menu, IPC and close guard.
 */
export async function startApp(paths: AppPaths): Promise<void> {
  const dataDir = appDataDir();
  // The window, once there is one: the export folder dialog belongs to it.
  let exportDialogParent: BrowserWindow | null = null;
  const services = createServices({
    dataDir,
    trash: (absolutePath) => shell.trashItem(absolutePath),
    // The key is kept encrypted by the system keychain; the page only learns whether one is set.
    keyStore: new EncryptedKeyStore(dataDir, safeStorageEncryption(safeStorage)),
    indexWorkers: indexWorkerCount(),
    // The folder the user chooses here is the only one the page may export into.
    chooseExportFolder: async () => {
      if (!exportDialogParent || exportDialogParent.isDestroyed()) return null;
      const result = await dialog.showOpenDialog(exportDialogParent, {
        title: 'Export to Folder',
        properties: ['openDirectory', 'createDirectory'],
      });
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  });
  await services.init();
  const { settings, workspace } = services;

  const development = Boolean(paths.devServerUrl);
  const location = appLocation({ devServerUrl: paths.devServerUrl });
  const appSession = session.defaultSession;
  installPermissionHandlers(appSession);
  installEmbedReferrer(appSession);
  const policy = contentSecurityPolicy({ devServerUrl: paths.devServerUrl });
  if (development) installContentSecurityPolicy(appSession, location.isAppUrl, policy);
  else installAppProtocol(await realpath(paths.rendererDir), policy);
  app.on('web-contents-created', (_event, contents) =>
    guardNavigation(contents, location.isAppUrl),
  );
  installAssetProtocol(async () => (await workspace['workspace.current']({}))?.root ?? null);
  registerIpcHandlers(
    createDispatcher(services.api, (error) =>
      console.error('Recap Studio: a call failed unexpectedly:', error),
    ),
    location.isAppUrl,
  );
  const questions = new RendererQuestions(location.isAppUrl);

  const notices: string[] = [];
  const sampleSite = await prepareSampleSite({
    shipped: paths.sampleSite,
    dataDir,
    packaged: app.isPackaged,
  });
  const choice = chooseFolder({
    given: folderFromArgv(process.argv, process.defaultApp === true),
    cwd: process.cwd(),
    lastFolder: settings.lastFolder,
    sampleSite,
  });
  if (choice.notice) notices.push(choice.notice);
  let info = await openOrNull(choice.folder, notices);
  if (info === null && choice.folder !== sampleSite) info = await openOrNull(sampleSite, notices);

  const bounds = restoredBounds(
    settings.values.window,
    screen.getAllDisplays().map((display) => display.workArea),
  );
  const window = new BrowserWindow(mainWindowOptions({ preloadPath: paths.preload, bounds }));
  exportDialogParent = window;
  installContextMenu(window.webContents, window);
  trackWindowState(window, (state) => {
    settings.update({ window: state }).catch(() => undefined);
  });
  // The window's title names the open folder, not the page's <title>.
  window.on('page-title-updated', (event) => event.preventDefault());
  const showTitle = (): void => window.setTitle(info ? `${info.name} — ${appTitle}` : appTitle);
  showTitle();
  window.once('ready-to-show', () => {
    // Not before: maximize() shows a hidden window, blank until the page has painted.
    if (bounds.maximized) window.maximize();
    window.show();
    for (const notice of notices.splice(0))
      void dialog.showMessageBox(window, { type: 'info', message: notice });
  });

  const stopForwarding = forwardEvents(services.onEvent, () =>
    window.isDestroyed() ? null : window.webContents,
  );

  const leaveSteps = {
    unsavedPosts: async () =>
      (await questions.ask(window.webContents, 'unsavedPosts', unsavedQuestionMs))?.paths ?? null,
    prompt: unsavedPrompt(window),
    saveAll: async () =>
      (await questions.ask(window.webContents, 'saveAll', saveAllQuestionMs))?.saved ?? false,
    discardBackups: async (paths: string[]) => {
      for (const path of paths)
        await services.api['backups.discard']({ path }).catch(() => undefined);
    },
  };
  guardClose(window, () => mayLeave(leaveSteps));

  const sendCommand = (command: MenuCommand): void =>
    sendToPage(window.isDestroyed() ? null : window.webContents, menuCommandEvent, { command });

  const switchTo = async (folder: string): Promise<void> => {
    if (!(await mayLeave(leaveSteps))) return;
    const problems: string[] = [];
    const opened = await openOrNull(folder, problems);
    if (!opened) {
      await dialog.showMessageBox(window, {
        type: 'error',
        message: `Recap Studio cannot open ${folder}.`,
        detail: problems.join(' '),
      });
      return;
    }
    sendCommand('folder.opened');
  };

  // Whoever opens a folder (the page, the menu), the window's title and Open Recent follow;
  // the workspace records every folder it opens in Settings, which Open Recent reads.
  const stopShowingOpened = workspace.on('workspace.opened', (opened) => {
    info = opened;
    showTitle();
    rebuildMenu();
  });

  const rebuildMenu = (): void =>
    installMenu({
      platform: process.platform,
      recentFolders: settings.values.recentFolders,
      development,
      actions: {
        command: sendCommand,
        openFolder: () => {
          void dialog
            .showOpenDialog(window, { title: 'Open Folder', properties: ['openDirectory'] })
            .then((result) => {
              const folder = result.filePaths[0];
              if (!result.canceled && folder) return switchTo(folder);
            });
        },
        openRecent: (folder) => void switchTo(folder),
        clearRecent: () => {
          void settings.update({ recentFolders: [] }).then(rebuildMenu, () => undefined);
        },
        reload: () => {
          void mayLeave(leaveSteps).then((ok) => {
            if (ok && !window.isDestroyed()) window.webContents.reload();
          });
        },
      },
    });
  rebuildMenu();

  // `npm start -- OTHER` while the app runs: the running app opens OTHER, asking first.
  app.on('second-instance', (_event, argv, workingDirectory, additionalData) => {
    if (window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.focus();
    const folder = secondLaunchFolder({
      additionalData,
      argv,
      workingDirectory,
      defaultApp: process.defaultApp === true,
    });
    if (folder !== null && folder !== info?.root) void switchTo(folder);
  });
  // One window shows one folder: closing it ends the app, on macOS too.
  app.on('window-all-closed', () => app.quit());
  let disposed = false;
  app.on('will-quit', (event) => {
    if (disposed) return;
    event.preventDefault();
    stopForwarding();
    stopShowingOpened();
    questions.dispose();
    void services
      .dispose()
      .catch(() => undefined)
      .finally(() => {
        disposed = true;
        app.quit();
      });
  });

  await loadAppPage(window, location.entryUrl, {
    isAppUrl: location.isAppUrl,
    report: async (problem) => {
      const { response } = await dialog.showMessageBox(window, {
        type: 'error',
        buttons: ['Try Again', 'Quit'],
        defaultId: 0,
        cancelId: 1,
        noLink: true,
        message: 'Recap Studio could not show its window.',
        detail: `The page did not load: ${problem}. Your posts and unsaved edits are safe.`,
      });
      return response === 0 ? 'retry' : 'quit';
    },
    quit: () => app.quit(),
  });

  async function openOrNull(folder: string, problems: string[]): Promise<WorkspaceInfo | null> {
    try {
      return await workspace['workspace.open']({ path: folder });
    } catch (error) {
      const reason = error instanceof ServiceError ? error.message : (error as Error).message;
      problems.push(`Recap Studio could not open ${folder}: ${reason}`);
      return null;
    }
  }
}

/** Where the sample site ships: beside the app's resources when installed, in the checkout otherwise. */
export function shippedSampleSite(): string {
  return app.isPackaged
    ? join(process.resourcesPath, 'sample-site')
    : join(app.getAppPath(), 'resources', 'sample-site');
}
