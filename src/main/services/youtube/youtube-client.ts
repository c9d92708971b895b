/**
 * The calls to YouTube: Data API v3 `videos.list` and `playlistItems.list`
 * with a key, oEmbed without. Each call has its own timeout and the caller's
 * cancel signal; every failure is thrown as a `LookupError` with its code.
 */
import { thumbnailFiles, type ThumbnailFile } from '../../../shared/youtube/convention';
import type { VideoFacts } from '../../../shared/youtube/video-entry';
import {
  classifyApiError,
  classifyFetchFailure,
  classifyOembedStatus,
  LookupError,
  parseJsonBody,
} from './classify';
import type { YouTubeEndpoints } from './endpoints';

export type Fetch = typeof globalThis.fetch;

export interface YouTubeClientOptions {
  fetch: Fetch;
  endpoints: YouTubeEndpoints;
  /** Each request's limit; 10 s unless given. */
  timeoutMs?: number;
}

/** Most IDs `videos.list` takes in one call. */
export const videosPerCall = 50;

/** One entry of a playlist, in the playlist's order. */
export type PlaylistEntry =
  | { videoId: string; available: true }
  /** YouTube keeps private and deleted videos in the list under these titles. */
  | { videoId: string; available: false; reason: 'video-private' | 'video-deleted' };

const apiThumbnailFiles: Record<string, ThumbnailFile> = {
  default: 'default',
  medium: 'mqdefault',
  high: 'hqdefault',
  standard: 'sddefault',
  maxres: 'maxresdefault',
};

export class YouTubeClient {
  private readonly timeoutMs: number;

  constructor(private readonly options: YouTubeClientOptions) {
    this.timeoutMs = options.timeoutMs ?? 10_000;
  }

  /** Facts for up to 50 IDs; IDs YouTube does not return (missing, private, deleted) are absent. */
  async videos(ids: readonly string[], key: string, cancel?: AbortSignal): Promise<VideoFacts[]> {
    if (ids.length > videosPerCall) throw new Error(`videos() takes at most ${videosPerCall} IDs`);
    const url = new URL(`${this.options.endpoints.apiBase}/videos`);
    url.searchParams.set('part', 'snippet,contentDetails');
    url.searchParams.set('id', ids.join(','));
    url.searchParams.set('maxResults', String(videosPerCall));
    url.searchParams.set('key', key);
    const body = await this.apiCall(url, 'video-not-found', cancel);
    return itemsOf(body).map(videoFactsOf);
  }

  /** Every entry of a playlist, following `nextPageToken` to the end. */
  async playlist(listId: string, key: string, cancel?: AbortSignal): Promise<PlaylistEntry[]> {
    const entries: PlaylistEntry[] = [];
    const seenTokens = new Set<string>();
    let pageToken: string | null = null;
    do {
      const url = new URL(`${this.options.endpoints.apiBase}/playlistItems`);
      url.searchParams.set('part', 'snippet,contentDetails');
      url.searchParams.set('playlistId', listId);
      url.searchParams.set('maxResults', String(videosPerCall));
      if (pageToken !== null) url.searchParams.set('pageToken', pageToken);
      url.searchParams.set('key', key);
      const body = await this.apiCall(url, 'playlist-not-found', cancel);
      for (const item of itemsOf(body)) entries.push(playlistEntryOf(item));
      const next = (body as { nextPageToken?: unknown }).nextPageToken;
      pageToken = typeof next === 'string' && next !== '' ? next : null;
      // A server that hands back a token it gave before would loop for ever.
      if (pageToken !== null && seenTokens.has(pageToken)) {
        throw new LookupError('malformed', `nextPageToken ${pageToken} repeated`);
      }
      if (pageToken !== null) seenTokens.add(pageToken);
    } while (pageToken !== null);
    return entries;
  }

