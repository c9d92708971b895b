import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/menu-commands';
import { appTitle } from './window';

/** What the menu's items do; the page's own actions arrive there as commands. */
export interface MenuActions {
  /** Sends a command to the page (New Post, Save, Export, Find, Preferences). */
  command(command: MenuCommand): void;
  /** Open Folder…: the system's folder dialog, then open what the user chose. */
  openFolder(): void;
  openRecent(folder: string): void;
  clearRecent(): void;
  /** View › Reload (development only): asks about unsaved posts first, like closing. */
  reload(): void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  recentFolders: readonly string[];
  /** Reload and the developer tools: under `npm run dev` only, not for every `npm start`. */
  development: boolean;
  actions: MenuActions;
}

/**
 * The application menu. Undo, Redo and the clipboard use Electron's roles:
 * they reach text fields natively and the editor through `beforeinput`
 * (CodeMirror's history listens for `historyUndo`/`historyRedo`).
 */
export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { platform, actions } = options;
  const mac = platform === 'darwin';
  const preferences: MenuItemConstructorOptions = {
    label: mac ? 'Settings…' : 'Preferences…',
    accelerator: 'CmdOrCtrl+,',
    click: () => actions.command('app.preferences'),
  };

  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: appTitle,
          submenu: [
            { role: 'about' },
            { type: 'separator' },
            preferences,
            { type: 'separator' },
            { role: 'services' },
            { type: 'separator' },
            { role: 'hide' },
            { role: 'hideOthers' },
            { role: 'unhide' },
            { type: 'separator' },
            { role: 'quit', accelerator: 'Cmd+Q' },
          ],
        },
      ]
    : [];

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      {
        label: 'New Post…',
        accelerator: 'CmdOrCtrl+N',
        click: () => actions.command('post.new'),
      },
      {
        label: 'New Recap…',
        accelerator: 'CmdOrCtrl+Alt+R',
        click: () => actions.command('recap.new'),
      },
      { label: 'Open Folder…', accelerator: 'CmdOrCtrl+O', click: () => actions.openFolder() },
      { label: 'Open Recent', submenu: recentSubmenu(options) },
      { type: 'separator' },
      { label: 'Save', accelerator: 'CmdOrCtrl+S', click: () => actions.command('post.save') },
      {
        label: 'Export…',
        // Not Shift+E: the page's "Go to post list" is Ctrl/Cmd+Shift+E.
        accelerator: 'CmdOrCtrl+E',
        click: () => actions.command('post.export'),
      },
      { label: 'Publish Check', click: () => actions.command('view.publishCheck') },
      { type: 'separator' },
      // Ctrl/Cmd+W closes the post, as in an editor with tabs; the page asks when it is unsaved.
      { label: 'Close Tab', accelerator: 'CmdOrCtrl+W', click: () => actions.command('tab.close') },
      { role: 'close', label: 'Close Window', accelerator: 'CmdOrCtrl+Shift+W' },
      ...(mac
        ? []
        : [
            { type: 'separator' } as const,
            {
              role: 'quit',
              label: platform === 'win32' ? 'E&xit' : '&Quit',
              accelerator: 'Ctrl+Q',
            } as const,
          ]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo', accelerator: 'CmdOrCtrl+Z' },
      { role: 'redo', accelerator: platform === 'win32' ? 'Ctrl+Y' : 'Shift+CmdOrCtrl+Z' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      { label: 'Find', accelerator: 'CmdOrCtrl+F', click: () => actions.command('edit.find') },
      ...(mac ? [] : [{ type: 'separator' } as const, preferences]),
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...(options.development
        ? [
            // Not the reload role: that would drop unsaved text without asking.
            { label: 'Reload', accelerator: 'CmdOrCtrl+R', click: () => actions.reload() } as const,
            { role: 'toggleDevTools' } as const,
            { type: 'separator' } as const,
          ]
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  const window: MenuItemConstructorOptions = mac
    ? { role: 'windowMenu' }
    : { label: '&Window', submenu: [{ role: 'minimize' }] };

  return [...appMenu, file, edit, view, window];
}

function recentSubmenu(options: MenuOptions): MenuItemConstructorOptions[] {
  if (options.recentFolders.length === 0) return [{ label: 'No Recent Folders', enabled: false }];
  return [
    ...options.recentFolders.map((folder) => ({
      label: folder,
      click: () => options.actions.openRecent(folder),
    })),
    { type: 'separator' },
    { label: 'Clear Recently Opened', click: () => options.actions.clearRecent() },
  ];
}

/** Builds the menu and makes it the application's. */
export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options)));
}
