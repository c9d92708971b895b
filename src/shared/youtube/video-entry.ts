/**
 * A `params.videoSchema` entry built from what YouTube says about a video,
 * in the site's convention. Pure: the lookup service fetches, this builds.
 */
import { parseIsoDuration } from '../time/iso-duration';
import {
  offlineThumbnailFile,
  embedUrlFor,
  thumbnailFiles,
  thumbnailUrlFor,
  uploadDateFor,
  type ThumbnailFile,
  type VideoConvention,
} from './convention';

/** What a lookup learnt about one video; null where the source does not say. */
export interface VideoFacts {
  id: string;
  title: string;
  /** The full description (the Data API only). */
  description: string | null;
  /** `snippet.publishedAt`, an RFC 3339 instant (the Data API only). */
  publishedAt: string | null;
  /** `contentDetails.duration` as YouTube wrote it (the Data API only). */
  duration: string | null;
  /** Thumbnail sizes the source says exist; null when it does not list them. */
  thumbnails: ThumbnailFile[] | null;
}

/** The fields of a videoSchema entry, in the order linkerd.io writes them. */
export interface VideoEntry {
  title: string;
  description?: string;
  embedUrl: string;
  thumbnailUrl: string;
  uploadDate?: string;
  duration?: string;
}

export type MissingField = 'description' | 'uploadDate' | 'duration';

export interface BuiltEntry {
  entry: VideoEntry;
  /** The video's whole description, for the UI to show on request; null when unknown. */
  fullDescription: string | null;
  /** Fields the source could not fill; the UI flags them. */
  missing: MissingField[];
}

/** Sizes from best to worst; the API lists only those that exist. */
const bestFirst = [...thumbnailFiles].reverse();

/** The best thumbnail size the source says exists, or the one every video has. */
export function bestThumbnail(available: readonly ThumbnailFile[] | null): ThumbnailFile {
  if (available === null) return offlineThumbnailFile;
  return bestFirst.find((file) => available.includes(file)) ?? offlineThumbnailFile;
}

/**
 * A duration worth writing: valid ISO 8601 and longer than zero. `P0D` and a
 * missing duration are what YouTube gives live and upcoming videos, which
 * have no length yet.
 */
export function knownDuration(duration: string | null | undefined): string | null {
  if (!duration) return null;
  const parsed = parseIsoDuration(duration.trim());
  return parsed.ok && parsed.seconds > 0 ? duration.trim() : null;
}

const link = /(?:https?:\/\/|www\.)[^\s)>\]]+/gi;
// A hashtag: # then a letter, not inside a word (`C#` stays).
const hashtag = /(^|\s)#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*/gu;
// A line left holding a label only ("Slides:", "Links →") once its link is gone.
const labelOnly = /^[\p{L}\p{N}\s'’&/-]{0,40}[:→>\-–—|]+$/u;

/**
 * The first paragraph of a video description with text in it once links and
 * hashtags are taken out: YouTube descriptions often open with the talk's
 * abstract and end with links, timestamps and tags, which a VideoObject
 * description should not carry.
 */
export function firstParagraph(description: string): string {
  const paragraphs = description.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/);
  for (const paragraph of paragraphs) {
    const lines = paragraph
      .split('\n')
      .map((line) => line.replace(link, ' ').replace(hashtag, '$1').replace(/\s+/g, ' ').trim())
      .filter((line) => line !== '' && !labelOnly.test(line));
    const text = lines
      .join(' ')
      .replace(/\(\s*\)|\[\s*\]/g, '')
      .replace(/\s+([,.;:!?])/g, '$1')
      .replace(/\s+/g, ' ')
      .trim();
    if (/[\p{L}\p{N}]/u.test(text)) return text;
  }
  return '';
}

/** The entry for `facts` in `convention`, with what could not be filled. */
export function buildVideoEntry(facts: VideoFacts, convention: VideoConvention): BuiltEntry {
  const entry: VideoEntry = {
    title: facts.title,
    embedUrl: embedUrlFor(convention, facts.id),
    thumbnailUrl: thumbnailUrlFor(convention, facts.id, bestThumbnail(facts.thumbnails)),
  };
  const missing: MissingField[] = [];
  const description = facts.description === null ? '' : firstParagraph(facts.description);
  if (description !== '') entry.description = description;
  else missing.push('description');
  const publishedAt = facts.publishedAt === null ? null : uploadDateOrNull(convention, facts);
  if (publishedAt !== null) entry.uploadDate = publishedAt;
  else missing.push('uploadDate');
  const duration = knownDuration(facts.duration);
  if (duration !== null) entry.duration = duration;
  else missing.push('duration');
  return { entry: ordered(entry), fullDescription: facts.description, missing };
}

function uploadDateOrNull(convention: VideoConvention, facts: VideoFacts): string | null {
  if (facts.publishedAt === null || Number.isNaN(Date.parse(facts.publishedAt))) return null;
  return uploadDateFor(convention, facts.publishedAt);
}

const fieldOrder: (keyof VideoEntry)[] = [
  'title',
  'description',
  'embedUrl',
  'thumbnailUrl',
  'uploadDate',
  'duration',
];

function ordered(entry: VideoEntry): VideoEntry {
  const result: Record<string, string> = {};
  for (const field of fieldOrder) {
    const value = entry[field];
    if (value !== undefined) result[field] = value;
  }
  return result as unknown as VideoEntry;
}

/** Why fields are missing, in words for the UI and the CLI. */
export function missingFieldsHint(
  missing: readonly MissingField[],
  hadKey: boolean,
): string | null {
  if (missing.length === 0) return null;
  const names = missing.join(', ');
  if (!hadKey) {
    return `Without a YouTube API key only the title and thumbnail are known; ${names} left empty. Add a key in Preferences (or set YOUTUBE_API_KEY) to fill them.`;
  }
  const reasons: string[] = [];
  if (missing.includes('duration'))
    reasons.push('a live or upcoming video has no length until it ends');
  if (missing.includes('description')) reasons.push('the video has no description text');
  if (missing.includes('uploadDate')) reasons.push('YouTube gave no publication date');
  return `${names} left empty: ${reasons.join('; ')}.`;
}
