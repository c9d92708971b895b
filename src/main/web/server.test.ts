import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { helloPost, MemoryStudio } from '../../../test/fakes/memory-studio';
import { rawRequest, type RawResponse } from '../../../test/web/raw-http';
import { startWebServer, type WebServer } from './server';
import { tokenCookieName } from './token';

const pageHtml = `<!doctype html>
<html><head>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'" />
<title>Recap Studio</title></head><body><div id="root"></div><script src="./assets/app.js"></script></body></html>
`;
const secret = 'SECRET-OUTSIDE-THE-RENDERER';

let dir: string;
let studio: MemoryStudio;
let server: WebServer;
let logged: string[];

async function start(options: { maxBodyBytes?: number } = {}): Promise<WebServer> {
  return startWebServer({
    api: studio,
    events: (listener) => studio.onEvent(listener),
    rendererDir: join(dir, 'renderer'),
    log: (message) => logged.push(message),
    ...options,
  });
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'recap-web-'));
  await mkdir(join(dir, 'renderer', 'assets'), { recursive: true });
  await writeFile(join(dir, 'renderer', 'index.html'), pageHtml);
  await writeFile(join(dir, 'renderer', 'assets', 'app.js'), 'console.log("app");\n');
  await writeFile(join(dir, 'renderer', '.env'), secret);
  await writeFile(join(dir, 'secret.txt'), secret);
  await mkdir(join(dir, 'renderer-evil'));
  await writeFile(join(dir, 'renderer-evil', 'index.html'), secret);
  await symlink(join(dir, 'secret.txt'), join(dir, 'renderer', 'link.txt'));
  studio = new MemoryStudio({ [helloPost.path]: helloPost.text });
  logged = [];
  server = await start();
});

afterEach(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

const host = () => `127.0.0.1:${server.port}`;
const withToken = (headers: Record<string, string> = {}) => ({
  'X-Studio-Token': server.token,
  ...headers,
});
const json = { 'Content-Type': 'application/json' };

function call(channel: string, body: unknown, headers: Record<string, string> = withToken(json)) {
  return rawRequest({
    port: server.port,
    method: 'POST',
    path: `/api/${channel}`,
    headers,
    body: JSON.stringify(body),
  });
}

function parsed(response: RawResponse): unknown {
  return JSON.parse(response.body);
}

describe('starting', () => {
  it('listens on 127.0.0.1 only, on a free port, with a fresh 256-bit token', async () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    expect(server.launchUrl).toBe(`${server.url}?token=${server.token}`);
    expect(Buffer.from(server.token, 'base64url')).toHaveLength(32);
    const other = await start();
    try {
      expect(other.port).not.toBe(server.port);
      expect(other.token).not.toBe(server.token);
    } finally {
      await other.close();
    }
    const outward = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a !== undefined && !a.internal && a.family === 'IPv4');
    for (const address of outward) {
      const reached = await new Promise<boolean>((resolve) => {
        const socket = connect(server.port, address!.address);
        socket.once('connect', () => resolve(socket.destroy() !== null));
        socket.once('error', () => resolve(false));
      });
      expect(reached, `reachable on ${address!.address}`).toBe(false);
    }
  });

  it('refuses a port that is taken, in words', async () => {
    await expect(
      startWebServer({
        api: studio,
        events: (listener) => studio.onEvent(listener),
        rendererDir: join(dir, 'renderer'),
        port: server.port,
      }),
    ).rejects.toThrow(`Port ${server.port} on 127.0.0.1 is already in use`);
  });
});

