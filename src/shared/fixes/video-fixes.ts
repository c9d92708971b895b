/**
 * Fixes of `video/*` findings: the ones the video form offers (add an entry
 * for a video the text shows, insert a section for an entry or remove it),
 * and the value repairs Google's advice asks for (https thumbnails, upload
 * dates with a zone, no zero duration). Each goes through the form's own
 * edits, so the result is what the form would have written.
 */
import type { PostDocument } from '../post/types';
import { parseIsoDateTime } from '../time/iso-date-time';
import {
  addEntryForCall,
  entryItems,
  insertVideoSection,
  locateVideoFinding,
  readVideoList,
  removeVideoEntry,
  setVideoField,
  type VideoEdit,
  type VideoList,
} from '../videos';
import { googleConvention, inferVideoConvention } from '../youtube/convention';
import { combineFixes } from './combine';
import type { FixableFinding, FixContext, QuickFix } from './types';

function fix(title: string, edit: VideoEdit): QuickFix[] {
  return edit.changes.length === 0 ? [] : [{ title, changes: edit.changes }];
}

/** The upload date with a zone: a time-of-day date gets `Z`, a day gets midnight UTC. */
export function uploadDateWithZone(value: string): string | null {
  const trimmed = value.trim();
  const parsed = parseIsoDateTime(trimmed);
  if (!parsed.ok || parsed.hasZone) return null;
  return parsed.hasTime ? `${trimmed}Z` : `${trimmed}T00:00:00Z`;
}

export function videoFixes(
  doc: PostDocument,
  finding: FixableFinding,
  context: FixContext,
): QuickFix[] {
  if (finding.rule === 'video/site-convention') return googleFormFix(doc);
  const place = locateVideoFinding(doc, finding);
  if (!place) return [];
  const list = readVideoList(doc, context.usesInner ? { usesInner: context.usesInner } : {});
  if (place.kind === 'body') return missingEntryFixes(doc, list, place.id, context);
  const entry = list.entries[place.index];
  if (!entry) return [];
  const { index } = place;
  switch (finding.rule) {
    case 'video/thumbnail-http': {
      const url = entry.fields.thumbnailUrl ?? '';
      if (!/^http:\/\//i.test(url)) return [];
      const secure = `https://${url.slice('http://'.length)}`;
      return fix('Change to https://', setVideoField(doc, index, 'thumbnailUrl', secure));
    }
    case 'video/upload-date-no-zone': {
      const dated = uploadDateWithZone(entry.fields.uploadDate ?? '');
      if (!dated) return [];
      return fix(`Add a time zone: ${dated}`, setVideoField(doc, index, 'uploadDate', dated));
    }
    case 'video/duration-zero':
      return fix('Remove the duration', setVideoField(doc, index, 'duration', ''));
    case 'video/unused-schema':
      return [
        ...(entry.videoId === null
          ? []
          : fix('Insert a section for it', insertVideoSection(doc, list, index))),
        ...fix('Remove the entry', removeVideoEntry(doc, index)),
      ];
    default:
      return [];
  }
}

/**
 * `video/site-convention` (the note that the post follows the site's habit
 * of http thumbnails and date-only upload dates): every such value in
 * Google's form, as one edit, for a writer who chooses Google's advice.
 */
function googleFormFix(doc: PostDocument): QuickFix[] {
  const list = readVideoList(doc);
  const fixes = list.entries.flatMap((entry, index): QuickFix[] => {
    const url = entry.fields.thumbnailUrl ?? '';
    const dated = uploadDateWithZone(entry.fields.uploadDate ?? '');
    return [
      ...(/^http:\/\//i.test(url)
        ? fix('', setVideoField(doc, index, 'thumbnailUrl', `https://${url.slice(7)}`))
        : []),
      ...(dated ? fix('', setVideoField(doc, index, 'uploadDate', dated)) : []),
    ];
  });
  const all = combineFixes(fixes, "Follow Google's advice in every entry");
  return all ? [all] : [];
}

/** `video/missing-schema`: an entry for the call, as the form's "Add an entry for this video". */
function missingEntryFixes(
  doc: PostDocument,
  list: VideoList,
  id: string,
  context: FixContext,
): QuickFix[] {
  const call = list.unlisted.find((video) => video.id === id);
  if (!call) return [];
  const convention =
    context.convention ?? inferVideoConvention(entryItems(doc)) ?? googleConvention;
  return fix('Add an entry for this video', addEntryForCall(doc, list, call, convention));
}
