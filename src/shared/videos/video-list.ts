/**
 * `params.videoSchema` as the form shows it: one entry per item, its known
 * fields, the keys the schema does not know (kept, shown read-only), what the
 * checks say about it, and whether the body shows its video. Derived from the
 * parsed document on every change; the text stays the only truth.
 */
import type { Diagnostic, Severity } from '../diagnostics';
import type { FrontMatterValue, PostDocument } from '../post/types';
import { trimOldest } from '../recently-used';
import { isMapping, writtenPath } from '../schema/known-keys';
import {
  createFrontMatterCheck,
  type FrontMatterCheck,
} from '../validate/rules/front-matter-context';
import { checkVideoEntry } from '../validate/rules/front-matter-videos';
import { videoIdOfEntry } from '../validate/rules/videos';
import { inferVideoConvention, type VideoConvention } from '../youtube/convention';
import { bodyVideos, type BodyVideo } from './body-videos';

export const videoListPath = ['params', 'videoSchema'] as const;

/** The fields of an entry, in the order a new entry writes them. */
export const videoFields = [
  'title',
  'description',
  'embedUrl',
  'thumbnailUrl',
  'uploadDate',
  'duration',
] as const;
export type VideoField = (typeof videoFields)[number];

/** The fields only a lookup (or the author) can fill: the video ID gives the others. */
export const lookupFields: readonly VideoField[] = [
  'title',
  'description',
  'uploadDate',
  'duration',
];

export interface EntryProblem {
  /** The field it is about; null for the entry as a whole. */
  field: VideoField | null;
  severity: Severity;
  rule: string;
  message: string;
}

/** `complete`: no errors and the body shows it; `problems`: a check finds an error. */
export type EntryStatus = 'complete' | 'problems' | 'not-in-body';

export interface VideoEntry {
  index: number;
  /** False when the item is not a set of fields (a bare string, a list). */
  isMapping: boolean;
  /** Known fields as text; a value that is not text is shown as YAML would read it. */
  fields: Partial<Record<VideoField, string>>;
  /** Keys the schema does not know, with their values: kept, shown read-only. */
  otherKeys: [string, FrontMatterValue][];
  videoId: string | null;
  /** Whether a `youtube` call in the body shows this video; null without an ID. */
  inBody: boolean | null;
  problems: EntryProblem[];
  status: EntryStatus;
}

export interface VideoList {
  /** Null when the form can edit the front matter; otherwise why not. */
  readOnlyReason: string | null;
  entries: VideoEntry[];
  /** Every `youtube` call of the body, in order. */
  bodyVideos: BodyVideo[];
  /** Calls whose video no entry describes, in body order (one per video). */
  unlisted: BodyVideo[];
  /** How this post's entries write their URLs and dates; null without entries. */
  convention: VideoConvention | null;
}

/** Which field each `video/*` rule is about. */
const fieldOfRule: Record<string, VideoField | null> = {
  'video/title-missing': 'title',
  'video/thumbnail-missing': 'thumbnailUrl',
  'video/upload-date-missing': 'uploadDate',
  'video/embed-url-invalid': 'embedUrl',
  'video/thumbnail-url-invalid': 'thumbnailUrl',
  'video/thumbnail-http': 'thumbnailUrl',
  'video/upload-date-invalid': 'uploadDate',
  'video/upload-date-no-zone': 'uploadDate',
  'video/duration-invalid': 'duration',
  'video/duration-zero': 'duration',
  'video/unused-schema': null,
};

export function canonicalField(key: string): VideoField | null {
  const lower = key.toLowerCase();
  return videoFields.find((field) => field.toLowerCase() === lower) ?? null;
}

function asText(value: FrontMatterValue): string {
  if (typeof value === 'string') return value;
  return value === null ? '' : JSON.stringify(value);
}

export function entryItems(doc: PostDocument): FrontMatterValue[] {
  const list = doc.data ? doc.get(writtenPath(doc.data, videoListPath)) : undefined;
  return Array.isArray(list) ? list : [];
}

/** The span of entry `index` in the file: from its `-` to the end of its value. */
function entrySpan(doc: PostDocument, index: number): { from: number; to: number } | null {
  if (!doc.data) return null;
  const path = writtenPath(doc.data, [...videoListPath, index]);
  const key = doc.keySpan(path);
  const value = doc.valueSpan(path);
  if (!key && !value) return null;
  return {
    from: Math.min(key?.from ?? Infinity, value?.from ?? Infinity),
    to: Math.max(key?.to ?? 0, value?.to ?? 0),
  };
}

/** Where a finding about the video list points: the entry and field, or a call in the body. */
export type VideoFindingPlace =
  { kind: 'entry'; index: number; field: VideoField | null } | { kind: 'body'; id: string };

/**
 * The entry (and field) a `video/*` finding is about, found by its place in
 * the text, so the problems panel can open the form there. Null for other
 * findings, or when the text has changed so that it no longer points at one.
 */
export function locateVideoFinding(
  doc: PostDocument,
  finding: Pick<Diagnostic, 'rule' | 'from' | 'to'>,
): VideoFindingPlace | null {
  if (!finding.rule.startsWith('video/')) return null;
  if (finding.rule === 'video/missing-schema') {
    const call = bodyVideos(doc).find(
      (video) => video.span.from <= finding.from && finding.from < video.span.to,
    );
    return call ? { kind: 'body', id: call.id } : null;
  }
  return entryPlace(entrySpans(doc), finding);
}

