import { ipcMain, type WebContents, type WebFrameMain } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { channels, type StudioApi } from '../../shared/ipc/contract';
import { electronChannels } from '../../shared/ipc/electron-channels';
import { createDispatcher } from '../services/dispatch';
import {
  forwardEvents,
  isTrustedSender,
  registerIpcHandlers,
  sendToPage,
  type SenderInfo,
} from './ipc';

type Handler = (event: unknown, ...args: unknown[]) => Promise<unknown>;
const handlers = new Map<string, Handler>();

vi.mock('electron', () => ({
  ipcMain: {
    handle: vi.fn((channel: string, handler: Handler) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, handler);
    }),
    removeHandler: vi.fn((channel: string) => handlers.delete(channel)),
  },
}));

afterEach(() => {
  handlers.clear();
  vi.mocked(ipcMain.handle).mockClear();
});

const appUrl = 'file:///app/out/renderer/index.html';
const isAppUrl = (url: string): boolean => url === appUrl;

function fromFrame(url: string, parent: { url: string } | null = null): SenderInfo {
  return { senderFrame: { url, parent: parent as WebFrameMain | null } };
}

/** A workspace whose every call records that it ran. */
function recordingApi(): { api: StudioApi; ran: string[] } {
  const ran: string[] = [];
  const api = Object.fromEntries(
    Object.keys(channels).map((channel) => [
      channel,
      () => {
        ran.push(channel);
        return Promise.resolve(null);
      },
    ]),
  ) as unknown as StudioApi;
  return { api, ran };
}

describe('isTrustedSender', () => {
  it("trusts the app's page in the top frame only", () => {
    expect(isTrustedSender(fromFrame(appUrl), isAppUrl)).toBe(true);
    expect(isTrustedSender(fromFrame('https://evil.example/'), isAppUrl)).toBe(false);
    expect(isTrustedSender(fromFrame(appUrl, { url: appUrl }), isAppUrl)).toBe(false);
    expect(isTrustedSender({ senderFrame: null }, isAppUrl)).toBe(false);
  });
});

describe('registerIpcHandlers', () => {
  it('registers one handler for every contract channel, and removes them all', () => {
    const dispose = registerIpcHandlers(vi.fn(), isAppUrl);
    expect([...handlers.keys()].sort()).toEqual(Object.keys(channels).sort());
    dispose();
    expect(handlers.size).toBe(0);
  });

  it('refuses a foreign frame before its arguments are parsed or anything runs', async () => {
    const dispatch = vi.fn();
    registerIpcHandlers(dispatch, isAppUrl);
    for (const [channel, handler] of handlers) {
      for (const event of [
        fromFrame('https://evil.example/'),
        fromFrame('file:///home/user/Downloads/evil.html'),
        fromFrame('about:srcdoc', { url: appUrl }),
        fromFrame(appUrl, { url: appUrl }),
        { senderFrame: null },
      ]) {
        const result = await handler(event, { path: 'content/blog/x/index.md' });
        expect(result, channel).toEqual({
          ok: false,
          error: {
            code: 'unauthorized',
            message: 'Only the Recap Studio window may make this call.',
          },
        });
      }
    }
    expect(dispatch).not.toHaveBeenCalled();
  });

  it("passes the app page's calls to the dispatcher, which parses arguments before any work", async () => {
    const { api, ran } = recordingApi();
    registerIpcHandlers(createDispatcher(api), isAppUrl);
    const read = handlers.get('posts.read');
    if (!read) throw new Error('posts.read is not registered');

    expect(await read(fromFrame(appUrl), { path: 42 })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
    expect(ran).toEqual([]);
    expect(await read(fromFrame(appUrl), { path: 'content/blog/2025/0101-a/index.md' })).toEqual({
      ok: true,
      data: null,
    });
    expect(ran).toEqual(['posts.read']);
  });
});

function fakeContents(destroyed = false) {
  const send = vi.fn();
  return { contents: { send, isDestroyed: () => destroyed } as unknown as WebContents, send };
}

describe('forwardEvents', () => {
  it("sends the workspace's events to the page on the event channel until stopped", () => {
    let listener: ((name: never, payload: never) => void) | null = null;
    const unsubscribe = vi.fn();
    const { contents, send } = fakeContents();
    const stop = forwardEvents(
      (l) => {
        listener = l as never;
        return unsubscribe;
      },
      () => contents,
    );
    const emit = listener as unknown as (name: string, payload: unknown) => void;
    emit('index.changed', {});
    emit('files.changed', { changes: [{ kind: 'changed', path: 'content/a.md' }] });
    expect(send.mock.calls).toEqual([
      [electronChannels.event, 'index.changed', {}],
      [
        electronChannels.event,
        'files.changed',
        { changes: [{ kind: 'changed', path: 'content/a.md' }] },
      ],
    ]);
    stop();
    expect(unsubscribe).toHaveBeenCalled();
  });

  it('sends nothing to a page that is gone', () => {
    const { contents, send } = fakeContents(true);
    sendToPage(contents, 'index.changed', {});
    sendToPage(null, 'index.changed', {});
    expect(send).not.toHaveBeenCalled();
  });
});
