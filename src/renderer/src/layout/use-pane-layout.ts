import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import {
  defaultLayout,
  fitLayout,
  readLayout,
  withPaneShown,
  withPaneSize,
  writeLayout,
  type FittedLayout,
  type Pane,
  type PaneLayout,
} from './pane-layout';
import { pageStorage } from '../page-storage';

/** What the app bar and status bar take of the window's height, about. */
const chromeHeight = 64;

export interface PaneLayoutControls {
  layout: PaneLayout;
  /** The sizes shown now, fitted to the window. */
  fitted: FittedLayout;
  /** Only the editor is shown. */
  focusMode: boolean;
  setShown: (pane: Pane, shown: boolean) => void;
  toggle: (pane: Pane) => void;
  resize: (pane: Pane, size: number) => void;
  resetSize: (pane: Pane) => void;
  setFocusMode: (on: boolean) => void;
}

function subscribeToResize(listener: () => void): () => void {
  window.addEventListener('resize', listener);
  return () => window.removeEventListener('resize', listener);
}
const windowSize = (): string => `${window.innerWidth}x${window.innerHeight}`;

/**
 * The panes of the main screen, as the user last left them: kept in the
 * page's local storage on every change, read back when the screen opens.
 * Focus mode is a moment's choice and is not kept.
 */
export function usePaneLayout(): PaneLayoutControls {
  const [layout, setLayout] = useState<PaneLayout>(() => readLayout(pageStorage()));
  const [focusMode, setFocusMode] = useState(false);
  useEffect(() => writeLayout(pageStorage(), layout), [layout]);

  const size = useSyncExternalStore(subscribeToResize, windowSize);
  const fitted = useMemo(() => {
    const [width = 0, height = 0] = size.split('x').map(Number);
    return fitLayout(layout, width, height - chromeHeight);
  }, [layout, size]);

  const setShown = useCallback(
    (pane: Pane, shown: boolean) => setLayout((current) => withPaneShown(current, pane, shown)),
    [],
  );
  const toggle = useCallback(
    (pane: Pane) =>
      setLayout((current) => withPaneShown(current, pane, !current[`${pane}Shown` as const])),
    [],
  );
  const resize = useCallback(
    (pane: Pane, to: number) => setLayout((current) => withPaneSize(current, pane, to)),
    [],
  );
  const resetSize = useCallback((pane: Pane) => {
    const key = ({ list: 'listWidth', side: 'sideWidth', problems: 'problemsHeight' } as const)[
      pane
    ];
    setLayout((current) => ({ ...current, [key]: defaultLayout[key] }));
  }, []);

  return { layout, fitted, focusMode, setShown, toggle, resize, resetSize, setFocusMode };
}
