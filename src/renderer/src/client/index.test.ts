import { describe, expect, it } from 'vitest';
import { buildPreloadApi } from '../../../shared/ipc/preload-api';
import { createClient } from './index';

describe('createClient', () => {
  it('uses the preload in the desktop app', () => {
    const studio = buildPreloadApi(
      async () => ({ ok: true, data: null }),
      () => () => undefined,
    );
    expect(createClient({ studio, location: { href: 'file:///app/index.html' } }).transport).toBe(
      'preload',
    );
  });

  it('uses HTTP back to its own origin in a browser', async () => {
    const original = globalThis.fetch;
    const urls: string[] = [];
    globalThis.fetch = (async (input: RequestInfo | URL) => {
      urls.push(String(input));
      return Response.json({ ok: true, data: null });
    }) as typeof fetch;
    try {
      const client = createClient({ location: { href: 'http://127.0.0.1:4000/?post=x#top' } });
      expect(client.transport).toBe('http');
      await client.workspace.current({});
      expect(urls).toEqual(['http://127.0.0.1:4000/api/workspace.current']);
    } finally {
      globalThis.fetch = original;
    }
  });

  it('says what it needs when there is neither', () => {
    expect(() => createClient({})).toThrow(
      'Recap Studio needs either the desktop app or a browser.',
    );
  });
});
