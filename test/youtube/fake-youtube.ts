import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for YouTube on 127.0.0.1, answering with the payload shapes of
 * `shared/reference/youtube.md`: Data API v3 `videos` and `playlistItems`
 * (errors included) and oEmbed. Tests point the service at it through
 * YOUTUBE_API_BASE_URL and YOUTUBE_OEMBED_URL.
 */
export interface FakeVideo {
  id: string;
  title: string;
  description?: string;
  publishedAt?: string;
  /** Absent for upcoming videos; `P0D` for live ones. */
  duration?: string;
  /** Largest size YouTube has; `maxres` unless said. */
  best?: 'high' | 'standard' | 'maxres';
  /** Private: absent from videos.list, "Private video" in playlists, 401 from oEmbed. */
  private?: boolean;
  /** oEmbed answers `200 Forbidden` as text, as seen for some private videos. */
  forbiddenAsText?: boolean;
  /** oEmbed answers 401: the owner turned embedding off. */
  embeddingDisabled?: boolean;
}

export type ApiFailure = 'key-invalid' | 'key-invalid-old' | 'quota' | 'api-not-enabled';

export const keys = {
  good: 'AIzaSyGOOD-key-for-the-fake-server-000000',
  invalid: 'AIzaSyBAD-key-0000000000000000000000000',
  invalidOld: 'AIzaSyOLD-key-0000000000000000000000000',
  quota: 'AIzaSyQUOTA-key-000000000000000000000000',
  notEnabled: 'AIzaSyOFF-key-0000000000000000000000000',
} as const;

const keyFailures: Record<string, ApiFailure> = {
  [keys.invalid]: 'key-invalid',
  [keys.invalidOld]: 'key-invalid-old',
  [keys.quota]: 'quota',
  [keys.notEnabled]: 'api-not-enabled',
};

/** The error payloads of the reference, as Google sends them. */
export const errorPayloads: Record<ApiFailure, { status: number; body: unknown }> = {
  'key-invalid': {
    status: 400,
    body: {
      error: {
        code: 400,
        message: 'API key not valid. Please pass a valid API key.',
        errors: [
          {
            message: 'API key not valid. Please pass a valid API key.',
            domain: 'global',
            reason: 'badRequest',
          },
        ],
        status: 'INVALID_ARGUMENT',
        details: [
          {
            '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
            reason: 'API_KEY_INVALID',
            domain: 'googleapis.com',
            metadata: { service: 'youtube.googleapis.com' },
          },
        ],
      },
    },
  },
  'key-invalid-old': {
    status: 400,
    body: {
      error: {
        code: 400,
        message: 'Bad Request',
        errors: [{ domain: 'usageLimits', reason: 'keyInvalid', message: 'Bad Request' }],
      },
    },
  },
  quota: {
    status: 403,
    body: {
      error: {
        code: 403,
        message:
          'The request cannot be completed because you have exceeded your <a href="/youtube/v3/getting-started#quota">quota</a>.',
        errors: [
          {
            message:
              'The request cannot be completed because you have exceeded your <a href="/youtube/v3/getting-started#quota">quota</a>.',
            domain: 'youtube.quota',
            reason: 'quotaExceeded',
          },
        ],
      },
    },
  },
  'api-not-enabled': {
    status: 403,
    body: {
      error: {
        code: 403,
        message: 'YouTube Data API v3 has not been used in project 123 before or it is disabled.',
        errors: [
          {
            message:
              'YouTube Data API v3 has not been used in project 123 before or it is disabled.',
            domain: 'usageLimits',
            reason: 'accessNotConfigured',
            extendedHelp: 'https://console.developers.google.com',
          },
        ],
        status: 'PERMISSION_DENIED',
      },
    },
  },
};

