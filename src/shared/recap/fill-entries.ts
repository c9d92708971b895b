/**
 * `lookup --fill`: the empty fields of a post's `params.videoSchema` entries
 * filled from a lookup, and an entry added for each `youtube` call the body
 * shows without one. Every change is one of the video form's minimal edits
 * (`video-edits.ts`), so the fields written are the only lines that change;
 * a field with a value, even a wrong one, is the author's and stays.
 */
import type { PostDocument } from '../post/types';
import { addEntryForCall, editedPost, setVideoField } from '../videos/video-edits';
import { readVideoList, videoFields, type VideoField } from '../videos/video-list';
import { googleConvention, type VideoConvention } from '../youtube/convention';

/** What a lookup said about a video, as entry fields in the site's convention. */
export type FoundFields = Partial<Record<VideoField, string>>;

export interface FillReport {
  /** Entries (1-based, as the user counts them) and the fields written into them. */
  filled: { entry: number; id: string; fields: VideoField[] }[];
  /** Entries added for calls that had none. */
  added: { entry: number; id: string }[];
}

function isEmpty(value: string | undefined): boolean {
  return value === undefined || value.trim() === '';
}

/** The videos a fill would ask about: entries with an empty field, then calls without an entry. */
export function videosToFill(doc: PostDocument): string[] {
  const list = readVideoList(doc);
  const ids = new Set<string>();
  for (const entry of list.entries) {
    if (!entry.isMapping || entry.videoId === null) continue;
    if (videoFields.some((field) => isEmpty(entry.fields[field]))) ids.add(entry.videoId);
  }
  for (const call of list.unlisted) ids.add(call.id);
  return [...ids];
}

/**
 * Fills what is empty from `found` (videos it does not hold are left as
 * they are). New entries follow `convention`, else the post's own, else Google's.
 */
export function fillVideoEntries(
  original: PostDocument,
  found: ReadonlyMap<string, FoundFields>,
  convention: VideoConvention | null,
): { document: PostDocument; report: FillReport } {
  let doc = original;
  const report: FillReport = { filled: [], added: [] };
  const addedIds: string[] = [];
  for (;;) {
    const list = readVideoList(doc);
    const call = list.unlisted.find((video) => found.has(video.id) && !addedIds.includes(video.id));
    if (!call) break;
    const followed = convention ?? list.convention ?? googleConvention;
    doc = editedPost(doc, addEntryForCall(doc, list, call, followed));
    addedIds.push(call.id);
  }
  const entries = readVideoList(doc).entries;
  for (const entry of entries) {
    const fields = entry.videoId === null ? undefined : found.get(entry.videoId);
    if (!entry.isMapping || !fields || entry.videoId === null) continue;
    const written: VideoField[] = [];
    // An entry added here holds what the ID gave (a thumbnail size every video has): the lookup
    // knows better. Its title is the section's heading, the author's words, and stays.
    const ours = addedIds.includes(entry.videoId);
    for (const field of videoFields) {
      const value = fields[field];
      if (value === undefined || isEmpty(value) || entry.fields[field] === value) continue;
      if (!isEmpty(entry.fields[field]) && !(ours && field !== 'title')) continue;
      doc = editedPost(doc, setVideoField(doc, entry.index, field, value));
      written.push(field);
    }
    if (ours) {
      report.added.push({ entry: entry.index + 1, id: entry.videoId });
    } else if (written.length > 0) {
      report.filled.push({ entry: entry.index + 1, id: entry.videoId, fields: written });
    }
  }
  return { document: doc, report };
}
