import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../../shared/ipc/menu-commands';

export interface DesktopShellHandlers {
  onMenuCommand: (command: MenuCommand) => void;
  /** Paths of the posts with unsaved text, for main's close prompt. */
  unsavedPaths: () => string[];
  /** Saves everything; true when every save succeeded. */
  saveAll: () => Promise<boolean>;
}

/**
 * In the desktop app: runs the menu's commands and answers main's questions
 * before the window closes or another folder opens. Does nothing in a browser.
 */
export function useDesktopShell(handlers: DesktopShellHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    const shell = window.studio?.shell;
    if (!shell) return;
    const stops = [
      shell.onMenuCommand((command) => latest.current.onMenuCommand(command)),
      shell.answer('unsavedPosts', () => ({ paths: latest.current.unsavedPaths() })),
      shell.answer('saveAll', async () => ({ saved: await latest.current.saveAll() })),
    ];
    return () => stops.forEach((stop) => stop());
  }, []);
}