describe('the token', () => {
  it('is required for pages and calls: missing or wrong gives 401 and calls nothing', async () => {
    const wrong = server.token.slice(0, -1) + (server.token.endsWith('A') ? 'B' : 'A');
    const attempts: RawResponse[] = [
      await rawRequest({ port: server.port, path: '/' }),
      await rawRequest({ port: server.port, path: '/assets/app.js' }),
      await rawRequest({ port: server.port, path: `/?token=${wrong}` }),
      await rawRequest({ port: server.port, path: '/?token=' }),
      await rawRequest({ port: server.port, path: '/', headers: { 'X-Studio-Token': wrong } }),
      await rawRequest({
        port: server.port,
        path: '/',
        headers: { Cookie: `${tokenCookieName(server.port)}=${wrong}` },
      }),
      // A cookie set by another web mode server on another port is not ours.
      await rawRequest({
        port: server.port,
        path: '/',
        headers: { Cookie: `${tokenCookieName(server.port + 1)}=${server.token}` },
      }),
      await call('posts.create', { title: 'x' }, json),
      await call('posts.create', { title: 'x' }, { ...json, 'X-Studio-Token': wrong }),
      await call('posts.create', { title: 'x' }, { ...json, 'X-Studio-Token': '' }),
      await call('posts.create', { title: 'x' }, { ...json, 'X-Studio-Token': server.token + 'x' }),
      // Tokens in the address are taken on page loads only, never by calls.
      await rawRequest({
        port: server.port,
        method: 'POST',
        path: `/api/posts.create?token=${server.token}`,
        headers: json,
        body: '{"title":"x"}',
      }),
      await rawRequest({ port: server.port, path: '/api/events' }),
    ];
    expect(attempts.map((r) => r.status)).toEqual(attempts.map(() => 401));
    expect(studio.calls).toEqual([]);
    expect([...studio.files.keys()]).toHaveLength(1);
    expect(parsed(attempts[7]!)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(attempts[0]!.body).toContain('printed in the terminal');
    expect(attempts[0]!.body).not.toContain('app.js');
  });

  it('given on the first page load, becomes an HttpOnly SameSite=Strict cookie and leaves the address', async () => {
    const first = await rawRequest({
      port: server.port,
      path: `/?token=${server.token}&post=content%2Fa.md`,
    });
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/?post=content%2Fa.md');
    const [cookie] = first.headers['set-cookie'] ?? [];
    expect(cookie).toBe(
      `${tokenCookieName(server.port)}=${server.token}; Path=/; HttpOnly; SameSite=Strict`,
    );
    const pair = cookie!.split(';')[0]!;

    for (const path of ['//evil.example/', '/\\evil.example/']) {
      const elsewhere = await rawRequest({
        port: server.port,
        path: `${path}?token=${server.token}`,
      });
      expect(elsewhere.headers.location, path).toBe('/');
    }

    const page = await rawRequest({ port: server.port, path: '/', headers: { Cookie: pair } });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.body).toBe(pageHtml);

    const result = await call(
      'posts.read',
      { path: 'content/blog/2024/0101-hello/index.md' },
      {
        ...json,
        Cookie: `other=1; ${pair}`,
      },
    );
    expect(result.status).toBe(200);
    expect(parsed(result)).toMatchObject({
      ok: true,
      data: { text: '---\ntitle: Hello\n---\nHi.\n' },
    });
  });
});

describe('the Host check (DNS rebinding)', () => {
  it('refuses a foreign name or the wrong port with 403, even with the token', async () => {
    for (const foreign of [
      `evil.example:${server.port}`,
      'evil.example',
      `127.0.0.1:${server.port + 1}`,
      '127.0.0.1',
      `127.0.0.1.evil.example:${server.port}`,
      `localhost.evil.example:${server.port}`,
      `0.0.0.0:${server.port}`,
      `192.168.1.10:${server.port}`,
    ]) {
      const page = await rawRequest({
        port: server.port,
        path: '/',
        headers: withToken({ Host: foreign }),
      });
      expect(page.status, foreign).toBe(403);
      const result = await call(
        'posts.create',
        { title: 'x' },
        withToken({ ...json, Host: foreign }),
      );
      expect(result.status, foreign).toBe(403);
    }
    const none = await rawRequest({
      port: server.port,
      path: '/',
      headers: withToken(),
      noHost: true,
    });
    // Node itself answers an HTTP/1.1 request without Host with 400 before we see it.
    expect([400, 403]).toContain(none.status);
    expect(studio.calls).toEqual([]);
  });

  it('accepts the loopback names with the right port', async () => {
    for (const name of ['127.0.0.1', 'localhost', 'LOCALHOST', '[::1]']) {
      const response = await rawRequest({
        port: server.port,
        path: '/',
        headers: withToken({ Host: `${name}:${server.port}` }),
      });
      expect(response.status, name).toBe(200);
    }
  });
});

