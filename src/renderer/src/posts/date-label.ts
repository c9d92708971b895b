import type { PostSummary } from '../../../shared/ipc/data';

/** The date as YYYY-MM-DD when it can be read, else as written. */
export function shortDate(date: string | null): string {
  if (date === null) return 'No date';
  const time = Date.parse(date);
  return Number.isNaN(time) ? date : new Date(time).toISOString().slice(0, 10);
}

/**
 * What the list says for a post's date. A section's `_index.md` (the blog's
 * own page) has no date by nature: it is named as a section page rather than
 * reported as missing one.
 */
export function dateLabel({ path, date }: Pick<PostSummary, 'path' | 'date'>): string {
  if (date === null && /(^|\/)_index\.[^/]+$/.test(path)) return 'Section page';
  return shortDate(date);
}
