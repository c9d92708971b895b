import type { Rectangle } from 'electron';
import type { WindowState } from '../services/settings';

/** Where and how big the window opens; no position means "let the system place it". */
export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const defaultWindowBounds: WindowBounds = { width: 1280, height: 840, maximized: false };

/** Settings' limits, so a tiny window never makes the saved state invalid. */
const minimumSize = { width: 400, height: 300 };
/** How much of the window must be on a screen for its old position to be reused. */
const minimumVisible = { width: 100, height: 50 };

/**
 * The bounds to open with, from the saved state and the screens' work areas
 * now. A position on a screen that is gone (a detached monitor) is dropped,
 * and a size larger than every screen shrinks to fit the largest.
 */
export function restoredBounds(state: WindowState | null, workAreas: Rectangle[]): WindowBounds {
  if (!state) return { ...defaultWindowBounds };
  const largest = workAreas.reduce<{ width: number; height: number } | null>(
    (max, area) =>
      max === null
        ? { width: area.width, height: area.height }
        : { width: Math.max(max.width, area.width), height: Math.max(max.height, area.height) },
    null,
  );
  const width = largest ? Math.min(state.width, largest.width) : state.width;
  const height = largest ? Math.min(state.height, largest.height) : state.height;
  const bounds: WindowBounds = { width, height, maximized: state.maximized };
  if (state.x === undefined || state.y === undefined) return bounds;
  const window = { x: state.x, y: state.y, width, height };
  if (workAreas.some((area) => isVisibleOn(window, area))) {
    bounds.x = state.x;
    bounds.y = state.y;
  }
  return bounds;
}

function isVisibleOn(window: Rectangle, area: Rectangle): boolean {
  const overlapWidth =
    Math.min(window.x + window.width, area.x + area.width) - Math.max(window.x, area.x);
  const overlapHeight =
    Math.min(window.y + window.height, area.y + area.height) - Math.max(window.y, area.y);
  // The title bar must be on the screen too, or the window cannot be dragged back.
  const titleBarOnScreen = window.y >= area.y && window.y < area.y + area.height;
  return (
    overlapWidth >= minimumVisible.width &&
    overlapHeight >= minimumVisible.height &&
    titleBarOnScreen
  );
}

/** The parts of a BrowserWindow whose state is remembered. */
export interface StatefulWindow {
  getNormalBounds(): Rectangle;
  isMaximized(): boolean;
  on(event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown;
  removeListener(
    event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'close',
    listener: () => void,
  ): unknown;
}

/** The window's state as Settings keeps it: the normal (unmaximized) bounds plus the flag. */
export function windowStateOf(window: StatefulWindow): WindowState {
  const bounds = window.getNormalBounds();
  return {
    x: Math.round(bounds.x),
    y: Math.round(bounds.y),
    width: Math.max(minimumSize.width, Math.round(bounds.width)),
    height: Math.max(minimumSize.height, Math.round(bounds.height)),
    maximized: window.isMaximized(),
  };
}

/**
 * Saves the window's state a moment after it stops moving or resizing, and at
 * once when it closes. Returns a function that stops tracking.
 */
export function trackWindowState(
  window: StatefulWindow,
  save: (state: WindowState) => void,
  delayMs = 500,
): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const saveNow = (): void => {
    if (timer) clearTimeout(timer);
    timer = null;
    save(windowStateOf(window));
  };
  const saveSoon = (): void => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(saveNow, delayMs);
  };
  const changes = ['resize', 'move', 'maximize', 'unmaximize'] as const;
  for (const event of changes) window.on(event, saveSoon);
  window.on('close', saveNow);
  return () => {
    if (timer) clearTimeout(timer);
    timer = null;
    for (const event of changes) window.removeListener(event, saveSoon);
    window.removeListener('close', saveNow);
  };
}