export const playlistNotFoundPayload = {
  status: 404,
  body: {
    error: {
      code: 404,
      message:
        "The playlist identified with the request's <code>playlistId</code> parameter cannot be found.",
      errors: [
        {
          message:
            "The playlist identified with the request's <code>playlistId</code> parameter cannot be found.",
          domain: 'youtube.playlistItem',
          reason: 'playlistNotFound',
          location: 'playlistId',
          locationType: 'parameter',
        },
      ],
    },
  },
};

export interface FakeYouTube {
  /** `${url}/youtube/v3`, for YOUTUBE_API_BASE_URL. */
  apiBase: string;
  /** `${url}/oembed`, for YOUTUBE_OEMBED_URL. */
  oembed: string;
  videos: Map<string, FakeVideo>;
  playlists: Map<string, string[]>;
  /** Every request's path and query, in order. */
  requests: URL[];
  /** Requests to one path (`/youtube/v3/videos`, `/oembed`…). */
  requestsTo(path: string): URL[];
  /** Answers every request this late, in milliseconds. */
  delayMs: number;
  /** Answers every request with this instead (a proxy's HTML page, a 500…). */
  override: { status: number; contentType: string; body: string } | null;
  close(): Promise<void>;
}

/** A valid-looking video ID: 10 characters, then one of those an ID can end with. */
export function fakeId(n: number): string {
  return `vid${String(n).padStart(7, '0')}A`;
}

function thumbnails(id: string, best: FakeVideo['best'] = 'maxres') {
  const sizes = [
    ['default', 'default', 120, 90],
    ['medium', 'mqdefault', 320, 180],
    ['high', 'hqdefault', 480, 360],
    ['standard', 'sddefault', 640, 480],
    ['maxres', 'maxresdefault', 1280, 720],
  ] as const;
  const last = sizes.findIndex(([name]) => name === best);
  return Object.fromEntries(
    sizes
      .slice(0, last + 1)
      .map(([name, file, width, height]) => [
        name,
        { url: `https://i.ytimg.com/vi/${id}/${file}.jpg`, width, height },
      ]),
  );
}

function videoResource(video: FakeVideo) {
  return {
    kind: 'youtube#video',
    etag: `etag-${video.id}`,
    id: video.id,
    snippet: {
      publishedAt: video.publishedAt ?? '2023-02-28T12:42:19Z',
      channelId: 'UCfake',
      title: video.title,
      description: video.description ?? '',
      channelTitle: 'Linkerd',
      tags: ['linkerd'],
      categoryId: '28',
      liveBroadcastContent: video.duration === 'P0D' ? 'live' : 'none',
      thumbnails: thumbnails(video.id, video.best),
      localized: { title: video.title, description: video.description ?? '' },
    },
    contentDetails: {
      ...(video.duration === undefined ? {} : { duration: video.duration }),
      dimension: '2d',
      definition: 'hd',
      caption: 'false',
      licensedContent: true,
    },
  };
}

/** Entries a page of playlistItems holds, so that paging is exercised with few videos. */
export const playlistPageSize = 3;

