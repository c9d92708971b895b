import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { endpointsFromEnv } from '../../src/main/services/youtube/endpoints';
import { EnvironmentKeyStore } from '../../src/main/services/youtube/key-store';
import { DiskVideoCache } from '../../src/main/services/youtube/video-cache';
import { YouTubeService } from '../../src/main/services/youtube/youtube-service';
import { events, type EventPayload } from '../../src/shared/ipc/contract';
import type { LookupOutcome } from '../../src/shared/ipc/youtube';
import { failureMessage } from '../../src/shared/youtube/failures';
import { fakeId, keys, startFakeYouTube, type FakeYouTube } from './fake-youtube';

// The lookup service against a fake YouTube on 127.0.0.1, in a copy of
// linkerd.io's blog so that entries follow the site's convention.

const corpus = resolve(import.meta.dirname, '..', 'fixtures', 'linkerd.io');

let temp: string;
let site: string;
let youtube: FakeYouTube;
let clock: Date;

beforeEach(async () => {
  temp = await mkdtemp(join(tmpdir(), 'recap-youtube-'));
  site = join(temp, 'site');
  await cp(join(corpus, 'config'), join(site, 'config'), { recursive: true });
  // One recap is enough to learn the site's convention from.
  const recap = 'content/blog/2021/0617-may-community-meeting-recap-part-1';
  await cp(join(corpus, recap), join(site, recap), { recursive: true });
  youtube = await startFakeYouTube();
  clock = new Date('2024-03-01T10:00:00Z');
});

afterEach(async () => {
  await youtube.close();
  await rm(temp, { recursive: true, force: true });
});

function service(options: { key?: string | null; timeoutMs?: number; site?: boolean } = {}) {
  const key = options.key === undefined ? keys.good : options.key;
  return new YouTubeService({
    keyStore: new EnvironmentKeyStore(key === null ? {} : { YOUTUBE_API_KEY: key }),
    fetch: globalThis.fetch,
    cache: new DiskVideoCache(join(temp, 'data', 'youtube-cache')),
    now: () => clock,
    endpoints: endpointsFromEnv({
      YOUTUBE_API_BASE_URL: youtube.apiBase,
      YOUTUBE_OEMBED_URL: youtube.oembed,
    }),
    currentSite: async () =>
      options.site === false ? null : { root: site, contentDir: 'content' },
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  });
}

function addVideos(count: number, from = 1): string[] {
  return Array.from({ length: count }, (_, index) => {
    const id = fakeId(from + index);
    youtube.videos.set(id, {
      id,
      title: `Talk ${from + index}`,
      description: `Talk ${from + index} in one paragraph.\n\nSlides: https://example.com/${id}\n#linkerd #kubecon`,
      publishedAt: '2024-02-20T17:05:09Z',
      duration: 'PT31M26S',
    });
    return id;
  });
}

function found(outcomes: LookupOutcome[]) {
  return outcomes.flatMap((outcome) => (outcome.status === 'found' ? [outcome] : []));
}

function failedCodes(outcomes: LookupOutcome[]) {
  return outcomes.flatMap((outcome) =>
    outcome.status === 'failed' ? [[outcome.input, outcome.code]] : [],
  );
}

async function siteFiles(): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(site, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      files.set(path, await readFile(path, 'utf8'));
    }
  }
  return files;
}