describe('the Origin check', () => {
  it('refuses any Origin but our own, exactly, with 403', async () => {
    for (const origin of [
      'http://evil.example',
      `http://localhost:${server.port}.evil.com`,
      'http://localhost:5173.evil.com',
      `http://127.0.0.1:${server.port}.evil.com`,
      `http://127.0.0.1:${server.port}/`,
      `https://127.0.0.1:${server.port}`,
      `http://127.0.0.1:${server.port + 1}`,
      // Another loopback name is another origin.
      `http://localhost:${server.port}`,
      'null',
    ]) {
      const result = await call(
        'posts.create',
        { title: 'x' },
        withToken({ ...json, Origin: origin }),
      );
      expect(result.status, origin).toBe(403);
      expect(result.headers['access-control-allow-origin']).toBeUndefined();
    }
    expect(studio.calls).toEqual([]);
    const own = await call(
      'workspace.current',
      {},
      withToken({ ...json, Origin: `http://${host()}` }),
    );
    expect(own.status).toBe(200);
  });
});

describe('nothing but a JSON POST changes anything', () => {
  it('refuses a no-cors text/plain POST from another site: its cookie rides along, nothing happens', async () => {
    const cookie = `${tokenCookieName(server.port)}=${server.token}`;
    const body = '{"title":"Planted by another site"}';
    const crossSite = await rawRequest({
      port: server.port,
      method: 'POST',
      path: '/api/posts.create',
      headers: {
        'Content-Type': 'text/plain;charset=UTF-8',
        Origin: 'http://evil.example',
        Cookie: cookie,
      },
      body,
    });
    expect(crossSite.status).toBe(403);
    for (const type of [
      'text/plain;charset=UTF-8',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/json-seq',
      'text/json',
    ]) {
      const noOrigin = await rawRequest({
        port: server.port,
        method: 'POST',
        path: '/api/posts.create',
        headers: { 'Content-Type': type, Cookie: cookie },
        body,
      });
      expect(noOrigin.status, type).toBe(415);
    }
    const noType = await rawRequest({
      port: server.port,
      method: 'POST',
      path: '/api/posts.create',
      headers: { Cookie: cookie },
      body,
    });
    expect(noType.status).toBe(415);
    expect(studio.calls).toEqual([]);
    expect([...studio.files.values()].join()).not.toContain('Planted');
  });

  it('answers GET and other methods on a call with 405', async () => {
    for (const method of ['GET', 'HEAD', 'PUT', 'DELETE', 'PATCH']) {
      const response = await rawRequest({
        port: server.port,
        method,
        path: '/api/posts.create?title=x',
        headers: withToken(json),
      });
      expect(response.status, method).toBe(405);
      expect(response.headers.allow).toBe('POST');
    }
    const postEvents = await call('events', {});
    expect(postEvents.status).toBe(405);
    const postPage = await rawRequest({
      port: server.port,
      method: 'POST',
      path: '/',
      headers: withToken(json),
    });
    expect(postPage.status).toBe(405);
    expect(studio.calls).toEqual([]);
  });

  it('refuses bad JSON with 400, an unknown call with 404, an oversize body with 413', async () => {
    const bad = await rawRequest({
      port: server.port,
      method: 'POST',
      path: '/api/posts.create',
      headers: withToken(json),
      body: '{"title": "x"',
    });
    expect(bad.status).toBe(400);
    expect(parsed(bad)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    const latin1 = await rawRequest({
      port: server.port,
      method: 'POST',
      path: '/api/posts.create',
      headers: withToken(json),
      body: Buffer.from('{"title": "caf\xe9"}', 'latin1'),
    });
    expect(latin1.status).toBe(400);
    const unknown = await call('posts.delete', { path: 'content/a.md' });
    expect(unknown.status).toBe(404);
    expect(parsed(unknown)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect((await call('__proto__', {})).status).toBe(404);
    expect(studio.calls).toEqual([]);

    await server.close();
    server = await start({ maxBodyBytes: 1024 });
    const big = await call('backups.store', { path: 'content/a.md', text: 'x'.repeat(2000) });
    expect(big.status).toBe(413);
    expect(parsed(big)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    // Without Content-Length (chunked), the limit is found while reading.
    const chunked = await rawRequest({
      port: server.port,
      method: 'POST',
      path: '/api/backups.store',
      headers: withToken({ ...json, 'Transfer-Encoding': 'chunked' }),
      body: JSON.stringify({ path: 'content/a.md', text: 'y'.repeat(5000) }),
    });
    expect(chunked.status).toBe(413);
    const fits = await call('backups.store', { path: 'content/a.md', text: 'x'.repeat(100) });
    expect(parsed(fits)).toEqual({ ok: true, data: null });
    expect(studio.calls).toEqual(['backups.store content/a.md']);
  });
});

describe('calls', () => {
  it("answer with the dispatcher's Result, HTTP 200 for data and for service errors", async () => {
    const read = await call('posts.read', { path: 'content/blog/2024/0101-hello/index.md' });
    expect(read.status).toBe(200);
    expect(read.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(read.headers['cache-control']).toBe('no-store');
    expect(parsed(read)).toEqual({
      ok: true,
      data: {
        path: 'content/blog/2024/0101-hello/index.md',
        text: '---\ntitle: Hello\n---\nHi.\n',
        version: 'v1',
        diagnostics: [],
        readOnlyReason: null,
      },
    });
    const missing = await call('posts.read', { path: 'content/none.md' });
    expect(missing.status).toBe(200);
    expect(parsed(missing)).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'There is no post at content/none.md.' },
    });
    const invalid = await call('posts.read', { path: 'content/a.md', extra: true });
    expect(parsed(invalid)).toMatchObject({ ok: false, error: { code: 'invalid' } });
    studio.failNext('backups.discard', new Error('the backup folder vanished'));
    const bug = await call('backups.discard', { path: 'content/a.md' });
    expect(parsed(bug)).toMatchObject({
      ok: false,
      error: { code: 'internal', message: expect.stringContaining('the backup folder vanished') },
    });
    expect(logged.join('\n')).toContain('the backup folder vanished');
    // An empty body is an empty argument object.
    const empty = await rawRequest({
      port: server.port,
      method: 'POST',
      path: '/api/workspace.current',
      headers: withToken(json),
    });
    expect(parsed(empty)).toMatchObject({ ok: true, data: { root: '/memory/site' } });
    expect(studio.calls).toEqual([
      'posts.read content/blog/2024/0101-hello/index.md',
      'posts.read content/none.md',
      'backups.discard content/a.md',
      'workspace.current',
    ]);
  });

  it('carry a Content-Type with parameters', async () => {
    const response = await call(
      'workspace.current',
      {},
      withToken({ 'Content-Type': 'Application/JSON; charset=utf-8' }),
    );
    expect(response.status).toBe(200);
  });
});

describe('responses', () => {
  it("carry the renderer's CSP, nosniff, no-referrer, and never Access-Control-Allow-Origin", async () => {
    const responses = [
      await rawRequest({ port: server.port, path: '/', headers: withToken() }),
      await rawRequest({ port: server.port, path: '/assets/app.js', headers: withToken() }),
      await call('workspace.current', {}, withToken({ ...json, Origin: `http://${host()}` })),
      await rawRequest({ port: server.port, path: '/' }),
      await rawRequest({ port: server.port, path: '/', headers: { Host: 'evil.example' } }),
      await rawRequest({ port: server.port, path: '/nothing-here', headers: withToken() }),
    ];
    for (const response of responses) {
      expect(response.headers['content-security-policy']).toBe(
        "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
      );
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
      expect(response.headers['x-frame-options']).toBe('DENY');
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
    }
    expect(responses[1]!.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(responses[1]!.body).toBe('console.log("app");\n');
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 401, 403, 404]);
  });
});

