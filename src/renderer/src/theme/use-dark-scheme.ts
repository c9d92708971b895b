import { useSyncExternalStore } from 'react';

const query = '(prefers-color-scheme: dark)';

function subscribe(listener: () => void): () => void {
  const media = globalThis.matchMedia?.(query);
  media?.addEventListener('change', listener);
  return () => media?.removeEventListener('change', listener);
}

function isDark(): boolean {
  return globalThis.matchMedia?.(query).matches ?? false;
}

/** Whether the system asks for dark colours, following changes as they happen. */
export function useDarkScheme(): boolean {
  return useSyncExternalStore(subscribe, isDark);
}