describe('looking videos up with a key', () => {
  it("fills every field in the site's convention, description trimmed to its first paragraph", async () => {
    const [id] = addVideos(1);
    const result = await service()['youtube.lookup']({ inputs: [`https://youtu.be/${id}?t=30`] });
    expect(result).toMatchObject({ usedKey: true, convention: 'site' });
    expect(result.outcomes).toEqual([
      {
        status: 'found',
        input: `https://youtu.be/${id}?t=30`,
        id,
        entry: {
          title: 'Talk 1',
          description: 'Talk 1 in one paragraph.',
          embedUrl: `https://youtu.be/${id}`,
          thumbnailUrl: `http://i3.ytimg.com/vi/${id}/maxresdefault.jpg`,
          uploadDate: '2024-02-20',
          duration: 'PT31M26S',
        },
        fullDescription: youtube.videos.get(id!)!.description,
        missing: [],
        hint: null,
      },
    ]);
  });

  it("follows Google's convention when the site chose it, and when no site is open", async () => {
    const [id] = addVideos(1);
    await writeFile(join(site, '.recap-studio.yaml'), 'videoConvention: google\n');
    const entry = found((await service()['youtube.lookup']({ inputs: [id!] })).outcomes)[0]?.entry;
    expect(entry).toMatchObject({
      embedUrl: `https://www.youtube.com/embed/${id}`,
      thumbnailUrl: `https://i.ytimg.com/vi/${id}/maxresdefault.jpg`,
      uploadDate: '2024-02-20T17:05:09Z',
    });
    const noSite = await service({ site: false })['youtube.lookup']({ inputs: [id!] });
    expect(noSite.convention).toBe('google');
  });

  it('takes the best thumbnail size the API lists', async () => {
    const [id] = addVideos(1);
    youtube.videos.set(id!, { ...youtube.videos.get(id!)!, best: 'high' });
    const entry = found((await service()['youtube.lookup']({ inputs: [id!] })).outcomes)[0]?.entry;
    expect(entry?.thumbnailUrl).toBe(`http://i3.ytimg.com/vi/${id}/hqdefault.jpg`);
  });

  it('asks for 120 IDs in 3 calls of at most 50, and keeps the input order', async () => {
    const ids = addVideos(120);
    const inputs = [...ids].reverse();
    const result = await service()['youtube.lookup']({ inputs });
    const calls = youtube.requestsTo('/youtube/v3/videos');
    expect(calls).toHaveLength(3);
    expect(calls.map((url) => url.searchParams.get('id')!.split(',').length)).toEqual([50, 50, 20]);
    for (const call of calls) expect(call.searchParams.get('part')).toBe('snippet,contentDetails');
    expect(result.outcomes.map((outcome) => outcome.id)).toEqual(inputs);
    expect(found(result.outcomes)).toHaveLength(120);
  });

  it('fills the 9 found of 11 and names the 2 that are not', async () => {
    const ids = addVideos(9);
    const missing = [fakeId(500), fakeId(501)];
    const inputs = [...ids.slice(0, 4), missing[0]!, ...ids.slice(4), missing[1]!];
    const result = await service()['youtube.lookup']({ inputs });
    expect(found(result.outcomes).map((outcome) => outcome.id)).toEqual(ids);
    expect(failedCodes(result.outcomes)).toEqual([
      [missing[0], 'video-not-found'],
      [missing[1], 'video-not-found'],
    ]);
    const failure = result.outcomes.find((outcome) => outcome.status === 'failed');
    expect(failure?.message).toBe(failureMessage('video-not-found', missing[0]));
    expect(failure?.message).toContain(missing[0]);
  });

  it('reports input that is no video, and asks nothing about it', async () => {
    const result = await service()['youtube.lookup']({
      inputs: ['https://vimeo.com/123', 'not an id'],
    });
    expect(failedCodes(result.outcomes)).toEqual([
      ['https://vimeo.com/123', 'invalid-input'],
      ['not an id', 'invalid-input'],
    ]);
    expect(youtube.requests).toHaveLength(0);
  });

  it('expands a playlist in order, following nextPageToken to the end', async () => {
    const ids = addVideos(8);
    youtube.playlists.set('PLfakeplaylist0001', ids);
    const result = await service()['youtube.lookup']({
      inputs: ['https://www.youtube.com/playlist?list=PLfakeplaylist0001'],
    });
    const pages = youtube.requestsTo('/youtube/v3/playlistItems');
    expect(pages.map((url) => url.searchParams.get('pageToken'))).toEqual([
      null,
      'page-3',
      'page-6',
    ]);
    expect(found(result.outcomes).map((outcome) => outcome.id)).toEqual(ids);
    // Durations come from videos.list: the playlist's 8 videos in one call.
    expect(youtube.requestsTo('/youtube/v3/videos')).toHaveLength(1);
  });

  it('reports private and deleted videos inside a playlist instead of skipping them', async () => {
    const ids = addVideos(4);
    youtube.videos.set(ids[1]!, { ...youtube.videos.get(ids[1]!)!, private: true });
    const deleted = fakeId(900);
    youtube.playlists.set('PLfakeplaylist0002', [ids[0]!, ids[1]!, deleted, ids[2]!, ids[3]!]);
    const result = await service()['youtube.lookup']({ inputs: ['PLfakeplaylist0002'] });
    expect(result.outcomes.map((outcome) => [outcome.id, outcome.status])).toEqual([
      [ids[0], 'found'],
      [ids[1], 'failed'],
      [deleted, 'failed'],
      [ids[2], 'found'],
      [ids[3], 'found'],
    ]);
    expect(failedCodes(result.outcomes).map(([, code]) => code)).toEqual([
      'video-private',
      'video-deleted',
    ]);
  });

  it('says a playlist does not exist', async () => {
    const result = await service()['youtube.lookup']({ inputs: ['PLnosuchplaylist00'] });
    expect(result.outcomes).toEqual([
      {
        status: 'failed',
        input: 'PLnosuchplaylist00',
        id: null,
        code: 'playlist-not-found',
        message: failureMessage('playlist-not-found', 'PLnosuchplaylist00'),
      },
    ]);
  });
});

