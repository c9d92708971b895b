import type { Tab, TabRecord, TabsState } from './tabs-reducer';

/** What an open post's editor state says about the disk. */
export interface SavedFacts {
  dirty: boolean;
  version: string | null;
}

/**
 * The tabs as the UI shows them: each record with what its editor state says
 * of the disk. A tab that did not change keeps its object, and a state in
 * which no tab changed is the previous one, so React renders only what moved.
 */
export function tabViews(
  records: TabsState<TabRecord>,
  previous: TabsState,
  savedFacts: (path: string) => SavedFacts,
): TabsState {
  let changed = records.active !== previous.active || records.tabs.length !== previous.tabs.length;
  const tabs = records.tabs.map((record, index) => {
    const facts = savedFacts(record.path);
    const before = previous.tabs[index];
    if (before && sameView(before, record, facts)) return before;
    changed = true;
    return { ...record, ...facts };
  });
  return changed ? { tabs, active: records.active } : previous;
}

function sameView(view: Tab, record: TabRecord, facts: SavedFacts): boolean {
  if (view.dirty !== facts.dirty || view.version !== facts.version) return false;
  for (const key of Object.keys(record) as (keyof TabRecord)[]) {
    if (view[key] !== record[key]) return false;
  }
  return true;
}
