import type { TextChange } from '../videos';
import type { QuickFix } from './types';

/**
 * One fix of many findings of a rule ("Fix all 11"): the first fix of each,
 * as one edit. A fix whose changes would overlap one already taken is left
 * out (the next check finds it again); null when there is nothing to do.
 */
export function combineFixes(fixes: readonly QuickFix[], title: string): QuickFix | null {
  const taken: TextChange[] = [];
  const overlaps = (change: TextChange) =>
    taken.some((other) => change.from < other.to && other.from < change.to) ||
    taken.some((other) => change.from === other.from && change.to === other.to);
  for (const fix of fixes) {
    if (fix.changes.some(overlaps)) continue;
    taken.push(...fix.changes);
  }
  if (taken.length === 0) return null;
  return { title, changes: taken.sort((a, b) => a.from - b.from || a.to - b.to) };
}
