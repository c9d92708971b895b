import { beforeEach, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../shared/ipc/data';
import {
  activeTab,
  noTabs,
  saveStateLabel,
  tabsReducer,
  type TabRecord,
  type TabsAction,
  type TabsState,
} from './tabs-reducer';
import { tabViews, type SavedFacts } from './tab-views';

const error: Diagnostic = {
  severity: 'error',
  rule: 'schema/date-invalid',
  message: 'Bad date.',
  from: 4,
  to: 9,
};
const warning: Diagnostic = {
  severity: 'warning',
  rule: 'seo/description-missing',
  message: 'No description.',
  from: 0,
  to: 3,
};

function run(...actions: TabsAction[]): TabsState<TabRecord> {
  return actions.reduce(tabsReducer, noTabs);
}

/** What each post's editor state says of the disk, as the session reads it; clean at `v-path` unless set. */
let saved: Record<string, SavedFacts> = {};

/** The tabs as the UI sees them: the reducer's records with what the editors say. */
function shown(state: TabsState<TabRecord>): TabsState {
  return tabViews(state, noTabs, (path) => saved[path] ?? { dirty: false, version: `v-${path}` });
}

const activeView = (state: TabsState<TabRecord>) => activeTab(shown(state));

beforeEach(() => {
  saved = {};
});

const open = (
  path: string,
  extra: Partial<Extract<TabsAction, { type: 'opened' }>> = {},
): TabsAction => ({
  type: 'opened',
  path,
  title: path.toUpperCase(),
  diagnostics: [],
  ...extra,
});

describe('opening and closing tabs', () => {
  it('opens each post once and shows the one opened last', () => {
    const state = run(open('a'), open('b'), open('a'));
    expect(state.tabs.map((t) => t.path)).toEqual(['a', 'b']);
    expect(state.active).toBe('a');
    expect(activeTab(state)?.title).toBe('A');
  });

  it('shows the right neighbour after closing the active tab, or the left one at the end', () => {
    const three = run(open('a'), open('b'), open('c'), { type: 'activated', path: 'b' });
    expect(tabsReducer(three, { type: 'closed', path: 'b' }).active).toBe('c');
    const last = tabsReducer(three, { type: 'activated', path: 'c' });
    expect(tabsReducer(last, { type: 'closed', path: 'c' }).active).toBe('b');
    expect(tabsReducer(three, { type: 'closed', path: 'a' }).active).toBe('b');
    expect(run(open('a'), { type: 'closed', path: 'a' })).toEqual(noTabs);
  });

  it('ignores actions for posts that are not open', () => {
    const state = run(open('a'));
    expect(tabsReducer(state, { type: 'activated', path: 'zz' })).toBe(state);
    expect(tabsReducer(state, { type: 'checked', path: 'zz', diagnostics: [] })).toBe(state);
    expect(tabsReducer(state, { type: 'closed', path: 'zz' })).toBe(state);
  });

  it('keeps the same state when an edit does not change whether the text is saved', () => {
    saved.a = { dirty: true, version: 'v-a' };
    const records = run(open('a'));
    const dirty = shown(records);
    const facts = (path: string) => saved[path]!;
    expect(tabViews(records, dirty, facts)).toBe(dirty);
    saved.a = { dirty: false, version: 'v-a' };
    const clean = tabViews(records, dirty, facts);
    expect(clean).not.toBe(dirty);
    expect(activeTab(clean)?.dirty).toBe(false);
  });

  it('renames tabs from a fresh post list and keeps the state when nothing changed', () => {
    const state = run(open('a'), open('b'));
    const renamed = tabsReducer(state, { type: 'retitled', titles: new Map([['a', 'New A']]) });
    expect(renamed.tabs.map((t) => t.title)).toEqual(['New A', 'B']);
    expect(tabsReducer(renamed, { type: 'retitled', titles: new Map([['a', 'New A']]) })).toBe(
      renamed,
    );
  });
});

describe('saving', () => {
  it('goes unsaved → saving → saved with the new version', () => {
    saved.a = { dirty: true, version: 'v-a' };
    let state = run(open('a'));
    expect(saveStateLabel(activeView(state)!)).toBe('Unsaved changes');
    state = tabsReducer(state, { type: 'save-started', path: 'a' });
    expect(saveStateLabel(activeView(state)!)).toBe('Saving…');
    // The session marks the editor saved (markSaved), then tells the reducer.
    saved.a = { dirty: false, version: 'v2' };
    state = tabsReducer(state, {
      type: 'saved',
      path: 'a',
      diagnostics: [warning],
    });
    expect(activeView(state)).toMatchObject({ version: 'v2', dirty: false, saving: false });
    expect(saveStateLabel(activeView(state)!)).toBe('Saved');
  });

  it('stays unsaved when the text changed during the save', () => {
    saved.a = { dirty: true, version: 'v2' };
    const state = run(
      open('a'),
      { type: 'save-started', path: 'a' },
      {
        type: 'saved',
        path: 'a',
        diagnostics: [],
      },
    );
    expect(saveStateLabel(activeView(state)!)).toBe('Unsaved changes');
  });

  it('keeps the errors of a refused save until the next save', () => {
    saved.a = { dirty: true, version: 'v-a' };
    let state = run(
      open('a'),
      { type: 'save-started', path: 'a' },
      {
        type: 'save-refused',
        path: 'a',
        diagnostics: [warning, error],
      },
    );
    expect(activeView(state)).toMatchObject({
      refused: [error],
      diagnostics: [warning, error],
      version: 'v-a',
    });
    expect(saveStateLabel(activeView(state)!)).toBe('Not saved: fix the errors');
    state = tabsReducer(state, {
      type: 'saved',
      path: 'a',
      diagnostics: [],
    });
    expect(activeTab(state)?.refused).toBeNull();
  });

  it('lets the user put the list of refused errors away', () => {
    const state = run(
      open('a'),
      { type: 'save-refused', path: 'a', diagnostics: [error] },
      {
        type: 'refusal-dismissed',
        path: 'a',
      },
    );
    expect(activeTab(state)).toMatchObject({ refused: null, diagnostics: [error] });
  });

  it('records other failures in words', () => {
    const state = run(
      open('a'),
      { type: 'save-started', path: 'a' },
      {
        type: 'save-failed',
        path: 'a',
        message: 'The disk is full.',
      },
    );
    expect(activeTab(state)).toMatchObject({ saving: false, failure: 'The disk is full.' });
  });
});

describe('changes on disk', () => {
  it('marks a conflict from the watcher or from a refused save, and Reload clears it', () => {
    saved.a = { dirty: true, version: 'v-a' };
    let state = run(open('a'), { type: 'changed-on-disk', path: 'a' });
    expect(activeTab(state)?.conflict).toEqual({ cause: 'changed-on-disk' });
    expect(saveStateLabel(activeView(state)!)).toBe('Changed on disk');
    saved.a = { dirty: false, version: 'v9' };
    state = tabsReducer(state, { type: 'reloaded', path: 'a', diagnostics: [] });
    expect(activeView(state)).toMatchObject({ conflict: null, dirty: false, version: 'v9' });

    state = run(
      open('b'),
      { type: 'save-started', path: 'b' },
      { type: 'save-conflicted', path: 'b' },
    );
    expect(activeTab(state)).toMatchObject({ saving: false, conflict: { cause: 'save-refused' } });
  });

  it('marks a deleted file, and a later save (overwrite) brings it back', () => {
    let state = run(open('a'), { type: 'deleted-on-disk', path: 'a' });
    expect(activeTab(state)?.deleted).toBe(true);
    expect(saveStateLabel(activeView(state)!)).toBe('Deleted on disk');
    state = tabsReducer(state, {
      type: 'saved',
      path: 'a',
      diagnostics: [],
    });
    expect(activeTab(state)?.deleted).toBe(false);
  });

  it('opens a restored backup as unsaved', () => {
    saved.a = { dirty: true, version: null };
    expect(activeView(run(open('a', { deleted: true })))?.dirty).toBe(true);
  });
});