describe('failures', () => {
  it.each([
    ['API_KEY_INVALID', keys.invalid, 'key-invalid'],
    ['keyInvalid (older payloads)', keys.invalidOld, 'key-invalid'],
    ['quotaExceeded', keys.quota, 'quota'],
    ['accessNotConfigured', keys.notEnabled, 'api-not-enabled'],
  ] as const)(
    'a key refused with %s fails every video, after one call',
    async (_reason, key, code) => {
      const ids = addVideos(120);
      const before = await siteFiles();
      const result = await service({ key })['youtube.lookup']({ inputs: ids });
      expect(
        new Set(result.outcomes.map((outcome) => outcome.status === 'failed' && outcome.code)),
      ).toEqual(new Set([code]));
      expect(result.outcomes[0]).toMatchObject({ message: failureMessage(code) });
      // After the key was refused, asking again would only cost quota.
      expect(youtube.requestsTo('/youtube/v3/videos')).toHaveLength(1);
      expect(await siteFiles()).toEqual(before);
    },
  );

  it.each([
    [
      'an HTML page with status 200',
      { status: 200, contentType: 'text/html', body: '<html>proxy</html>' },
      'malformed',
    ],
    [
      'JSON without items',
      { status: 200, contentType: 'application/json', body: '{"kind":"x"}' },
      'malformed',
    ],
    [
      'broken JSON',
      { status: 200, contentType: 'application/json', body: '{"items": [' },
      'malformed',
    ],
    [
      'a server error',
      { status: 503, contentType: 'text/html', body: 'Service Unavailable' },
      'server-error',
    ],
  ] as const)('%s fails as the code given', async (_name, override, code) => {
    const ids = addVideos(2);
    youtube.override = override;
    const result = await service()['youtube.lookup']({ inputs: ids });
    expect(failedCodes(result.outcomes)).toEqual(ids.map((id) => [id, code]));
  });

  it('a server that does not answer in time is a timeout', async () => {
    const ids = addVideos(1);
    youtube.delayMs = 2_000;
    const started = Date.now();
    const result = await service({ timeoutMs: 200 })['youtube.lookup']({ inputs: ids });
    expect(failedCodes(result.outcomes)).toEqual([[ids[0], 'timeout']]);
    expect(Date.now() - started).toBeLessThan(1_900);
  });

  it('no server at all is offline', async () => {
    const ids = addVideos(1);
    await youtube.close();
    const result = await service()['youtube.lookup']({ inputs: ids });
    expect(failedCodes(result.outcomes)).toEqual([[ids[0], 'offline']]);
    expect(result.outcomes[0]?.status === 'failed' && result.outcomes[0].message).toBe(
      failureMessage('offline'),
    );
  });

  it('a name that does not resolve is offline', async () => {
    const ids = addVideos(1);
    const lookup = new YouTubeService({
      keyStore: new EnvironmentKeyStore({ YOUTUBE_API_KEY: keys.good }),
      fetch: globalThis.fetch,
      cache: new DiskVideoCache(join(temp, 'data', 'youtube-cache')),
      now: () => clock,
      endpoints: { apiBase: 'http://no-such-host.invalid/youtube/v3', oembed: youtube.oembed },
      currentSite: async () => null,
    });
    const result = await lookup['youtube.lookup']({ inputs: ids });
    expect(failedCodes(result.outcomes)).toEqual([[ids[0], 'offline']]);
  });

  it('cancel stops a running lookup', async () => {
    const ids = addVideos(3);
    youtube.delayMs = 2_000;
    const lookups = service();
    const running = lookups['youtube.lookup']({ inputs: ids, requestId: 'paste-1' });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await lookups['youtube.cancel']({ requestId: 'paste-1' });
    const result = await running;
    expect(new Set(failedCodes(result.outcomes).map(([, code]) => code))).toEqual(
      new Set(['cancelled']),
    );
  });
});

