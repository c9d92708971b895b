import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../shared/ipc/data';
import {
  noTabs,
  tabsReducer,
  type TabRecord,
  type TabsAction,
  type TabsState,
} from '../tabs/tabs-reducer';
import { saveAnnouncements } from './save-announcements';

const path = 'content/blog/2024/retries/index.md';
const error: Diagnostic = {
  severity: 'error',
  rule: 'schema/date-invalid',
  message: 'Bad date.',
  from: 0,
  to: 4,
};

function after(...actions: TabsAction[]): TabsState<TabRecord> {
  return actions.reduce<TabsState<TabRecord>>(tabsReducer, noTabs);
}

const opened: TabsAction = {
  type: 'opened',
  path,
  title: 'Retries',
  diagnostics: [],
};
const saving = after(opened, { type: 'save-started', path });

function announced(...actions: TabsAction[]): string[] {
  return saveAnnouncements(saving.tabs, actions.reduce(tabsReducer, saving).tabs);
}

describe('saveAnnouncements', () => {
  it('says a finished save, with the post’s title', () => {
    expect(announced({ type: 'saved', path, diagnostics: [] })).toEqual(['Retries saved.']);
  });

  it('says a refused save and how many errors stopped it', () => {
    expect(announced({ type: 'save-refused', path, diagnostics: [error] })).toEqual([
      'Retries was not saved: one error needs fixing first.',
    ]);
    expect(announced({ type: 'save-refused', path, diagnostics: [error, error] })).toEqual([
      'Retries was not saved: 2 errors need fixing first.',
    ]);
  });

  it('leaves conflicts and failures to their alerts, and says nothing while nothing is saved', () => {
    expect(announced({ type: 'save-conflicted', path })).toEqual([]);
    expect(announced({ type: 'save-failed', path, message: 'Disk full.' })).toEqual([]);
    expect(announced({ type: 'checked', path, diagnostics: [] })).toEqual([]);
    const idle = after(opened);
    expect(
      saveAnnouncements(
        idle.tabs,
        tabsReducer(idle, { type: 'checked', path, diagnostics: [] }).tabs,
      ),
    ).toEqual([]);
  });
});
