/**
 * How a site writes the YouTube fields of its `params.videoSchema` entries.
 * linkerd.io writes `https://youtu.be/ID`, `http://i3.ytimg.com/vi/ID/…` and
 * date-only upload dates; Google recommends the player URL, https
 * thumbnails and a date-time with a zone. New entries follow the site's own
 * habit unless the site chose otherwise, so that a recap looks like its
 * neighbours.
 */
import type { FrontMatterValue } from '../post/types';
import { isMapping } from '../schema/known-keys';
import { parseIsoDateTime } from '../time/iso-date-time';
import { isPossibleYouTubeId } from './video-id';

/** The file names YouTube serves thumbnails under, smallest first. */
export const thumbnailFiles = [
  'default',
  'mqdefault',
  'hqdefault',
  'sddefault',
  'maxresdefault',
] as const;
export type ThumbnailFile = (typeof thumbnailFiles)[number];

/**
 * Without a lookup we cannot know which sizes exist: `sddefault` and
 * `maxresdefault` are missing for some videos, `hqdefault` exists for every
 * one. A lookup replaces it with the best size the API reports.
 */
export const offlineThumbnailFile: ThumbnailFile = 'hqdefault';

export interface VideoConvention {
  /** The embed URL with `{id}` where the video ID goes. */
  embedUrl: string;
  /** The thumbnail URL with `{id}` for the ID and `{file}` for the size's file name. */
  thumbnailUrl: string;
  /** `date`: `2021-05-14`; `date-time`: `2021-05-14T09:30:00Z`. */
  uploadDate: 'date' | 'date-time';
}

export const googleConvention: VideoConvention = {
  embedUrl: 'https://www.youtube.com/embed/{id}',
  thumbnailUrl: 'https://i.ytimg.com/vi/{id}/{file}.jpg',
  uploadDate: 'date-time',
};

export function embedUrlFor(convention: VideoConvention, id: string): string {
  return convention.embedUrl.replace('{id}', id);
}

export function thumbnailUrlFor(
  convention: VideoConvention,
  id: string,
  file: ThumbnailFile = offlineThumbnailFile,
): string {
  return convention.thumbnailUrl.replace('{id}', id).replace('{file}', file);
}

/**
 * `publishedAt` as the convention writes it. YouTube gives UTC date-times
 * (`2023-02-28T12:42:19Z`); the date part is the UTC day, as YouTube shows it.
 */
export function uploadDateFor(convention: VideoConvention, publishedAt: string): string {
  const instant = new Date(publishedAt);
  if (Number.isNaN(instant.getTime())) return publishedAt;
  const iso = instant.toISOString();
  return convention.uploadDate === 'date' ? iso.slice(0, 10) : `${iso.slice(0, 19)}Z`;
}

/** The ID of a YouTube URL, found where an 11-character ID stands between separators. */
function idIn(url: string): string | null {
  for (const match of url.matchAll(/(?<=[/=])[0-9A-Za-z_-]{11}(?=$|[/?&#.])/g)) {
    if (isPossibleYouTubeId(match[0])) return match[0];
  }
  return null;
}

function embedTemplate(url: string): string | null {
  const id = idIn(url);
  if (id === null || !/^https?:\/\//.test(url)) return null;
  return url.slice(0, url.indexOf(id)) + '{id}' + url.slice(url.indexOf(id) + id.length);
}

function thumbnailTemplate(url: string): string | null {
  const id = idIn(url);
  if (id === null || !/^https?:\/\//.test(url)) return null;
  const withId = url.replace(id, '{id}');
  const withFile = withId.replace(
    new RegExp(`/(${thumbnailFiles.join('|')})\\.jpg$`),
    '/{file}.jpg',
  );
  return withFile === withId ? null : withFile;
}

/** The value seen most often; on a tie, the one seen first. */
function mostCommon<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best: T | undefined;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount) [best, bestCount] = [value, count];
  }
  return best;
}

/**
 * The convention a site's existing entries follow (each field by majority),
 * or null when the site has no entries to learn from. A field no entry shows
 * (say, no entry has an embedUrl) takes Google's form.
 */
export function inferVideoConvention(entries: Iterable<FrontMatterValue>): VideoConvention | null {
  const embeds: string[] = [];
  const thumbnails: string[] = [];
  const dates: VideoConvention['uploadDate'][] = [];
  for (const entry of entries) {
    if (!isMapping(entry)) continue;
    const { embedUrl, thumbnailUrl, uploadDate } = entry;
    const embed = typeof embedUrl === 'string' ? embedTemplate(embedUrl.trim()) : null;
    if (embed !== null) embeds.push(embed);
    const thumbnail =
      typeof thumbnailUrl === 'string' ? thumbnailTemplate(thumbnailUrl.trim()) : null;
    if (thumbnail !== null) thumbnails.push(thumbnail);
    const date = typeof uploadDate === 'string' ? parseIsoDateTime(uploadDate.trim()) : null;
    if (date?.ok) dates.push(date.hasTime ? 'date-time' : 'date');
  }
  if (embeds.length + thumbnails.length + dates.length === 0) return null;
  return {
    embedUrl: mostCommon(embeds) ?? googleConvention.embedUrl,
    thumbnailUrl: mostCommon(thumbnails) ?? googleConvention.thumbnailUrl,
    uploadDate: mostCommon(dates) ?? googleConvention.uploadDate,
  };
}

/** What the ID alone gives an entry, with no lookup. */
export function entryFieldsFromId(
  convention: VideoConvention,
  id: string,
): { embedUrl: string; thumbnailUrl: string } {
  return { embedUrl: embedUrlFor(convention, id), thumbnailUrl: thumbnailUrlFor(convention, id) };
}