describe('without a key', () => {
  it('fills title and thumbnails from oEmbed and flags the rest with a hint', async () => {
    const [id] = addVideos(1);
    const result = await service({ key: null })['youtube.lookup']({ inputs: [id!] });
    expect(result.usedKey).toBe(false);
    expect(result.outcomes[0]).toMatchObject({
      status: 'found',
      entry: {
        title: 'Talk 1',
        embedUrl: `https://youtu.be/${id}`,
        thumbnailUrl: `http://i3.ytimg.com/vi/${id}/hqdefault.jpg`,
      },
      missing: ['description', 'uploadDate', 'duration'],
      hint: expect.stringContaining('Add a key in Preferences'),
    });
    const call = youtube.requestsTo('/oembed')[0]!;
    expect(call.searchParams.get('url')).toBe(`https://www.youtube.com/watch?v=${id}`);
    expect(call.searchParams.get('format')).toBe('json');
  });

  it('tells missing, private, embedding-disabled and `200 Forbidden` videos apart', async () => {
    const ids = addVideos(4);
    youtube.videos.set(ids[1]!, { ...youtube.videos.get(ids[1]!)!, private: true });
    youtube.videos.set(ids[2]!, { ...youtube.videos.get(ids[2]!)!, embeddingDisabled: true });
    youtube.videos.set(ids[3]!, { ...youtube.videos.get(ids[3]!)!, forbiddenAsText: true });
    const missing = fakeId(700);
    const result = await service({ key: null })['youtube.lookup']({ inputs: [...ids, missing] });
    expect(failedCodes(result.outcomes)).toEqual([
      [ids[1], 'embedding-disabled'],
      [ids[2], 'embedding-disabled'],
      [ids[3], 'malformed'],
      [missing, 'video-not-found'],
    ]);
    expect(found(result.outcomes).map((outcome) => outcome.id)).toEqual([ids[0]]);
  });

  it('cannot read a playlist, and says a key is needed', async () => {
    const result = await service({ key: null })['youtube.lookup']({
      inputs: ['PLfakeplaylist0001'],
    });
    expect(failedCodes(result.outcomes)).toEqual([['PLfakeplaylist0001', 'key-required']]);
    expect(youtube.requests).toHaveLength(0);
  });
});

