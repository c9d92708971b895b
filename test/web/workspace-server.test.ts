import { cp, mkdir, mkdtemp, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../src/main/services/create-services';
import type { WebServer } from '../../src/main/web/server';
import type { StudioClient } from '../../src/renderer/src/client/studio-client';
import type { FetchEventSource } from './fetch-event-source';
import { rawRequest } from './raw-http';
import { serveStudio, type ServedStudio } from './served-studio';

// The web mode as `npm run web` wires it: the real services (no trash) behind
// the server, driven through the renderer's HTTP client, on a small copy of linkerd.io.

const corpus = resolve(import.meta.dirname, '..', 'fixtures', 'linkerd.io');
const recap = 'content/blog/2021/0617-may-community-meeting-recap-part-1/index.md';
const roundup = 'content/blog/2024/0312-edge-release-roundup/index.md';

let temp: string;
let site: string;
let services: Services;
let served: ServedStudio;
let server: WebServer;
let client: StudioClient;
let sources: FetchEventSource[];

beforeEach(async () => {
  temp = await mkdtemp(join(tmpdir(), 'recap-web-workspace-'));
  site = join(temp, 'site');
  for (const part of ['config', 'data', 'archetypes'])
    await cp(join(corpus, part), join(site, part), { recursive: true });
  for (const post of [recap, roundup])
    await cp(join(corpus, post, '..'), join(site, post, '..'), { recursive: true });
  site = await realpath(site);
  await mkdir(join(temp, 'renderer'));
  await writeFile(join(temp, 'renderer', 'index.html'), '<!doctype html><title>Recap</title>');

  services = createServices({ dataDir: join(temp, 'data'), trash: null });
  await services.init();
  await services.api['workspace.open']({ path: site });
  served = await serveStudio({
    api: services.api,
    events: (listener) => services.workspace.onEvent(listener),
    rendererDir: join(temp, 'renderer'),
  });
  ({ server, client, sources } = served);
});

afterEach(async () => {
  await served.close();
  await services.dispose();
  await rm(temp, { recursive: true, force: true });
});

describe('web mode over the real workspace', () => {
  it('lists, reads and saves posts through the HTTP client', async () => {
    const info = await client.workspace.current({});
    expect(info).toMatchObject({ ok: true, data: { root: site, capabilities: { trash: false } } });

    const list = await client.posts.list({});
    if (!list.ok) throw new Error(list.error.message);
    expect(list.data.map((post) => post.path)).toEqual([roundup, recap]);

    const read = await client.posts.read({ path: recap });
    if (!read.ok) throw new Error(read.error.message);
    const before = await readFile(join(site, recap), 'utf8');
    expect(read.data.text).toBe(before);

    const edited = read.data.text.replace('\n---\n', '\n---\n\nA line from the browser.\n');
    const saved = await client.posts.save({
      path: recap,
      text: edited,
      baseVersion: read.data.version,
    });
    expect(saved).toMatchObject({ ok: true, data: { status: 'saved' } });
    expect(await readFile(join(site, recap), 'utf8')).toBe(edited);

    // The version the editor had is now stale: refused, and the file stays.
    const stale = await client.posts.save({
      path: recap,
      text: 'lost?',
      baseVersion: read.data.version,
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'modified-since' } });
    expect(await readFile(join(site, recap), 'utf8')).toBe(edited);
  });

  it('refuses what web mode cannot or must not do, leaving the files as they were', async () => {
    expect(await client.posts.trash({ path: recap })).toMatchObject({
      ok: false,
      error: { code: 'unsupported', message: expect.stringContaining('browser version') },
    });
    expect(await client.posts.read({ path: '../../etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'outside-workspace' },
    });
    const before = await readFile(join(site, recap), 'utf8');
    const read = await client.posts.read({ path: recap });
    if (!read.ok) throw new Error(read.error.message);
    const crossSite = await rawRequest({
      port: server.port,
      method: 'POST',
      path: '/api/posts.save',
      headers: {
        'Content-Type': 'text/plain',
        Cookie: `recap_studio_token_${server.port}=${server.token}`,
      },
      body: JSON.stringify({ path: recap, text: 'overwritten', baseVersion: read.data.version }),
    });
    expect(crossSite.status).toBe(415);
    expect(await readFile(join(site, recap), 'utf8')).toBe(before);
  });

  it("tells the page about another program's changes over server-sent events", async () => {
    await services.workspace.whenWatching();
    const seen: string[] = [];
    client.on('files.changed', ({ changes }) =>
      seen.push(...changes.map((c) => `${c.kind} ${c.path}`)),
    );
    await waitFor(() => sources[0]?.opened === true);
    const added = 'content/blog/2024/0601-added-elsewhere/index.md';
    await mkdir(join(site, added, '..'));
    await writeFile(join(site, added), '---\ntitle: Added elsewhere\ndate: 2024-06-01\n---\n');
    await waitFor(() => seen.includes(`added ${added}`));
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('Timed out waiting.');
    await new Promise((done) => setTimeout(done, 20));
  }
}
