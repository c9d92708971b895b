/**
 * The problems panel's size and whether it is hidden, kept in the page's
 * storage so a reload or the next start finds it as it was left.
 */
import { useCallback, useState } from 'react';

export interface ProblemsLayout {
  /** The panel's height in CSS pixels when shown. */
  height: number;
  hidden: boolean;
}

export const defaultProblemsLayout: ProblemsLayout = { height: 170, hidden: false };
export const minProblemsHeight = 72;
export const maxProblemsHeight = 900;

const storageKey = 'recap-studio.problems-layout';

export function clampProblemsHeight(height: number): number {
  if (!Number.isFinite(height)) return defaultProblemsLayout.height;
  return Math.round(Math.min(maxProblemsHeight, Math.max(minProblemsHeight, height)));
}

/** The stored layout; anything unreadable gives the default. */
export function readProblemsLayout(storage: Pick<Storage, 'getItem'> | null): ProblemsLayout {
  try {
    const stored: unknown = JSON.parse(storage?.getItem(storageKey) ?? 'null');
    if (typeof stored !== 'object' || stored === null) return defaultProblemsLayout;
    const { height, hidden } = stored as Record<string, unknown>;
    return {
      height:
        typeof height === 'number' ? clampProblemsHeight(height) : defaultProblemsLayout.height,
      hidden: hidden === true,
    };
  } catch {
    return defaultProblemsLayout;
  }
}

export function writeProblemsLayout(
  storage: Pick<Storage, 'setItem'> | null,
  layout: ProblemsLayout,
): void {
  try {
    storage?.setItem(storageKey, JSON.stringify(layout));
  } catch {
    // Storage full or refused (a private window): the layout lasts this session only.
  }
}

function pageStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** The layout, and setters that remember each change. */
export function useProblemsLayout(): ProblemsLayout & {
  setHeight: (height: number) => void;
  setHidden: (hidden: boolean | ((hidden: boolean) => boolean)) => void;
} {
  const [layout, setLayout] = useState(() => readProblemsLayout(pageStorage()));
  const update = useCallback((change: (current: ProblemsLayout) => ProblemsLayout) => {
    setLayout((current) => {
      const next = change(current);
      writeProblemsLayout(pageStorage(), next);
      return next;
    });
  }, []);
  const setHeight = useCallback(
    (height: number) => update((current) => ({ ...current, height: clampProblemsHeight(height) })),
    [update],
  );
  const setHidden = useCallback(
    (hidden: boolean | ((hidden: boolean) => boolean)) =>
      update((current) => ({
        ...current,
        hidden: typeof hidden === 'function' ? hidden(current.hidden) : hidden,
      })),
    [update],
  );
  return { ...layout, setHeight, setHidden };
}
