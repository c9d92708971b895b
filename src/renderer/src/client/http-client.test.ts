import { describe, expect, it } from 'vitest';
import { createHttpClient, type EventSourceLike } from './http-client';

class FakeEventSource implements EventSourceLike {
  readonly listeners = new Map<string, ((event: { data?: unknown }) => void)[]>();
  closed = false;
  constructor(readonly url: string) {}
  addEventListener(type: string, listener: (event: { data?: unknown }) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  close(): void {
    this.closed = true;
  }
  fire(type: string, data?: string): void {
    for (const listener of this.listeners.get(type) ?? []) listener({ data });
  }
}

function withFetch(respond: (url: string, init: RequestInit) => Response | Promise<Response>) {
  const requests: { url: string; init: RequestInit }[] = [];
  const fetchImpl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    requests.push({ url: String(input), init: init ?? {} });
    return respond(String(input), init ?? {});
  }) as typeof fetch;
  return { fetchImpl, requests };
}

describe('HTTP calls', () => {
  it('POST JSON to /api/<channel> with same-origin credentials', async () => {
    const hits = { paths: [], matches: [] };
    const { fetchImpl, requests } = withFetch(() => Response.json({ ok: true, data: hits }));
    const client = createHttpClient({ baseUrl: 'http://127.0.0.1:4000/', fetch: fetchImpl });
    expect(await client.posts.search({ query: 'mesh' })).toEqual({ ok: true, data: hits });
    expect(requests).toEqual([
      {
        url: 'http://127.0.0.1:4000/api/posts.search',
        init: {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'Content-Type': 'application/json' },
          body: '{"query":"mesh"}',
        },
      },
    ]);
  });

  it('sends the token as a header only when given one', async () => {
    const { fetchImpl, requests } = withFetch(() => Response.json({ ok: true, data: null }));
    await createHttpClient({
      baseUrl: 'http://127.0.0.1:4000/',
      token: 't0k',
      fetch: fetchImpl,
    }).call('workspace.current', {});
    expect(requests[0]?.init.headers).toEqual({
      'Content-Type': 'application/json',
      'X-Studio-Token': 't0k',
    });
  });

  it('maps HTTP failures to results with words', async () => {
    const cases: [Response, string][] = [
      [new Response('no', { status: 401 }), 'unauthorized'],
      [new Response('no', { status: 403 }), 'unauthorized'],
      [new Response('<html>', { status: 413 }), 'invalid'],
      [new Response('<html>', { status: 502 }), 'internal'],
      [Response.json({ ok: 'yes' }), 'internal'],
      [Response.json({ ok: false, error: { code: 'made-up', message: 'x' } }), 'internal'],
    ];
    for (const [response, code] of cases) {
      const { fetchImpl } = withFetch(() => response);
      const result = await createHttpClient({ baseUrl: 'http://h/', fetch: fetchImpl }).call(
        'backups.list',
        {},
      );
      expect(result, `${response.status}`).toMatchObject({ ok: false, error: { code } });
    }
    const { fetchImpl } = withFetch(() =>
      Response.json({ ok: false, error: { code: 'exists', message: 'Taken.' } }, { status: 400 }),
    );
    expect(
      await createHttpClient({ baseUrl: 'http://h/', fetch: fetchImpl }).call('backups.list', {}),
    ).toEqual({
      ok: false,
      error: { code: 'exists', message: 'Taken.' },
    });
  });
});

describe('HTTP events', () => {
  function setup() {
    const sources: FakeEventSource[] = [];
    const client = createHttpClient({
      baseUrl: 'http://127.0.0.1:4000/',
      eventSource: (url) => {
        const source = new FakeEventSource(url);
        sources.push(source);
        return source;
      },
    });
    return { client, sources };
  }

  it('share one stream, opened on the first listener and closed after the last', () => {
    const { client, sources } = setup();
    const a: unknown[] = [];
    const b: unknown[] = [];
    const stopA = client.on('files.changed', (p) => a.push(p));
    const stopB = client.on('files.changed', (p) => b.push(p));
    expect(sources.map((s) => s.url)).toEqual(['http://127.0.0.1:4000/api/events']);
    sources[0]!.fire('files.changed', '{"changes":[{"kind":"added","path":"content/x.md"}]}');
    stopA();
    sources[0]!.fire('files.changed', '{"changes":[]}');
    expect(a).toEqual([{ changes: [{ kind: 'added', path: 'content/x.md' }] }]);
    expect(b).toHaveLength(2);
    expect(sources[0]!.closed).toBe(false);
    stopB();
    expect(sources[0]!.closed).toBe(true);
    client.on('index.changed', () => undefined);
    expect(sources).toHaveLength(2);
  });

  it('drop payloads that are not JSON or not in the contract', () => {
    const { client, sources } = setup();
    const got: unknown[] = [];
    client.on('files.changed', (p) => got.push(p));
    sources[0]!.fire('files.changed', 'not json');
    sources[0]!.fire('files.changed', '{"changes":[{"kind":"exploded","path":"x"}]}');
    expect(got).toEqual([]);
  });

  it('report the index as changed after the stream comes back, since events were missed', () => {
    const { client, sources } = setup();
    const got: unknown[] = [];
    client.on('index.changed', (p) => got.push(p));
    sources[0]!.fire('open');
    expect(got).toEqual([]);
    sources[0]!.fire('error');
    sources[0]!.fire('open');
    expect(got).toEqual([{}]);
  });

  it('remove the same function subscribed twice one subscription at a time', () => {
    const { client, sources } = setup();
    const got: unknown[] = [];
    const listener = (p: unknown) => got.push(p);
    const stopFirst = client.on('index.changed', listener);
    client.on('index.changed', listener);
    stopFirst();
    sources[0]!.fire('index.changed', '{}');
    expect(got).toEqual([{}]);
  });
});
