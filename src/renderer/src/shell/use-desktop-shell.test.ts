// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../../shared/ipc/menu-commands';
import type { ShellApi, ShellQuestion } from '../../../shared/ipc/shell-api';
import { useDesktopShell, type DesktopShellHandlers } from './use-desktop-shell';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** What the preload's shell does, with a way to play main's side. */
function fakeShell() {
  const menuListeners = new Set<(command: MenuCommand) => void>();
  const answers = new Map<ShellQuestion, () => unknown>();
  const shell: ShellApi = {
    onMenuCommand(listener) {
      menuListeners.add(listener);
      return () => menuListeners.delete(listener);
    },
    answer(question, handler) {
      answers.set(question, handler);
      return () => answers.delete(question);
    },
  };
  return {
    shell,
    menu: (command: MenuCommand) => menuListeners.forEach((listener) => listener(command)),
    ask: async (question: ShellQuestion) => answers.get(question)?.(),
    listening: () => menuListeners.size + answers.size,
  };
}

function Probe({ handlers }: { handlers: DesktopShellHandlers }) {
  useDesktopShell(handlers);
  return null;
}

afterEach(() => {
  delete (window as { studio?: unknown }).studio;
});

describe('useDesktopShell', () => {
  it('runs menu commands and answers the close guard with the latest handlers', async () => {
    const fake = fakeShell();
    (window as { studio?: unknown }).studio = { shell: fake.shell };
    const commands: string[] = [];
    let unsaved = ['content/a.md'];
    const handlers = (tag: string): DesktopShellHandlers => ({
      onMenuCommand: (command) => commands.push(`${tag} ${command}`),
      unsavedPaths: () => unsaved,
      saveAll: async () => unsaved.length === 0,
    });
    const root = createRoot(document.createElement('div'));
    act(() => root.render(createElement(Probe, { handlers: handlers('first') })));
    fake.menu('post.save');
    act(() => root.render(createElement(Probe, { handlers: handlers('second') })));
    fake.menu('folder.opened');
    expect(commands).toEqual(['first post.save', 'second folder.opened']);
    expect(await fake.ask('unsavedPosts')).toEqual({ paths: ['content/a.md'] });
    expect(await fake.ask('saveAll')).toEqual({ saved: false });
    unsaved = [];
    expect(await fake.ask('saveAll')).toEqual({ saved: true });
    act(() => root.unmount());
    expect(fake.listening()).toBe(0);
  });

  it('does nothing in a browser, where there is no shell', () => {
    const root = createRoot(document.createElement('div'));
    expect(() =>
      act(() =>
        root.render(
          createElement(Probe, {
            handlers: {
              onMenuCommand: () => undefined,
              unsavedPaths: () => [],
              saveAll: async () => true,
            },
          }),
        ),
      ),
    ).not.toThrow();
    act(() => root.unmount());
  });
});
