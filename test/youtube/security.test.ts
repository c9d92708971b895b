import { cp, mkdir, mkdtemp, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { createServices, type Services } from '../../src/main/services/create-services';
import type { Workspace } from '../../src/main/services/workspace/workspace';
import { createHttpClient } from '../../src/renderer/src/client/http-client';
import type { StudioClient } from '../../src/renderer/src/client/studio-client';
import { parsePost } from '../../src/shared/post';
import { runCli } from '../cli/run-cli';
import { rawRequest } from '../web/raw-http';
import { serveStudio, type ServedStudio } from '../web/served-studio';
import { fakeId, keys, startFakeYouTube, type FakeYouTube } from './fake-youtube';
import { WebFolders } from '../../src/main/web/web-folders';

// The web mode as `npm run web` wires it, with YOUTUBE_API_KEY set, against a
// fake YouTube: the key must reach YouTube and nothing the page receives, and
// what YouTube says must stay text wherever it lands.

const sample = resolve(import.meta.dirname, '..', '..', 'resources', 'sample-site');
const hostileTitle = '</script><script>alert("title")</script><img src=x onerror=alert(1)>';

let temp: string;
let site: string;
let youtube: FakeYouTube;
let workspace: Workspace;
let services: Services;
let served: ServedStudio;
let client: StudioClient;
/** Every body the page's client received, as text. */
let received: string[];

beforeEach(async () => {
  temp = await mkdtemp(join(tmpdir(), 'recap-youtube-security-'));
  await cp(sample, join(temp, 'site'), { recursive: true });
  site = await realpath(join(temp, 'site'));
  await mkdir(join(temp, 'renderer'));
  await writeFile(join(temp, 'renderer', 'index.html'), '<!doctype html><title>Recap</title>');
  youtube = await startFakeYouTube();
  const env = {
    YOUTUBE_API_KEY: keys.good,
    YOUTUBE_API_BASE_URL: youtube.apiBase,
    YOUTUBE_OEMBED_URL: youtube.oembed,
  };
  const dataDir = join(temp, 'data');
  services = createServices({ dataDir, trash: null, env });
  await services.init();
  workspace = services.workspace;
  await workspace['workspace.open']({ path: site });
  served = await serveStudio({
    api: services.api,
    events: (listener) => workspace.onEvent(listener),
    folders: new WebFolders({ home: temp, launchFolder: site, recentFolders: () => [] }),
    rendererDir: join(temp, 'renderer'),
  });
  received = [];
  client = createHttpClient({
    baseUrl: served.server.url,
    token: served.server.token,
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      received.push(await response.clone().text());
      return response;
    },
  });
});

afterEach(async () => {
  await served.close();
  await services.dispose();
  await youtube.close();
  await rm(temp, { recursive: true, force: true });
});

function addVideo(n: number, title: string): string {
  const id = fakeId(n);
  youtube.videos.set(id, {
    id,
    title,
    description: `${title}\n\nMore at https://example.com`,
    publishedAt: '2024-02-20T17:05:09Z',
    duration: 'PT10M',
  });
  return id;
}

describe('the YouTube key in web mode', () => {
  it('reaches YouTube, and is in no response the page receives nor in its pages', async () => {
    const id = addVideo(1, 'A talk');
    const results = [
      await client.youtube.keyStatus({}),
      await client.youtube.checkKey({}),
      await client.youtube.lookup({ inputs: [id, fakeId(2), 'PLfakeplaylist0001', 'nonsense'] }),
      await client.youtube.refresh({ entries: [{ id, title: 'Old title' }] }),
      await client.youtube.setKey({ key: keys.invalid }),
      await client.youtube.removeKey({}),
      await client.youtube.cancel({ requestId: 'none' }),
      await client.preferences.get({}),
      await client.preferences.setVideoConvention({ videoConvention: 'google' }),
      await client.preferences.setDefaultAuthor({ author: 'flynn' }),
    ];
    expect(results[0]).toEqual({
      ok: true,
      data: expect.objectContaining({ keySet: true, source: 'environment' }),
    });
    expect(results[1]).toEqual({
      ok: true,
      data: { ok: true, message: 'YouTube accepted the key.' },
    });
    // The key did go to YouTube.
    expect(youtube.requests.some((url) => url.searchParams.get('key') === keys.good)).toBe(true);

    // A server that echoes the key in its error page does not get it passed on.
    youtube.override = {
      status: 400,
      contentType: 'application/json',
      body: JSON.stringify({ error: { code: 400, message: `API key ${keys.good} not valid.` } }),
    };
    results.push(await client.youtube.lookup({ inputs: [fakeId(3)] }));
    results.push(await client.youtube.checkKey({}));

    const pages = await Promise.all(
      ['/', '/index.html', `/?token=${served.server.token}`].map((path) =>
        rawRequest({
          port: served.server.port,
          path,
          headers: { Host: `127.0.0.1:${served.server.port}` },
        }),
      ),
    );
    expect(received.length).toBeGreaterThanOrEqual(results.length);
    for (const text of [...received, ...pages.map((page) => page.body)]) {
      expect(text).not.toContain(keys.good);
      expect(text).not.toContain('AIzaSyGOOD');
    }
  });
});

describe('titles with markup from YouTube', () => {
  it('stay text in the entry, the saved file and the preview', async () => {
    const id = addVideo(4, hostileTitle);
    const result = await client.youtube.lookup({ inputs: [`https://youtu.be/${id}`] });
    if (!result.ok) throw new Error(result.error.message);
    const outcome = result.data.outcomes[0];
    if (outcome?.status !== 'found') throw new Error('the video was not found');
    expect(outcome.entry.title).toBe(hostileTitle);
    expect(outcome.entry.description).toBe(hostileTitle);

    // The post as "Add videos…" will write it: the entry in front matter, a section per talk.
    const path = 'content/blog/2025/0601-hostile/index.md';
    await mkdir(join(site, 'content/blog/2025/0601-hostile'), { recursive: true });
    const text =
      '---\ntitle: Hostile titles\nauthor: flynn\ndescription: A test.\nparams:\n  videoSchema:\n' +
      stringify([outcome.entry], { lineWidth: 0 }).replace(/^/gm, '    ').trimEnd() +
      `\n---\n\n## ${outcome.entry.title}\n\n${outcome.entry.description}\n\n{{< youtube "${id}" >}}\n`;
    await writeFile(join(site, path), text);
    const read = await client.posts.read({ path });
    if (!read.ok) throw new Error(read.error.message);
    const params = parsePost(read.data.text).data?.params as { videoSchema: { title: string }[] };
    expect(params.videoSchema[0]?.title).toBe(hostileTitle);

    const preview = await runCli(['render', join(site, path)], site);
    expect(preview.status).toBe(0);
    expect(preview.stdout).toContain(id);
    // The sanitizer keeps the harmless <img src="x"> the site's raw HTML allows; no script, no handler.
    expect(preview.stdout).not.toMatch(/<script|<[^>]*\son\w+=/i);
    // The preview's video caption reads the entry's title, escaped.
    expect(preview.stdout).toContain('&lt;script&gt;alert("title")&lt;/script&gt;');
    expect(await readFile(join(site, path), 'utf8')).toBe(text);
  });
});