describe('the cache', () => {
  it('makes no second request within a day, and asks again after', async () => {
    const ids = addVideos(2);
    const lookups = service();
    const first = await lookups['youtube.lookup']({ inputs: ids });
    expect(youtube.requests).toHaveLength(1);
    clock = new Date(clock.getTime() + 23 * 3600 * 1000);
    const second = await lookups['youtube.lookup']({ inputs: ids });
    expect(youtube.requests).toHaveLength(1);
    expect(second.outcomes).toEqual(first.outcomes);
    clock = new Date(clock.getTime() + 2 * 3600 * 1000);
    await lookups['youtube.lookup']({ inputs: ids });
    expect(youtube.requests).toHaveLength(2);
  });

  it('keeps each video in the app data folder with its fetch time, never in the site', async () => {
    const [id] = addVideos(1);
    await service()['youtube.lookup']({ inputs: [id!] });
    const cached = JSON.parse(
      await readFile(join(temp, 'data', 'youtube-cache', `${id}.json`), 'utf8'),
    ) as { fetchedAt: string; source: string };
    expect(cached).toMatchObject({ fetchedAt: clock.toISOString(), source: 'api' });
    const siteNames = [...(await siteFiles()).keys()];
    expect(siteNames.some((name) => name.includes('youtube-cache'))).toBe(false);
  });

  it('does not answer a lookup with a key from what oEmbed said', async () => {
    const [id] = addVideos(1);
    await service({ key: null })['youtube.lookup']({ inputs: [id!] });
    const result = await service()['youtube.lookup']({ inputs: [id!] });
    expect(youtube.requestsTo('/youtube/v3/videos')).toHaveLength(1);
    expect(found(result.outcomes)[0]?.entry.duration).toBe('PT31M26S');
  });
});

describe('refresh', () => {
  it('reports a changed title and duration and a video gone private, changing nothing', async () => {
    const ids = addVideos(3);
    const lookups = service();
    await lookups['youtube.lookup']({ inputs: ids });
    youtube.videos.set(ids[0]!, {
      ...youtube.videos.get(ids[0]!)!,
      title: 'Talk 1 (director’s cut)',
      duration: 'PT40M',
    });
    youtube.videos.set(ids[2]!, { ...youtube.videos.get(ids[2]!)!, private: true });
    const before = await siteFiles();
    const report = await lookups['youtube.refresh']({
      entries: ids.map((id, index) => ({ id, title: `Talk ${index + 1}`, duration: 'PT31M26S' })),
    });
    expect(report.videos).toEqual([
      {
        status: 'changed',
        id: ids[0],
        changes: [
          { field: 'title', before: 'Talk 1', after: 'Talk 1 (director’s cut)' },
          { field: 'duration', before: 'PT31M26S', after: 'PT40M' },
        ],
      },
      { status: 'unchanged', id: ids[1] },
      {
        status: 'failed',
        id: ids[2],
        code: 'video-not-found',
        message: failureMessage('video-not-found', ids[2]),
      },
    ]);
    // Refresh asks YouTube again even within the cache's day.
    expect(youtube.requestsTo('/youtube/v3/videos')).toHaveLength(2);
    expect(await siteFiles()).toEqual(before);
  });
});

describe('the key', () => {
  it('checks a key with one videos.list call', async () => {
    expect(await service()['youtube.checkKey']()).toEqual({
      ok: true,
      message: 'YouTube accepted the key.',
    });
    expect(await service({ key: keys.invalid })['youtube.checkKey']()).toEqual({
      ok: false,
      code: 'key-invalid',
      message: failureMessage('key-invalid'),
    });
    expect(youtube.requestsTo('/youtube/v3/videos')).toHaveLength(2);
    expect(youtube.requests).toHaveLength(2);
  });

  it('says whether a key is set and where from, never the key', async () => {
    const status = await service()['youtube.keyStatus']();
    expect(status).toEqual({
      keySet: true,
      source: 'environment',
      canStore: false,
      cannotStoreReason: expect.stringContaining('YOUTUBE_API_KEY'),
    });
    expect(JSON.stringify(status)).not.toContain(keys.good);
    await expect(service()['youtube.setKey']({ key: keys.invalid })).rejects.toMatchObject({
      code: 'unsupported',
    });
  });
});

