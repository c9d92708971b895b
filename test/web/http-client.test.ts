import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WebServer } from '../../src/main/web/server';
import { createHttpClient } from '../../src/renderer/src/client/http-client';
import type { StudioClient } from '../../src/renderer/src/client/studio-client';
import type { EventPayload } from '../../src/shared/ipc/contract';
import type { FetchEventSource } from './fetch-event-source';
import { helloPost, MemoryStudio } from '../fakes/memory-studio';
import { serveStudio, type ServedStudio } from './served-studio';

let dir: string;
let studio: MemoryStudio;
let served: ServedStudio;
let server: WebServer;
let client: StudioClient;
let sources: FetchEventSource[];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'recap-client-'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>Recap Studio</title>');
  studio = new MemoryStudio({ [helloPost.path]: helloPost.text });
  served = await serveStudio({
    api: studio,
    events: (listener) => studio.onEvent(listener),
    rendererDir: dir,
  });
  ({ server, client, sources } = served);
});

afterEach(async () => {
  await served.close();
  await rm(dir, { recursive: true, force: true });
});

const post = 'content/blog/2024/0101-hello/index.md';

describe('the HTTP client against the web mode server', () => {
  it('makes named and generic calls and gets typed results', async () => {
    const info = await client.workspace.current({});
    expect(info).toMatchObject({ ok: true, data: { root: '/memory/site', kind: 'hugo' } });

    const read = await client.posts.read({ path: post });
    if (!read.ok) throw new Error(read.error.message);
    expect(read.data.text).toBe('---\ntitle: Hello\n---\nHi.\n');

    const saved = await client.call('posts.save', {
      path: post,
      text: 'changed\n',
      baseVersion: read.data.version,
    });
    expect(saved).toEqual({ ok: true, data: { status: 'saved', version: 'v2', diagnostics: [] } });
    expect(studio.files.get(post)).toBe('changed\n');
    expect(client.transport).toBe('http');
  });

  it('returns service errors, invalid arguments and bugs as results, never throwing', async () => {
    expect(await client.posts.save({ path: post, text: 'x', baseVersion: 'stale' })).toEqual({
      ok: false,
      error: { code: 'modified-since', message: 'The file changed on disk.' },
    });
    expect(await client.posts.trash({ path: post })).toMatchObject({
      ok: false,
      error: { code: 'unsupported' },
    });
    const invalid = await client.call('posts.read', { path: 'a\0b' });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid' } });
    studio.failNext('backups.discard', new Error('the backup folder vanished'));
    expect(await client.backups.discard({ path: post })).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
  });

  it('says so in words when not signed in or when the server is gone', async () => {
    const stranger = createHttpClient({ baseUrl: server.url, token: 'not-the-token' });
    expect(await stranger.posts.create({ title: 'x' })).toEqual({
      ok: false,
      error: {
        code: 'unauthorized',
        message:
          'This page is not signed in to the Recap Studio web server. Open the address it printed in the terminal, with its token, again.',
      },
    });
    expect(studio.calls).toEqual([]);

    await server.close();
    const gone = await client.workspace.current({});
    expect(gone).toMatchObject({ ok: false, error: { code: 'io' } });
    if (!gone.ok) expect(gone.error.message).toContain('cannot be reached');
  });

  it("receives main's events over server-sent events and stops when nobody listens", async () => {
    const changes: EventPayload<'files.changed'>[] = [];
    const indexChanges: EventPayload<'index.changed'>[] = [];
    const stopFiles = client.on('files.changed', (payload) => changes.push(payload));
    const stopIndex = client.on('index.changed', (payload) => indexChanges.push(payload));
    expect(sources).toHaveLength(1);
    await until(() => sources[0]!.opened);

    studio.emit('files.changed', { changes: [{ kind: 'removed', path: post }] });
    studio.emit('index.changed', {});
    await until(() => indexChanges.length === 1);
    expect(changes).toEqual([{ changes: [{ kind: 'removed', path: post }] }]);

    stopFiles();
    expect(sources[0]!.closed).toBe(false);
    stopIndex();
    expect(sources[0]!.closed).toBe(true);
  });
});

async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('Timed out waiting.');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
