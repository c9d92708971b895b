import { describe, expect, it } from 'vitest';
import type { Channel, EventName } from '../../../shared/ipc/contract';
import { buildPreloadApi, type PreloadApi } from '../../../shared/ipc/preload-api';
import { createPreloadClient } from './preload-client';

function fakePreload(answer: (channel: Channel, args: unknown) => Promise<unknown>): {
  studio: PreloadApi;
  emit: (name: EventName, payload: unknown) => void;
} {
  const listeners = new Set<[EventName, (payload: never) => void]>();
  const studio = buildPreloadApi(
    (channel, args) => answer(channel, args) as never,
    (name, listener) => {
      const entry: [EventName, (payload: never) => void] = [name, listener as never];
      listeners.add(entry);
      return () => listeners.delete(entry);
    },
  );
  return {
    studio,
    emit: (name, payload) => {
      for (const [n, listener] of listeners) if (n === name) listener(payload as never);
    },
  };
}

describe('the preload client', () => {
  it("calls the preload's named function for each channel", async () => {
    const seen: [Channel, unknown][] = [];
    const { studio } = fakePreload(async (channel, args) => {
      seen.push([channel, args]);
      return { ok: true, data: null };
    });
    const client = createPreloadClient(studio);
    expect(client.transport).toBe('preload');
    expect(await client.call('posts.trash', { path: 'content/a.md' })).toEqual({
      ok: true,
      data: null,
    });
    expect(await client.backups.list({})).toEqual({ ok: true, data: null });
    expect(seen).toEqual([
      ['posts.trash', { path: 'content/a.md' }],
      ['backups.list', {}],
    ]);
  });

  it('turns a rejected call, a strange answer or a missing function into a Result', async () => {
    const { studio } = fakePreload(async (channel) => {
      if (channel === 'posts.read') throw new Error('IPC broke');
      return 'not a result';
    });
    const client = createPreloadClient(studio);
    expect(await client.posts.read({ path: 'content/a.md' })).toEqual({
      ok: false,
      error: { code: 'internal', message: 'The call posts.read failed: IPC broke' },
    });
    expect(await client.posts.list({})).toEqual({
      ok: false,
      error: {
        code: 'internal',
        message: 'The desktop app answered posts.list with something unexpected.',
      },
    });

    const older = { ...studio, assets: { list: studio.assets.list } } as unknown as PreloadApi;
    expect(await createPreloadClient(older).assets.add({ post: 'p', name: 'n', data: '' })).toEqual(
      {
        ok: false,
        error: { code: 'internal', message: 'The desktop app does not offer the call assets.add.' },
      },
    );
  });

  it("passes main's events through and stops on request", () => {
    const { studio, emit } = fakePreload(async () => ({ ok: true, data: null }));
    const client = createPreloadClient(studio);
    const got: unknown[] = [];
    const stop = client.on('index.changed', (payload) => got.push(payload));
    emit('index.changed', {});
    emit('files.changed', { changes: [] });
    stop();
    emit('index.changed', {});
    expect(got).toEqual([{}]);
  });
});
