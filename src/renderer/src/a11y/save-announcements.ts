import { useEffect, useRef } from 'react';
import type { TabRecord } from '../tabs/tabs-reducer';
import { useAnnounce } from './Announcer';

/**
 * What to announce about saving when the tabs change from `before` to
 * `after`: a save that finished, or one refused for errors. Conflicts,
 * deletions and failures are not here: their notices are alerts of their own.
 */
export function saveAnnouncements(
  before: readonly TabRecord[],
  after: readonly TabRecord[],
): string[] {
  const messages: string[] = [];
  for (const tab of after) {
    const previous = before.find((candidate) => candidate.path === tab.path);
    if (!previous?.saving || tab.saving) continue;
    if (tab.refused) {
      const count = tab.refused.length;
      messages.push(
        `${tab.title} was not saved: ${count === 1 ? 'one error needs' : `${count} errors need`} fixing first.`,
      );
    } else if (!tab.conflict && !tab.failure && !tab.deleted) {
      messages.push(`${tab.title} saved.`);
    }
  }
  return messages;
}

/** Announces saves as the tabs report them. */
export function useSaveAnnouncements(tabs: readonly TabRecord[]): void {
  const announce = useAnnounce();
  const previous = useRef(tabs);
  useEffect(() => {
    const messages = saveAnnouncements(previous.current, tabs);
    previous.current = tabs;
    if (messages.length > 0) announce(messages.join(' '));
  }, [tabs, announce]);
}
