import { useEffect, useRef } from 'react';

/**
 * Escape leaves focus mode, unless something else used it first: the
 * editor collapsing a selection or closing its search, a dialog closing.
 */
export function useFocusModeExit(focusMode: boolean, leave: () => void): void {
  const latest = useRef(leave);
  useEffect(() => {
    latest.current = leave;
  });
  useEffect(() => {
    if (!focusMode) return;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (event.ctrlKey || event.altKey || event.metaKey || event.shiftKey) return;
      if (document.querySelector('[role="dialog"], [role="alertdialog"]')) return;
      latest.current();
    };
    // Bubbling, after the editor and dialogs had their turn.
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [focusMode]);
}