  /** Title and thumbnail without a key. */
  async oembed(id: string, cancel?: AbortSignal): Promise<VideoFacts> {
    const url = new URL(this.options.endpoints.oembed);
    url.searchParams.set('url', `https://www.youtube.com/watch?v=${id}`);
    url.searchParams.set('format', 'json');
    const response = await this.send(url, cancel);
    const text = await this.readText(response, cancel);
    if (!response.ok) throw new LookupError(classifyOembedStatus(response.status), text);
    // Private videos have been seen answering 200 with the text `Forbidden`.
    const body = parseJsonBody(response.headers.get('content-type'), text);
    const title = (body as { title?: unknown } | null)?.title;
    if (typeof title !== 'string') throw new LookupError('malformed', 'oEmbed answer has no title');
    const thumbnail = (body as { thumbnail_url?: unknown }).thumbnail_url;
    const file = typeof thumbnail === 'string' ? thumbnailFileOf(thumbnail) : null;
    return {
      id,
      title,
      description: null,
      publishedAt: null,
      duration: null,
      thumbnails: file === null ? null : [file],
    };
  }

  private async apiCall(
    url: URL,
    notFound: 'video-not-found' | 'playlist-not-found',
    cancel?: AbortSignal,
  ): Promise<unknown> {
    const response = await this.send(url, cancel);
    const text = await this.readText(response, cancel);
    let body: unknown;
    try {
      body = parseJsonBody(response.headers.get('content-type'), text);
    } catch (error) {
      // An error page that is not JSON (a proxy's, a 502) still has a status worth reading.
      if (response.ok) throw error;
      throw new LookupError(classifyApiError(response.status, null, notFound), text.slice(0, 200));
    }
    if (!response.ok) {
      throw new LookupError(classifyApiError(response.status, body, notFound), text.slice(0, 200));
    }
    if (
      typeof body !== 'object' ||
      body === null ||
      !Array.isArray((body as { items?: unknown }).items)
    ) {
      throw new LookupError('malformed', 'the answer has no items list');
    }
    return body;
  }

  private async send(url: URL, cancel?: AbortSignal): Promise<Response> {
    const timeout = AbortSignal.timeout(this.timeoutMs);
    const signal = cancel ? AbortSignal.any([cancel, timeout]) : timeout;
    try {
      return await this.options.fetch(url, { signal, headers: { accept: 'application/json' } });
    } catch (error) {
      throw new LookupError(classifyFetchFailure(error, cancel), (error as Error).message);
    }
  }

  private async readText(response: Response, cancel?: AbortSignal): Promise<string> {
    try {
      return await response.text();
    } catch (error) {
      throw new LookupError(classifyFetchFailure(error, cancel), (error as Error).message);
    }
  }
}

function itemsOf(body: unknown): unknown[] {
  return (body as { items: unknown[] }).items;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function videoFactsOf(item: unknown): VideoFacts {
  const { id, snippet, contentDetails } = record(item);
  const facts = record(snippet);
  if (typeof id !== 'string' || typeof facts['title'] !== 'string') {
    throw new LookupError('malformed', 'a video without an id or a title');
  }
  const thumbnails = Object.keys(record(facts['thumbnails'])).flatMap((size) => {
    const file = apiThumbnailFiles[size];
    return file ? [file] : [];
  });
  return {
    id,
    title: facts['title'],
    description: stringOrNull(facts['description']),
    publishedAt: stringOrNull(facts['publishedAt']),
    duration: stringOrNull(record(contentDetails)['duration']),
    thumbnails,
  };
}

function playlistEntryOf(item: unknown): PlaylistEntry {
  const { snippet, contentDetails } = record(item);
  const facts = record(snippet);
  const videoId =
    stringOrNull(record(contentDetails)['videoId']) ??
    stringOrNull(record(facts['resourceId'])['videoId']);
  if (videoId === null) throw new LookupError('malformed', 'a playlist item without a video ID');
  const title = facts['title'];
  if (title === 'Private video') return { videoId, available: false, reason: 'video-private' };
  if (title === 'Deleted video') return { videoId, available: false, reason: 'video-deleted' };
  return { videoId, available: true };
}

function thumbnailFileOf(url: string): ThumbnailFile | null {
  const name = /\/([a-z]+)\.jpg(?:$|\?)/.exec(url)?.[1];
  return (thumbnailFiles as readonly string[]).includes(name ?? '')
    ? (name as ThumbnailFile)
    : null;
}