export async function startFakeYouTube(): Promise<FakeYouTube> {
  const fake = {
    videos: new Map<string, FakeVideo>(),
    playlists: new Map<string, string[]>(),
    requests: [] as URL[],
    delayMs: 0,
    override: null as FakeYouTube['override'],
  };
  const send = (response: ServerResponse, status: number, body: unknown): void => {
    response.writeHead(status, { 'content-type': 'application/json; charset=UTF-8' });
    response.end(JSON.stringify(body));
  };
  const answer = (request: IncomingMessage, response: ServerResponse): void => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    fake.requests.push(url);
    if (fake.override) {
      response.writeHead(fake.override.status, { 'content-type': fake.override.contentType });
      response.end(fake.override.body);
      return;
    }
    if (url.pathname === '/oembed') {
      const id = new URL(url.searchParams.get('url') ?? '').searchParams.get('v') ?? '';
      const video = fake.videos.get(id);
      if (!video) {
        response.writeHead(404, { 'content-type': 'text/html' });
        response.end('Not Found');
      } else if (video.forbiddenAsText) {
        response.writeHead(200, { 'content-type': 'text/plain' });
        response.end('Forbidden');
      } else if (video.private || video.embeddingDisabled) {
        response.writeHead(401, { 'content-type': 'text/html' });
        response.end('Unauthorized');
      } else {
        send(response, 200, {
          title: video.title,
          author_name: 'Linkerd',
          author_url: 'https://www.youtube.com/@linkerd',
          type: 'video',
          height: 113,
          width: 200,
          version: '1.0',
          provider_name: 'YouTube',
          provider_url: 'https://www.youtube.com/',
          thumbnail_height: 360,
          thumbnail_width: 480,
          thumbnail_url: `https://i.ytimg.com/vi/${id}/hqdefault.jpg`,
          html: `<iframe width="200" height="113" src="https://www.youtube.com/embed/${id}?feature=oembed"></iframe>`,
        });
      }
      return;
    }
    const failure = keyFailures[url.searchParams.get('key') ?? ''];
    if (url.pathname.startsWith('/youtube/v3/') && url.searchParams.get('key') !== keys.good) {
      const payload = errorPayloads[failure ?? 'key-invalid'];
      send(response, payload.status, payload.body);
      return;
    }
    if (url.pathname === '/youtube/v3/videos') {
      const ids = (url.searchParams.get('id') ?? '').split(',').filter((id) => id !== '');
      if (ids.length > 50) {
        send(response, 400, { error: { code: 400, message: 'too many ids', errors: [] } });
        return;
      }
      const items = ids.flatMap((id) => {
        const video = fake.videos.get(id);
        return video && !video.private ? [videoResource(video)] : [];
      });
      send(response, 200, {
        kind: 'youtube#videoListResponse',
        etag: 'etag',
        pageInfo: { totalResults: items.length, resultsPerPage: items.length },
        items,
      });
      return;
    }
    if (url.pathname === '/youtube/v3/playlistItems') {
      const ids = fake.playlists.get(url.searchParams.get('playlistId') ?? '');
      if (!ids) {
        send(response, playlistNotFoundPayload.status, playlistNotFoundPayload.body);
        return;
      }
      const start = Number(url.searchParams.get('pageToken')?.replace('page-', '') ?? '0');
      const page = ids.slice(start, start + playlistPageSize);
      const next =
        start + playlistPageSize < ids.length ? `page-${start + playlistPageSize}` : null;
      send(response, 200, {
        kind: 'youtube#playlistItemListResponse',
        etag: 'etag',
        ...(next ? { nextPageToken: next } : {}),
        pageInfo: { totalResults: ids.length, resultsPerPage: playlistPageSize },
        items: page.map((id, index) => {
          const video = fake.videos.get(id);
          const title = !video ? 'Deleted video' : video.private ? 'Private video' : video.title;
          return {
            kind: 'youtube#playlistItem',
            etag: 'etag',
            id: `item-${id}`,
            snippet: {
              title,
              description: '',
              position: start + index,
              resourceId: { kind: 'youtube#video', videoId: id },
              thumbnails: video && !video.private ? thumbnails(id, 'high') : {},
            },
            contentDetails: {
              videoId: id,
              ...(video && !video.private ? { videoPublishedAt: video.publishedAt } : {}),
            },
          };
        }),
      });
      return;
    }
    send(response, 404, { error: { code: 404, message: 'Not Found', errors: [] } });
  };
  const server: Server = createServer((request, response) => {
    if (fake.delayMs > 0) setTimeout(() => answer(request, response), fake.delayMs);
    else answer(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  return Object.assign(fake, {
    apiBase: `${base}/youtube/v3`,
    oembed: `${base}/oembed`,
    requestsTo: (path: string) => fake.requests.filter((url) => url.pathname === path),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}
