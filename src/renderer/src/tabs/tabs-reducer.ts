import type { Diagnostic } from '../../../shared/ipc/data';

/**
 * Why the text in a tab and the file on disk disagree in a way the user must
 * settle: another program changed the file (seen by the watcher, or by a save
 * refused as `modified-since`).
 */
export type Conflict = { cause: 'changed-on-disk' | 'save-refused' };

/**
 * One open post as the reducer keeps it. Its text, and what is saved of it on
 * disk (version, baseline, hence dirty), live in the editor's state.
 */
export interface TabRecord {
  path: string;
  title: string;
  saving: boolean;
  /** Every diagnostic of the text, positions as of the last check. */
  diagnostics: Diagnostic[];
  /** The errors of the last save that was refused; cleared by the next save or reload. */
  refused: Diagnostic[] | null;
  conflict: Conflict | null;
  /** Another program deleted the file while it was open. */
  deleted: boolean;
  /** Why the last save failed for another reason, in plain words. */
  failure: string | null;
}

/** One open post as the UI shows it: the record and what its editor state says of the disk. */
export interface Tab extends TabRecord {
  /** The version on disk the text is based on; null when the file is gone or never read. */
  version: string | null;
  /** The text differs from what was last read or saved. */
  dirty: boolean;
}

export interface TabsState<T extends TabRecord = Tab> {
  tabs: T[];
  active: string | null;
}

export const noTabs: TabsState<never> = { tabs: [], active: null };

export type TabsAction =
  | {
      type: 'opened';
      path: string;
      title: string;
      diagnostics: Diagnostic[];
      deleted?: boolean;
    }
  | { type: 'activated'; path: string }
  | { type: 'closed'; path: string }
  | { type: 'closed-all' }
  | { type: 'retitled'; titles: ReadonlyMap<string, string> }
  | { type: 'checked'; path: string; diagnostics: Diagnostic[] }
  | { type: 'refusal-dismissed'; path: string }
  | { type: 'save-started'; path: string }
  | {
      type: 'saved';
      path: string;
      diagnostics: Diagnostic[];
    }
  | { type: 'save-refused'; path: string; diagnostics: Diagnostic[] }
  | { type: 'save-conflicted'; path: string }
  | { type: 'save-failed'; path: string; message: string }
  | { type: 'changed-on-disk'; path: string }
  | { type: 'deleted-on-disk'; path: string; message?: string }
  | {
      /** The text was replaced by the file's (Reload, or a clean tab following the disk). */
      type: 'reloaded';
      path: string;
      diagnostics: Diagnostic[];
    };

type Records = TabsState<TabRecord>;

function update(state: Records, path: string, change: (tab: TabRecord) => TabRecord): Records {
  let changed = false;
  const tabs = state.tabs.map((tab) => {
    if (tab.path !== path) return tab;
    const next = change(tab);
    if (next !== tab) changed = true;
    return next;
  });
  return changed ? { ...state, tabs } : state;
}

export function tabsReducer(state: Records, action: TabsAction): Records {
  switch (action.type) {
    case 'opened': {
      if (state.tabs.some((tab) => tab.path === action.path))
        return { ...state, active: action.path };
      const tab: TabRecord = {
        path: action.path,
        title: action.title,
        saving: false,
        diagnostics: action.diagnostics,
        refused: null,
        conflict: null,
        deleted: action.deleted ?? false,
        failure: null,
      };
      return { tabs: [...state.tabs, tab], active: action.path };
    }
    case 'activated':
      return state.tabs.some((tab) => tab.path === action.path)
        ? { ...state, active: action.path }
        : state;
    case 'closed': {
      const index = state.tabs.findIndex((tab) => tab.path === action.path);
      if (index === -1) return state;
      const tabs = state.tabs.filter((tab) => tab.path !== action.path);
      // Closing the active tab shows its right neighbour, or the left one at the end.
      const active =
        state.active !== action.path
          ? state.active
          : (tabs[Math.min(index, tabs.length - 1)]?.path ?? null);
      return { tabs, active };
    }
    case 'closed-all':
      return noTabs;
    case 'retitled': {
      let changed = false;
      const tabs = state.tabs.map((tab) => {
        const title = action.titles.get(tab.path);
        if (title === undefined || title === tab.title) return tab;
        changed = true;
        return { ...tab, title };
      });
      return changed ? { ...state, tabs } : state;
    }
    case 'checked':
      return update(state, action.path, (tab) => ({ ...tab, diagnostics: action.diagnostics }));
    case 'refusal-dismissed':
      return update(state, action.path, (tab) => (tab.refused ? { ...tab, refused: null } : tab));
    case 'save-started':
      return update(state, action.path, (tab) => ({ ...tab, saving: true, failure: null }));
    case 'saved':
      return update(state, action.path, (tab) => ({
        ...tab,
        saving: false,
        diagnostics: action.diagnostics,
        refused: null,
        conflict: null,
        deleted: false,
        failure: null,
      }));
    case 'save-refused':
      return update(state, action.path, (tab) => ({
        ...tab,
        saving: false,
        diagnostics: action.diagnostics,
        refused: action.diagnostics.filter((d) => d.severity === 'error'),
      }));
    case 'save-conflicted':
      return update(state, action.path, (tab) => ({
        ...tab,
        saving: false,
        conflict: { cause: 'save-refused' },
      }));
    case 'save-failed':
      return update(state, action.path, (tab) => ({
        ...tab,
        saving: false,
        failure: action.message,
      }));
    case 'changed-on-disk':
      return update(state, action.path, (tab) => ({
        ...tab,
        deleted: false,
        conflict: tab.conflict ?? { cause: 'changed-on-disk' },
      }));
    case 'deleted-on-disk':
      return update(state, action.path, (tab) => ({
        ...tab,
        saving: false,
        deleted: true,
        conflict: null,
        failure: action.message ?? null,
      }));
    case 'reloaded':
      return update(state, action.path, (tab) => ({
        ...tab,
        diagnostics: action.diagnostics,
        refused: null,
        conflict: null,
        deleted: false,
        failure: null,
      }));
  }
}

export function activeTab<T extends TabRecord>(state: TabsState<T>): T | null {
  return state.tabs.find((tab) => tab.path === state.active) ?? null;
}

/** How the status bar words the tab's state. */
export function saveStateLabel(tab: Tab): string {
  if (tab.saving) return 'Saving…';
  if (tab.deleted) return 'Deleted on disk';
  if (tab.conflict) return 'Changed on disk';
  if (tab.refused && tab.dirty) return 'Not saved: fix the errors';
  if (tab.failure) return 'Not saved';
  return tab.dirty ? 'Unsaved changes' : 'Saved';
}
