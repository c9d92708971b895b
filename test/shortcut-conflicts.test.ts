import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '../src/shared/ipc/menu-commands';
import { menuTemplate, type MenuActions } from '../src/main/electron/menu';
import { formatShortcut } from '../src/renderer/src/commands/shortcut';
import { shortcuts } from '../src/renderer/src/commands/shortcuts';

vi.mock('electron', () => ({ Menu: {} }));

// One key must mean one thing. The menu's accelerators and the page's own
// shortcuts (src/renderer/src/commands/shortcuts.ts) are listed together, per
// platform, and a key bound to two different commands fails the test.

/** What each page shortcut does, in the menu's terms where the menu has the same command. */
const pageCommandOf: Record<keyof typeof shortcuts, string> = {
  palette: 'page:palette',
  findPost: 'page:findPost',
  focusList: 'page:focusList',
  focusEditor: 'page:focusEditor',
  newPost: 'command:post.new',
  newRecap: 'command:recap.new',
  save: 'command:post.save',
  saveAll: 'page:saveAll',
  closeTab: 'command:tab.close',
  nextTab: 'page:nextTab',
  previousTab: 'page:previousTab',
  problems: 'page:problems',
  nextProblem: 'page:nextProblem',
  previousProblem: 'page:previousProblem',
  preview: 'page:preview',
  frontMatter: 'page:frontMatter',
  compare: 'page:compare',
  overwrite: 'page:overwrite',
  reload: 'page:reload',
};

type Platform = 'darwin' | 'linux' | 'win32';

/** Electron's default accelerators for the roles the menu uses without one of its own. */
function roleAccelerator(role: string, platform: Platform): string | null {
  const defaults: Record<string, string | null> = {
    close: 'CommandOrControl+W',
    copy: 'CommandOrControl+C',
    cut: 'CommandOrControl+X',
    paste: 'CommandOrControl+V',
    pasteAndMatchStyle: 'Shift+CommandOrControl+V',
    selectAll: 'CommandOrControl+A',
    undo: 'CommandOrControl+Z',
    redo: platform === 'win32' ? 'Control+Y' : 'Shift+CommandOrControl+Z',
    minimize: 'CommandOrControl+M',
    hide: 'Command+H',
    hideOthers: 'Command+Alt+H',
    quit: platform === 'win32' ? null : 'CommandOrControl+Q',
    reload: 'CmdOrCtrl+R',
    forceReload: 'Shift+CmdOrCtrl+R',
    toggleDevTools: platform === 'darwin' ? 'Alt+Command+I' : 'Ctrl+Shift+I',
    resetZoom: 'CommandOrControl+0',
    zoomIn: 'CommandOrControl+Plus',
    zoomOut: 'CommandOrControl+-',
    togglefullscreen: platform === 'darwin' ? 'Control+Command+F' : 'F11',
  };
  return defaults[role] ?? null;
}

/** The page's platforms: `Mod` is ⌘ on a Mac and Ctrl elsewhere. */
function pagePlatform(platform: Platform): 'mac' | 'other' {
  return platform === 'darwin' ? 'mac' : 'other';
}

/** `Shift+CmdOrCtrl+Z`, Electron's way, written the page's way: `Shift-Mod-z`. */
function acceleratorAsShortcut(accelerator: string): string {
  const parts = accelerator.split(/\+(?!$)/);
  const key = parts.pop() ?? '';
  const modifiers = parts.map((part) => {
    const name = part.toLowerCase();
    if (name === 'cmdorctrl' || name === 'commandorcontrol') return 'Mod';
    if (name === 'cmd' || name === 'command' || name === 'super' || name === 'meta') return 'Meta';
    if (name === 'ctrl' || name === 'control') return 'Ctrl';
    if (name === 'alt' || name === 'option') return 'Alt';
    if (name === 'shift') return 'Shift';
    throw new Error(`Unknown accelerator modifier ${part} in ${accelerator}`);
  });
  return [...modifiers, key === 'Plus' ? '+' : key.toLowerCase()].join('-');
}

/** The keys pressed, as the page's own formatter names them on `platform`. */
function keyOf(shortcut: string, platform: Platform): string {
  return formatShortcut(shortcut, pagePlatform(platform));
}

/** Every menu item with a key, and the command it stands for. */
function menuBindings(platform: Platform): { key: string; command: string; where: string }[] {
  let sent: MenuCommand | null = null;
  const actions: MenuActions = {
    command: (command) => (sent = command),
    openFolder: () => (sent = null),
    openRecent: () => (sent = null),
    clearRecent: () => (sent = null),
    reload: () => (sent = null),
  };
  const template = menuTemplate({
    platform,
    recentFolders: ['/site'],
    development: true,
    actions,
  });
  const bindings: { key: string; command: string; where: string }[] = [];
  const walk = (items: MenuItemConstructorOptions[]): void => {
    for (const item of items) {
      if (Array.isArray(item.submenu)) walk(item.submenu);
      const accelerator =
        (item.accelerator as string | undefined) ??
        (item.role ? roleAccelerator(item.role, platform) : null);
      if (!accelerator) continue;
      sent = null;
      if (item.click) (item.click as () => void)();
      const name = item.label ?? item.role ?? '?';
      const command = sent ? `command:${sent}` : `menu:${item.role ?? name}`;
      bindings.push({
        key: keyOf(acceleratorAsShortcut(accelerator), platform),
        command,
        where: `menu ${name}`,
      });
    }
  };
  walk(template);
  return bindings;
}

function pageBindings(platform: Platform): { key: string; command: string; where: string }[] {
  return (Object.keys(shortcuts) as (keyof typeof shortcuts)[]).map((name) => ({
    key: keyOf(shortcuts[name], platform),
    command: pageCommandOf[name],
    where: `page ${name}`,
  }));
}

describe.each(['darwin', 'linux', 'win32'] as const)('keys on %s', (platform) => {
  it('mean one command each, across the menu and the page', () => {
    const all = [...menuBindings(platform), ...pageBindings(platform)];
    const byKey = new Map<string, { command: string; where: string }[]>();
    for (const binding of all) byKey.set(binding.key, [...(byKey.get(binding.key) ?? []), binding]);
    const conflicts = [...byKey.entries()]
      .filter(([, bound]) => new Set(bound.map((b) => b.command)).size > 1)
      .map(([key, bound]) => `${key}: ${bound.map((b) => b.where).join(', ')}`);
    expect(conflicts).toEqual([]);
  });

  it('include the menu and page keys this check is about', () => {
    const menu = menuBindings(platform).map((b) => b.key);
    const key = (shortcut: string) => keyOf(shortcut, platform);
    expect(menu).toContain(key('Mod-w'));
    expect(menu).toContain(key('Mod-e'));
    expect(menu).toContain(key('Mod-s'));
    expect(pageBindings(platform).map((b) => b.key)).toContain(key('Mod-Shift-e'));
  });
});

describe('the check itself', () => {
  it('finds the conflict this issue was about: Export on Ctrl+Shift+E beside "Go to post list"', () => {
    const exportKey = keyOf(acceleratorAsShortcut('CmdOrCtrl+Shift+E'), 'linux');
    const listKey = keyOf(shortcuts.focusList, 'linux');
    expect(exportKey).toBe(listKey);
  });
});
