import type { FrontMatterData, FrontMatterValue } from '../post/types';
import { parseYouTubeId } from '../youtube';
import type { VideoInfo } from './shortcodes';

/**
 * Titles and durations of the videos a post describes in its videoSchema
 * (`params.videoSchema`, or top-level `videoSchema` in older posts), by
 * YouTube ID, for the preview's video cards.
 */
export function videoInfoFromFrontMatter(
  data: FrontMatterData | null,
): (id: string) => VideoInfo | undefined {
  const byId = videoInfoById(data);
  return (id) => byId.get(id);
}

/** The same, as a map from YouTube ID. */
export function videoInfoById(data: FrontMatterData | null): Map<string, VideoInfo> {
  const byId = new Map<string, VideoInfo>();
  const params = data?.['params'];
  const entries = [
    ...listAt(isObject(params) ? params['videoSchema'] : undefined),
    ...listAt(data?.['videoSchema']),
  ];
  for (const entry of entries) {
    if (!isObject(entry)) continue;
    const id = videoIdOf(entry['embedUrl']) ?? videoIdOf(entry['thumbnailUrl']);
    if (!id || byId.has(id)) continue;
    const title = entry['title'];
    const duration = entry['duration'];
    byId.set(id, {
      title: typeof title === 'string' ? title.trim() : undefined,
      duration: typeof duration === 'string' ? duration : undefined,
    });
  }
  return byId;
}

/**
 * IDs of the URLs seen lately: every keystroke in the front matter reads all
 * of a post's entries again, and their URLs seldom change.
 */
const idsOfUrls = new Map<string, string | undefined>();
const rememberedUrls = 2000;

function videoIdOf(url: FrontMatterValue | undefined): string | undefined {
  if (typeof url !== 'string') return undefined;
  if (idsOfUrls.has(url)) return idsOfUrls.get(url);
  if (idsOfUrls.size >= rememberedUrls) idsOfUrls.clear();
  const id = idOfUrl(url);
  idsOfUrls.set(url, id);
  return id;
}

function idOfUrl(url: string): string | undefined {
  const thumbnail = /\/vi(?:_webp)?\/([0-9A-Za-z_-]{11})\//.exec(url);
  if (thumbnail) return thumbnail[1];
  const reference = parseYouTubeId(url);
  return reference.kind === 'video' ? reference.id : undefined;
}

function listAt(value: FrontMatterValue | undefined): FrontMatterValue[] {
  return Array.isArray(value) ? value : [];
}

function isObject(
  value: FrontMatterValue | undefined,
): value is { [key: string]: FrontMatterValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