function entrySpans(doc: PostDocument): ({ from: number; to: number } | null)[] {
  return entryItems(doc).map((_, index) => entrySpan(doc, index));
}

function entryPlace(
  spans: readonly ({ from: number; to: number } | null)[],
  finding: Pick<Diagnostic, 'rule' | 'from'>,
): VideoFindingPlace | null {
  const index = spans.findIndex(
    (span) => span && span.from <= finding.from && finding.from <= span.to,
  );
  return index === -1 ? null : { kind: 'entry', index, field: fieldOfRule[finding.rule] ?? null };
}

/** What the checks say about entry `index`, found in its own span as `locateVideoFinding` would. */
function problemsOfEntry(
  check: FrontMatterCheck,
  span: { from: number; to: number } | null,
  index: number,
): EntryProblem[] {
  if (!span) return [];
  return checkVideoEntry(check, index).flatMap((found) =>
    span.from <= found.from && found.from <= span.to
      ? [
          {
            field: fieldOfRule[found.rule] ?? null,
            severity: found.severity,
            rule: found.rule,
            message: found.message,
          },
        ]
      : [],
  );
}

/**
 * Entries as last read, by all that goes into one (see `entryKey`), the
 * least recently used first: typing in one of sixty entries reads and
 * checks that one again, and the others keep their objects, so their rows
 * are not drawn again either.
 */
const readEntries = new Map<string, VideoEntry>();
const readEntriesLimit = 1024;

/**
 * An entry is read from its value (fields, ID, what the checks find), its
 * place in the list (the checks' messages count it) and its text, with the
 * format whose reader finds spans in it (where the checks' findings fall; an
 * alias reads a value from elsewhere, so the text alone is not enough).
 */
function entryKey(
  doc: PostDocument,
  item: FrontMatterValue,
  index: number,
  span: { from: number; to: number } | null,
): string {
  const text = span ? doc.text.slice(span.from, span.to) : '';
  return JSON.stringify([index, doc.frontMatter?.format ?? null, text, item]);
}

function readEntry(
  item: FrontMatterValue,
  index: number,
  problems: EntryProblem[],
  shown: ReadonlySet<string>,
): VideoEntry {
  const fields: VideoEntry['fields'] = {};
  const otherKeys: VideoEntry['otherKeys'] = [];
  if (isMapping(item)) {
    for (const [key, value] of Object.entries(item)) {
      const field = canonicalField(key);
      if (field && fields[field] === undefined) fields[field] = asText(value);
      else otherKeys.push([key, value]);
    }
  } else {
    problems.push({
      field: null,
      severity: 'error',
      rule: 'video/not-a-mapping',
      message: `Video ${index + 1} is not a set of fields (title, embedUrl…); fix it in the text.`,
    });
  }
  const videoId = videoIdOfEntry(item);
  const inBody = videoId === null ? null : shown.has(videoId);
  return {
    index,
    isMapping: isMapping(item),
    fields,
    otherKeys,
    videoId,
    inBody,
    problems,
    status: entryStatus(problems, inBody),
  };
}

function entryStatus(problems: readonly EntryProblem[], inBody: boolean | null): EntryStatus {
  if (problems.some((problem) => problem.severity === 'error')) return 'problems';
  return inBody === false ? 'not-in-body' : 'complete';
}

export interface ReadVideoListOptions {
  /** Whether a shortcode template uses `.Inner`, for the site's own shortcodes. */
  usesInner?: (name: string) => boolean | undefined;
}

export function readVideoList(doc: PostDocument, options: ReadVideoListOptions = {}): VideoList {
  const items = entryItems(doc);
  const videos = bodyVideos(doc, options.usesInner);
  const shown = new Set(videos.map((video) => video.id));
  const spans = entrySpans(doc);
  let check: FrontMatterCheck | null = null;
  const entries = items.map((item, index): VideoEntry => {
    const span = spans[index] ?? null;
    const key = entryKey(doc, item, index, span);
    let entry = readEntries.get(key);
    if (entry === undefined) {
      check ??= doc.data ? createFrontMatterCheck(doc, doc.data) : null;
      entry = readEntry(item, index, check ? problemsOfEntry(check, span, index) : [], shown);
    } else if (entry.videoId !== null && shown.has(entry.videoId) !== entry.inBody) {
      // The body's calls changed, not the entry.
      const inBody = shown.has(entry.videoId);
      entry = { ...entry, inBody, status: entryStatus(entry.problems, inBody) };
    }
    readEntries.delete(key);
    readEntries.set(key, entry);
    return entry;
  });
  trimOldest(readEntries, readEntriesLimit);
  const described = new Set(entries.map((entry) => entry.videoId));
  const unlisted: BodyVideo[] = [];
  for (const video of videos) {
    if (!described.has(video.id) && !unlisted.some((other) => other.id === video.id)) {
      unlisted.push(video);
    }
  }
  return {
    readOnlyReason: doc.readOnlyReason,
    entries,
    bodyVideos: videos,
    unlisted,
    convention: conventionOf(items),
  };
}

let lastConvention: { key: string; convention: VideoConvention | null } | null = null;

/** The entries' convention, inferred again only when a field it is inferred from changed. */
function conventionOf(items: readonly FrontMatterValue[]): VideoConvention | null {
  const key = JSON.stringify(
    items.map((item) =>
      isMapping(item) ? [item.embedUrl, item.thumbnailUrl, item.uploadDate] : null,
    ),
  );
  if (lastConvention?.key !== key) {
    lastConvention = { key, convention: inferVideoConvention(items) };
  }
  return lastConvention.convention;
}
