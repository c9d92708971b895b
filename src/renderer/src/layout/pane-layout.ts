/**
 * The main screen's panes: how big each is and whether it is shown. Sizes
 * are what the user asked for; `fitLayout` makes them fit the window, so a
 * layout made on a wide screen still leaves the editor room on a small one.
 */
export interface PaneLayout {
  /** The post list's width, in CSS pixels; null until the user sizes it (narrower on small screens). */
  listWidth: number | null;
  /** The side panel's width; null until the user sizes it (it then takes a share of the room). */
  sideWidth: number | null;
  /** The problems panel's height. */
  problemsHeight: number;
  listShown: boolean;
  sideShown: boolean;
  problemsShown: boolean;
}

export type Pane = 'list' | 'side' | 'problems';

export const defaultLayout: PaneLayout = {
  listWidth: null,
  sideWidth: null,
  problemsHeight: 170,
  listShown: true,
  sideShown: true,
  problemsShown: true,
};

/** How small and big each pane may be made, in CSS pixels. */
export const paneLimits = {
  list: { min: 180, max: 520 },
  side: { min: 260, max: 1200 },
  problems: { min: 80, max: 600 },
} as const;

/** The editor is never squeezed below this width by the panes beside it. */
export const minEditorWidth = 360;
/** Nor below this height by the problems under it. */
export const minEditorHeight = 160;
/** The side panel's share of the room beside the list, until the user sizes it. */
const sideShare = 0.45;
/** The list's width until the user sizes it: narrower on a small screen, so the editor keeps 80 columns. */
const defaultListWidth = (width: number): number => (width <= 1100 ? 240 : 300);

export interface FittedLayout {
  /** 0 when hidden. */
  listWidth: number;
  sideWidth: number;
  problemsHeight: number;
}

/**
 * The sizes to show in a window of `width` × `height` (the room for the
 * panes, below the app bar and above the status bar): each within its
 * limits, the side panel giving way first and then the list, so the
 * editor keeps `minEditorWidth` whenever the window allows it.
 */
export function fitLayout(layout: PaneLayout, width: number, height: number): FittedLayout {
  let list = layout.listShown
    ? clamp(layout.listWidth ?? defaultListWidth(width), paneLimits.list)
    : 0;
  let side = 0;
  if (layout.sideShown) {
    const wanted = layout.sideWidth ?? Math.round((width - list) * sideShare);
    side = clamp(wanted, paneLimits.side);
    side = Math.max(Math.min(side, width - list - minEditorWidth), paneLimits.side.min);
  }
  const overflow = list + side + minEditorWidth - width;
  if (overflow > 0 && list > 0) list = Math.max(paneLimits.list.min, list - overflow);
  const problems = layout.problemsShown
    ? Math.max(
        paneLimits.problems.min,
        Math.min(clamp(layout.problemsHeight, paneLimits.problems), height - minEditorHeight),
      )
    : 0;
  return { listWidth: list, sideWidth: side, problemsHeight: problems };
}

function clamp(value: number, limits: { min: number; max: number }): number {
  return Math.round(Math.min(limits.max, Math.max(limits.min, value)));
}

/** Where the layout is kept between sessions: the page's local storage. */
export const layoutStorageKey = 'recap-studio.layout.v1';

/**
 * The layout last kept in `storage`, or the default where it has none or
 * what it has cannot be read (another version's, edited by hand): each
 * field is taken only when it has the right type.
 */
export function readLayout(storage: Pick<Storage, 'getItem'> | null): PaneLayout {
  let stored: unknown = null;
  try {
    stored = JSON.parse(storage?.getItem(layoutStorageKey) ?? 'null');
  } catch {
    return defaultLayout;
  }
  if (typeof stored !== 'object' || stored === null) return defaultLayout;
  const record = stored as Record<string, unknown>;
  const size = (key: keyof PaneLayout, limits: { min: number; max: number }) => {
    const value = record[key];
    return typeof value === 'number' && Number.isFinite(value) ? clamp(value, limits) : null;
  };
  const flag = (key: keyof PaneLayout, fallback: boolean) =>
    typeof record[key] === 'boolean' ? record[key] : fallback;
  return {
    listWidth: size('listWidth', paneLimits.list),
    sideWidth: size('sideWidth', paneLimits.side),
    problemsHeight: size('problemsHeight', paneLimits.problems) ?? defaultLayout.problemsHeight,
    listShown: flag('listShown', defaultLayout.listShown),
    sideShown: flag('sideShown', defaultLayout.sideShown),
    problemsShown: flag('problemsShown', defaultLayout.problemsShown),
  };
}

/** Keeps the layout for the next session; a full or refused storage only loses the layout. */
export function writeLayout(storage: Pick<Storage, 'setItem'> | null, layout: PaneLayout): void {
  try {
    storage?.setItem(layoutStorageKey, JSON.stringify(layout));
  } catch {
    // Private windows and full quotas refuse; the layout then lasts this session only.
  }
}

/** The layout with `pane` shown or hidden. */
export function withPaneShown(layout: PaneLayout, pane: Pane, shown: boolean): PaneLayout {
  const key = `${pane}Shown` as const;
  return layout[key] === shown ? layout : { ...layout, [key]: shown };
}

/** The layout with `pane` sized to `size` CSS pixels, within its limits. */
export function withPaneSize(layout: PaneLayout, pane: Pane, size: number): PaneLayout {
  const limits = paneLimits[pane];
  const value = clamp(size, limits);
  switch (pane) {
    case 'list':
      return { ...layout, listWidth: value };
    case 'side':
      return { ...layout, sideWidth: value };
    case 'problems':
      return { ...layout, problemsHeight: value };
  }
}