describe('progress of a named lookup', () => {
  function listen(lookups: ReturnType<typeof service>): EventPayload<'youtube.progress'>[] {
    const reports: EventPayload<'youtube.progress'>[] = [];
    lookups.onEvent((name, payload) => {
      // Parsed as the page parses it: the contract's schema, nothing more.
      reports.push(events[name].parse(payload));
    });
    return reports;
  }

  it('reports each line once, found with its title or failed with its message, up to the total', async () => {
    const ids = addVideos(120);
    const missing = fakeId(900);
    const inputs = ['not an id', ...ids, missing];
    const lookups = service();
    const reports = listen(lookups);
    await lookups['youtube.lookup']({ inputs, requestId: 'add-1' });
    // The cache, then one report per batch of 50.
    expect(reports.map((report) => report.done)).toEqual([1, 51, 101, 122]);
    expect(reports.every((report) => report.total === 122 && report.requestId === 'add-1')).toBe(
      true,
    );
    const lines = reports.flatMap((report) => report.settled);
    expect(lines.map((line) => line.input).sort()).toEqual([...inputs].sort());
    expect(lines[0]).toMatchObject({ input: 'not an id', status: 'failed', id: null });
    expect(lines.find((line) => line.id === ids[0])).toEqual({
      input: ids[0],
      id: ids[0],
      status: 'found',
      text: 'Talk 1',
    });
    expect(lines.find((line) => line.id === missing)).toEqual({
      input: missing,
      id: missing,
      status: 'failed',
      text: failureMessage('video-not-found', missing),
    });
  });

  it('counts a cancel that comes before the first request', async () => {
    const lookups = service();
    const running = lookups['youtube.lookup']({ inputs: addVideos(3), requestId: 'add-0' });
    await lookups['youtube.cancel']({ requestId: 'add-0' });
    const result = await running;
    expect(new Set(failedCodes(result.outcomes).map(([, code]) => code))).toEqual(
      new Set(['cancelled']),
    );
    expect(youtube.requests).toHaveLength(0);
  });

  it('reports nothing for a lookup without a name', async () => {
    const lookups = service();
    const reports = listen(lookups);
    await lookups['youtube.lookup']({ inputs: addVideos(3) });
    expect(reports).toEqual([]);
  });

  it('can be cancelled half-way: what was found stays found, the rest is cancelled, no file changes', async () => {
    const ids = addVideos(12);
    youtube.delayMs = 150;
    const before = await siteFiles();
    const lookups = service({ key: null });
    const reports = listen(lookups);
    const cancelled = new Promise<void>((resolve) => {
      lookups.onEvent((_, report) => {
        if (report.done > 0)
          void lookups['youtube.cancel']({ requestId: report.requestId }).then(() => resolve());
      });
    });
    const result = await lookups['youtube.lookup']({ inputs: ids, requestId: 'add-2' });
    await cancelled;
    const foundIds = found(result.outcomes).map((outcome) => outcome.id);
    expect(foundIds.length).toBeGreaterThan(0);
    expect(foundIds.length).toBeLessThan(12);
    expect(new Set(failedCodes(result.outcomes).map(([, code]) => code))).toEqual(
      new Set(['cancelled']),
    );
    // Fewer oEmbed calls than videos: the cancel stopped the rest.
    expect(youtube.requestsTo('/oembed').length).toBeLessThan(12);
    expect(reports.at(-1)!.done).toBeLessThanOrEqual(12);
    expect(await siteFiles()).toEqual(before);
  });
});
