import { beforeAll, describe, expect, it, vi, type Mock } from 'vitest';
import { channels } from '../shared/ipc/contract';
import { electronChannels } from '../shared/ipc/electron-channels';
import type { StudioWindowApi } from '../shared/ipc/shell-api';

const fake = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  listeners: new Map<string, (event: unknown, ...args: unknown[]) => void>(),
  invoke: null as unknown as Mock,
  send: null as unknown as Mock,
}));

vi.mock('electron', () => {
  fake.invoke = vi.fn((channel: string, args: unknown) =>
    Promise.resolve({ ok: true, data: { channel, args } }),
  );
  fake.send = vi.fn();
  return {
    contextBridge: {
      exposeInMainWorld: (key: string, value: unknown) => fake.exposed.set(key, value),
    },
    ipcRenderer: {
      invoke: fake.invoke,
      send: fake.send,
      on: (channel: string, listener: (event: unknown, ...args: unknown[]) => void) =>
        fake.listeners.set(channel, listener),
    },
  };
});

let studio: StudioWindowApi;
beforeAll(async () => {
  await import('./index');
  studio = fake.exposed.get('studio') as StudioWindowApi;
});

function fromMain(channel: string, ...args: unknown[]): void {
  const listener = fake.listeners.get(channel);
  if (!listener) throw new Error(`the preload does not listen on ${channel}`);
  listener({}, ...args);
}

describe('the preload', () => {
  it('exposes only `studio`, made of named functions, never ipcRenderer', () => {
    expect([...fake.exposed.keys()]).toEqual(['studio']);
    const walk = (value: unknown, path: string): string[] => {
      if (typeof value === 'function') return [path];
      expect(value, path).toBeTypeOf('object');
      return Object.entries(value as object).flatMap(([key, inner]) =>
        walk(inner, path ? `${path}.${key}` : key),
      );
    };
    const functions = walk(studio, '');
    expect(functions.sort()).toEqual(
      [...Object.keys(channels), 'events.on', 'shell.answer', 'shell.onMenuCommand'].sort(),
    );
    expect(JSON.stringify(Object.keys(studio))).not.toMatch(/ipc|invoke|send/i);
  });

  it('sends each named call on its own contract channel', async () => {
    const args = { path: 'content/blog/2025/0101-a/index.md' };
    expect(await studio.posts.read(args)).toEqual({
      ok: true,
      data: { channel: 'posts.read', args },
    });
    await studio.workspace.current({});
    expect(fake.invoke.mock.calls.map((call) => call[0])).toEqual([
      'posts.read',
      'workspace.current',
    ]);
  });

  it("delivers main's events to their listeners until they stop listening", () => {
    const changed = vi.fn();
    const stop = studio.events.on('index.changed', changed);
    fromMain(electronChannels.event, 'index.changed', {});
    fromMain(electronChannels.event, 'files.changed', { changes: [] });
    stop();
    fromMain(electronChannels.event, 'index.changed', {});
    expect(changed.mock.calls).toEqual([[{}]]);
  });

  it('parses each event with its schema and drops payloads that do not match', () => {
    const changed = vi.fn();
    const stop = studio.events.on('files.changed', changed);
    const change = { kind: 'changed', path: 'content/blog/a.md' };
    fromMain(electronChannels.event, 'files.changed', { changes: [change] });
    fromMain(electronChannels.event, 'files.changed', { changes: [{ kind: 'exploded' }] });
    fromMain(electronChannels.event, 'files.changed', '<script>');
    fromMain(electronChannels.event, 'files.changed', null);
    stop();
    expect(changed.mock.calls).toEqual([[{ changes: [change] }]]);
  });

  it('passes known menu commands on, and drops anything else', () => {
    const commands = vi.fn();
    const stop = studio.shell.onMenuCommand(commands);
    fromMain(electronChannels.event, 'menu.command', { command: 'post.save' });
    fromMain(electronChannels.event, 'menu.command', { command: 'rm -rf' });
    fromMain(electronChannels.event, 'menu.command', null);
    stop();
    expect(commands.mock.calls).toEqual([['post.save']]);
  });

  it("answers main's questions with the page's handler, or null without one", async () => {
    fromMain(electronChannels.question, { id: 'q1', question: 'unsavedPosts' });
    expect(fake.send).toHaveBeenLastCalledWith(electronChannels.answer, { id: 'q1', answer: null });

    const stop = studio.shell.answer('unsavedPosts', () => ({ paths: ['content/a.md'] }));
    fromMain(electronChannels.question, { id: 'q2', question: 'unsavedPosts' });
    await vi.waitFor(() =>
      expect(fake.send).toHaveBeenLastCalledWith(electronChannels.answer, {
        id: 'q2',
        answer: { paths: ['content/a.md'] },
      }),
    );

    studio.shell.answer('saveAll', () => Promise.reject(new Error('disk full')));
    fromMain(electronChannels.question, { id: 'q3', question: 'saveAll' });
    await vi.waitFor(() =>
      expect(fake.send).toHaveBeenLastCalledWith(electronChannels.answer, {
        id: 'q3',
        answer: null,
      }),
    );

    stop();
    fromMain(electronChannels.question, { id: 'q4', question: 'unsavedPosts' });
    expect(fake.send).toHaveBeenLastCalledWith(electronChannels.answer, { id: 'q4', answer: null });
    // A question main never asks, or a malformed message, gets no answer at all.
    const sent = fake.send.mock.calls.length;
    fromMain(electronChannels.question, { id: 'q5', question: 'constructor' });
    fromMain(electronChannels.question, { id: 5, question: 'saveAll' });
    expect(fake.send.mock.calls).toHaveLength(sent);
    expect(fake.send).toHaveBeenLastCalledWith(electronChannels.answer, { id: 'q4', answer: null });
  });
});
