import { useEffect, useRef } from 'react';
import type { Command } from './command';
import { currentPlatform, matchesShortcut } from './shortcut';

/**
 * Runs the app's commands from their shortcuts wherever focus is. Listens
 * before anything else on the page (capture), so a shortcut means the same
 * in the editor, the post list or a dialog.
 */
export function useShortcuts(commands: readonly Command[]): void {
  const latest = useRef(commands);
  useEffect(() => {
    latest.current = commands;
  });

  useEffect(() => {
    const platform = currentPlatform();
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      for (const command of latest.current) {
        if (command.scope !== 'app' || !command.shortcut) continue;
        if (!matchesShortcut(command.shortcut, event, platform)) continue;
        event.preventDefault();
        event.stopPropagation();
        if (command.enabled()) command.run();
        return;
      }
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
