import { describe, expect, it } from 'vitest';
import { channels, type Channel } from './contract';
import { buildCallGroups, buildPreloadApi, preloadApiShape } from './preload-api';

describe('preloadApiShape', () => {
  it('lists every channel once, split at its dot into group and method', () => {
    const shape = preloadApiShape();
    expect(shape.map((entry) => entry.channel)).toEqual(Object.keys(channels));
    for (const { group, method, channel } of shape) expect(`${group}.${method}`).toBe(channel);
    expect(shape).toContainEqual({
      group: 'assets',
      method: 'setCover',
      channel: 'assets.setCover',
    });
    expect(new Set(shape.map((entry) => entry.group))).toEqual(
      new Set(['workspace', 'posts', 'assets', 'backups', 'youtube', 'preferences', 'recap']),
    );
  });
});

describe('buildPreloadApi', () => {
  it('gives one named function per channel, each sending on its own channel', async () => {
    const sent: [Channel, unknown][] = [];
    const api = buildPreloadApi(
      async (channel, args) => {
        sent.push([channel, args]);
        return { ok: true, data: channel };
      },
      () => () => undefined,
    );
    expect(await api.posts.read({ path: 'content/a.md' })).toEqual({
      ok: true,
      data: 'posts.read',
    });
    await api.assets.setCover({ post: 'content/a/index.md', name: 'c.png', baseVersion: 'v' });
    await api.workspace.current({});
    expect(sent).toEqual([
      ['posts.read', { path: 'content/a.md' }],
      ['assets.setCover', { post: 'content/a/index.md', name: 'c.png', baseVersion: 'v' }],
      ['workspace.current', {}],
    ]);
    expect(typeof api.events.on).toBe('function');
  });

  it('holds plain objects of functions only, as contextBridge copies them', () => {
    const groups = buildCallGroups(async () => ({ ok: true, data: null }));
    for (const [group, calls] of Object.entries(groups)) {
      expect(Object.getPrototypeOf(calls), group).toBe(Object.prototype);
      for (const fn of Object.values(calls)) expect(typeof fn).toBe('function');
    }
    expect(Object.values(groups).flatMap((calls) => Object.keys(calls))).toHaveLength(
      Object.keys(channels).length,
    );
  });
});
