/**
 * What the video form does with a YouTube lookup's answer: the inputs a
 * pasted text holds, the entries to add, the fields "Look up again" would
 * change, and the words that sum a lookup up. Pure: the edits themselves are
 * `insertVideoEntries` and `setVideoFields`.
 */
import type { FrontMatterValue } from '../post/types';
import { newVideoEntry } from './video-edits';
import { videoFields, type VideoField } from './video-list';

/** A lookup's outcome as the form reads it (the contract's `LookupOutcome`). */
export type LookedUp =
  | {
      status: 'found';
      input: string;
      id: string;
      entry: Partial<Record<VideoField, string | undefined>>;
    }
  | { status: 'failed'; input: string; id: string | null; code: string; message: string };

/**
 * The inputs of a pasted text, in order: one per line, or separated by
 * spaces or commas (a list copied from a spreadsheet or a chat). A link's
 * own characters never split it: URLs hold no spaces, and commas in one are
 * rare enough to be taken as a separator.
 */
export function splitLookupInputs(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

export interface EntriesToAdd {
  /** Entries for the videos found, in the input's order, each once. */
  entries: { [key: string]: FrontMatterValue }[];
  /** IDs found that the post already describes (or that came twice): not added again. */
  alreadyListed: string[];
}

/**
 * The entries a lookup adds to a post whose entries show `listedIds`: the
 * found videos in order, fields in the order entries write them, without
 * a video the post already has.
 */
export function entriesToAdd(
  outcomes: readonly LookedUp[],
  listedIds: readonly (string | null)[],
): EntriesToAdd {
  const seen = new Set(listedIds.filter((id): id is string => id !== null));
  const entries: EntriesToAdd['entries'] = [];
  const alreadyListed: string[] = [];
  for (const outcome of outcomes) {
    if (outcome.status !== 'found') continue;
    if (seen.has(outcome.id)) {
      alreadyListed.push(outcome.id);
      continue;
    }
    seen.add(outcome.id);
    entries.push(newVideoEntry(null, null, definedFields(outcome.entry)));
  }
  return { entries, alreadyListed };
}

function definedFields(
  entry: Partial<Record<VideoField, string | undefined>>,
): Partial<Record<VideoField, string>> {
  const fields: Partial<Record<VideoField, string>> = {};
  for (const field of videoFields) {
    const value = entry[field];
    if (value !== undefined) fields[field] = value;
  }
  return fields;
}

export interface FieldChange {
  field: VideoField;
  /** The entry's value now; empty when the field is missing. */
  before: string;
  after: string;
}

/**
 * What "Look up again" would change in an entry: the empty fields the
 * lookup can fill, and with `overwrite` also the filled ones whose value
 * YouTube gives differently. A field the lookup knows nothing of is never
 * touched.
 */
export function lookupAgainChanges(
  current: Partial<Record<VideoField, string>>,
  lookedUp: Partial<Record<VideoField, string | undefined>>,
  overwrite: boolean,
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of videoFields) {
    const after = lookedUp[field]?.trim() ?? '';
    if (after === '') continue;
    const before = current[field] ?? '';
    if (before.trim() === '' || (overwrite && before !== after)) {
      changes.push({ field, before, after });
    }
  }
  return changes;
}

/** The values `changes` write, for `setVideoFields`. */
export function valuesOf(changes: readonly FieldChange[]): Partial<Record<VideoField, string>> {
  return Object.fromEntries(changes.map((change) => [change.field, change.after]));
}

/** "3 videos", "1 video". */
export function videoCount(count: number): string {
  return count === 1 ? '1 video' : `${count} videos`;
}

/**
 * One sentence on how a lookup went, for the screen and for screen readers:
 * how many were added, how many could not be, how many were there already.
 */
export function lookupSummary(added: number, failed: number, alreadyListed: number): string {
  const parts: string[] = [];
  if (added > 0) parts.push(`Added ${videoCount(added)}.`);
  else parts.push('No video was added.');
  if (failed > 0) parts.push(`${videoCount(failed)} could not be looked up.`);
  if (alreadyListed > 0) {
    parts.push(
      `${videoCount(alreadyListed)} ${alreadyListed === 1 ? 'was' : 'were'} already in the list.`,
    );
  }
  return parts.join(' ');
}

/**
 * The field updates that take accepted changes of videos (by ID) into every
 * entry that describes each video, grouped by entry, in list order.
 */
export function updatesForVideos(
  entries: readonly { index: number; videoId: string | null }[],
  changes: readonly { id: string; field: VideoField; value: string }[],
): { index: number; values: Partial<Record<VideoField, string>> }[] {
  return entries.flatMap((entry) => {
    const mine = changes.filter((change) => change.id === entry.videoId);
    if (mine.length === 0) return [];
    return [
      { index: entry.index, values: Object.fromEntries(mine.map((c) => [c.field, c.value])) },
    ];
  });
}
