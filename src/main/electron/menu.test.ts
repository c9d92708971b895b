import { Menu, type MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { installMenu, menuTemplate, type MenuActions } from './menu';

vi.mock('electron', () => ({
  Menu: {
    buildFromTemplate: vi.fn((template: unknown) => ({ template })),
    setApplicationMenu: vi.fn(),
  },
}));

function actions() {
  return {
    command: vi.fn<MenuActions['command']>(),
    openFolder: vi.fn<MenuActions['openFolder']>(),
    openRecent: vi.fn<MenuActions['openRecent']>(),
    clearRecent: vi.fn<MenuActions['clearRecent']>(),
    reload: vi.fn<MenuActions['reload']>(),
  };
}

/** Every item of the template, submenus included. */
function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? items(item.submenu) : []),
  ]);
}

function find(
  template: MenuItemConstructorOptions[],
  labelOrRole: string,
): MenuItemConstructorOptions {
  const item = items(template).find((i) => i.label === labelOrRole || i.role === labelOrRole);
  if (!item) throw new Error(`no menu item ${labelOrRole}`);
  return item;
}

function click(item: MenuItemConstructorOptions): void {
  (item.click as () => void)();
}

describe.each(['darwin', 'linux', 'win32'] as const)('the menu on %s', (platform) => {
  const mac = platform === 'darwin';
  const build = (recentFolders: string[] = [], development = false) => {
    const menuActions = actions();
    const template = menuTemplate({ platform, recentFolders, development, actions: menuActions });
    return { template, menuActions };
  };

  it('has the usual accelerators', () => {
    const { template } = build();
    const accelerators: [string, string][] = [
      ['New Post…', 'CmdOrCtrl+N'],
      ['Open Folder…', 'CmdOrCtrl+O'],
      ['Save', 'CmdOrCtrl+S'],
      ['Export…', 'CmdOrCtrl+E'],
      ['Close Tab', 'CmdOrCtrl+W'],
      ['Close Window', 'CmdOrCtrl+Shift+W'],
      ['Find', 'CmdOrCtrl+F'],
      [mac ? 'Settings…' : 'Preferences…', 'CmdOrCtrl+,'],
      ['undo', 'CmdOrCtrl+Z'],
      ['redo', platform === 'win32' ? 'Ctrl+Y' : 'Shift+CmdOrCtrl+Z'],
      ['quit', mac ? 'Cmd+Q' : 'Ctrl+Q'],
    ];
    for (const [label, accelerator] of accelerators)
      expect(find(template, label).accelerator, label).toBe(accelerator);
    for (const role of ['cut', 'copy', 'paste', 'selectAll'] as const) find(template, role);
  });

  it("sends the page's actions to it as commands", () => {
    const { template, menuActions } = build();
    click(find(template, 'New Post…'));
    click(find(template, 'Save'));
    click(find(template, 'Export…'));
    click(find(template, 'Publish Check'));
    click(find(template, 'Close Tab'));
    click(find(template, 'Find'));
    click(find(template, mac ? 'Settings…' : 'Preferences…'));
    expect(menuActions.command.mock.calls).toEqual([
      ['post.new'],
      ['post.save'],
      ['post.export'],
      ['view.publishCheck'],
      ['tab.close'],
      ['edit.find'],
      ['app.preferences'],
    ]);
    click(find(template, 'Open Folder…'));
    expect(menuActions.openFolder).toHaveBeenCalled();
  });

  it('lists the recent folders from Settings, each opening its folder', () => {
    const { template, menuActions } = build(['/home/ada/linkerd-website', '/home/ada/blog']);
    const recent = find(template, 'Open Recent').submenu as MenuItemConstructorOptions[];
    expect(recent.map((item) => item.label ?? item.type)).toEqual([
      '/home/ada/linkerd-website',
      '/home/ada/blog',
      'separator',
      'Clear Recently Opened',
    ]);
    click(recent[1] as MenuItemConstructorOptions);
    expect(menuActions.openRecent).toHaveBeenCalledWith('/home/ada/blog');
    click(recent[3] as MenuItemConstructorOptions);
    expect(menuActions.clearRecent).toHaveBeenCalled();
  });

  it('says so when there are no recent folders', () => {
    const recent = find(build().template, 'Open Recent').submenu as MenuItemConstructorOptions[];
    expect(recent).toEqual([{ label: 'No Recent Folders', enabled: false }]);
  });

  it('offers reload and the developer tools in development only', () => {
    const names = (development: boolean) =>
      items(build([], development).template).map((item) => item.role ?? item.label);
    expect(names(true)).toContain('toggleDevTools');
    expect(names(true)).toContain('Reload');
    expect(names(false)).not.toContain('toggleDevTools');
    expect(names(false)).not.toContain('Reload');
  });

  it("reloads through the app's guard, never the reload roles that skip the unsaved prompt", () => {
    const { template, menuActions } = build([], true);
    const all = items(template);
    expect(all.map((item) => item.role)).not.toContain('reload');
    expect(all.map((item) => item.role)).not.toContain('forceReload');
    const reload = find(template, 'Reload');
    expect(reload.accelerator).toBe('CmdOrCtrl+R');
    click(reload);
    expect(menuActions.reload).toHaveBeenCalled();
  });
});

describe('installMenu', () => {
  it("makes the built menu the application's", () => {
    installMenu({ platform: 'linux', recentFolders: [], development: false, actions: actions() });
    expect(Menu.setApplicationMenu).toHaveBeenCalledWith(
      vi.mocked(Menu.buildFromTemplate).mock.results[0]?.value,
    );
  });
});
