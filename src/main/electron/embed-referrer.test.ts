import type { Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { embedderIdentity, installEmbedReferrer, playerRequests } from './embed-referrer';

vi.mock('electron', () => ({}));

type Listener = (
  details: { url: string; requestHeaders: Record<string, string> },
  callback: (response: { requestHeaders?: Record<string, string> }) => void,
) => void;

function install(): { filter: { urls: string[] }; listener: Listener } {
  let installed: { filter: { urls: string[] }; listener: Listener } | null = null;
  const session = {
    webRequest: {
      onBeforeSendHeaders: (filter: { urls: string[] }, listener: Listener) =>
        (installed = { filter, listener }),
    },
  } as unknown as Session;
  installEmbedReferrer(session);
  if (!installed) throw new Error('no listener installed');
  return installed;
}

describe('installEmbedReferrer', () => {
  it("watches the player's requests only", () => {
    expect(install().filter).toEqual({ urls: playerRequests });
    expect(playerRequests).toEqual(['https://www.youtube-nocookie.com/embed/*']);
  });

  it('names the app as the embedder when the page on the app scheme sent no Referer', () => {
    const callback = vi.fn();
    install().listener(
      {
        url: 'https://www.youtube-nocookie.com/embed/abcdefghijk',
        requestHeaders: { 'User-Agent': 'x' },
      },
      callback,
    );
    expect(callback).toHaveBeenCalledWith({
      requestHeaders: { 'User-Agent': 'x', Referer: embedderIdentity },
    });
    expect(embedderIdentity).toMatch(/^https:\/\/[^/]+\/$/);
  });

  it('replaces a Referer that is not http(s), and keeps the dev server page’s own', () => {
    const callback = vi.fn();
    const { listener } = install();
    listener(
      {
        url: 'https://www.youtube-nocookie.com/embed/x',
        requestHeaders: { referer: 'app://recap-studio/' },
      },
      callback,
    );
    expect(callback).toHaveBeenLastCalledWith({ requestHeaders: { Referer: embedderIdentity } });
    listener(
      {
        url: 'https://www.youtube-nocookie.com/embed/x',
        requestHeaders: { Referer: 'http://localhost:5173/' },
      },
      callback,
    );
    expect(callback).toHaveBeenLastCalledWith({
      requestHeaders: { Referer: 'http://localhost:5173/' },
    });
  });
});