describe('static files', () => {
  it('never come from outside the renderer folder', async () => {
    for (const path of [
      '/../secret.txt',
      '/../../../../etc/passwd',
      '/%2e%2e/secret.txt',
      '/%2E%2E/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/..\\secret.txt',
      '/../renderer-evil/index.html',
      '/%2e%2e/renderer-evil/index.html',
      '/link.txt',
      '/.env',
      '/%2eenv',
      '/index.html%00.js',
      '/%',
      '//etc/passwd',
      `/${join(dir, 'secret.txt')}`,
    ]) {
      const response = await rawRequest({ port: server.port, path, headers: withToken() });
      expect(response.status, path).toBeGreaterThanOrEqual(400);
      expect(response.body, path).not.toContain(secret);
    }
  });

  it('serves files inside it, index.html for a folder', async () => {
    const index = await rawRequest({
      port: server.port,
      path: '/index.html',
      headers: withToken(),
    });
    expect(index.body).toBe(pageHtml);
    const head = await rawRequest({
      port: server.port,
      method: 'HEAD',
      path: '/assets/app.js',
      headers: withToken(),
    });
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String('console.log("app");\n'.length));
    expect(head.body).toBe('');
  });
});

describe('events', () => {
  it("stream main's events to the page as server-sent events, checked against the contract", async () => {
    const controller = new AbortController();
    const response = await fetch(new URL('api/events', server.url), {
      headers: withToken(),
      signal: controller.signal,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    let received = '';
    const readUntil = async (text: string) => {
      while (!received.includes(text)) {
        const { value, done } = await reader.read();
        if (done) throw new Error(`The stream ended before ${text}; got ${received}`);
        received += value;
      }
    };
    await readUntil(': connected\n\n');
    studio.emit('files.changed', { changes: [{ kind: 'changed', path: 'content/a.md' }] });
    studio.emit('files.changed', { changes: 'not a list' });
    studio.emit('index.changed', {});
    await readUntil('event: index.changed\n');
    await readUntil('\n\n');
    expect(received).toBe(
      [
        ': connected',
        '',
        'event: files.changed',
        'data: {"changes":[{"kind":"changed","path":"content/a.md"}]}',
        '',
        'event: index.changed',
        'data: {}',
        '',
        '',
      ].join('\n'),
    );
    expect(logged).toEqual([
      'The files.changed event did not match the contract; it was not sent.',
    ]);

    // Closing the server ends the stream and lets go of main's events.
    await server.close();
    expect(studio.listenerCount).toBe(0);
    const end = await reader.read();
    expect(end.done).toBe(true);
    controller.abort();
  });

  it('cannot be opened from another site', async () => {
    const response = await rawRequest({
      port: server.port,
      path: '/api/events',
      headers: withToken({ Origin: 'http://evil.example' }),
    });
    expect(response.status).toBe(403);
  });
});

describe('closing', () => {
  it('frees the port', async () => {
    const { port } = server;
    await server.close();
    await expect(rawRequest({ port, path: '/' })).rejects.toThrow(/ECONNREFUSED/);
  });
});
