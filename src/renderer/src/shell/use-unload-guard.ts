import { useEffect, useRef } from 'react';

/**
 * In a browser, asks before the page is closed or reloaded with unsaved
 * text. (The desktop app asks in main instead, with Save / Don't Save.)
 */
export function useUnloadGuard(hasUnsaved: () => boolean): void {
  const latest = useRef(hasUnsaved);
  useEffect(() => {
    latest.current = hasUnsaved;
  });

  useEffect(() => {
    if (window.studio) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!latest.current()) return;
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);
}
