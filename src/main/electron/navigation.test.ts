import { EventEmitter } from 'node:events';
import { shell, type WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  externalUrl,
  guardNavigation,
  isAllowedSubframeUrl,
  openExternalSafely,
} from './navigation';

vi.mock('electron', () => ({ shell: { openExternal: vi.fn(() => Promise.resolve()) } }));

const openExternal = vi.mocked(shell.openExternal);
beforeEach(() => openExternal.mockClear());

const appUrl = 'app://recap-studio/index.html';
const isAppUrl = (url: string): boolean => url.startsWith('app://recap-studio/');

describe('externalUrl', () => {
  it.each([
    [
      'https://linkerd.io/2025/10/31/announcing-linkerd-2.19/',
      'https://linkerd.io/2025/10/31/announcing-linkerd-2.19/',
    ],
    ['http://example.org', 'http://example.org/'],
    ['mailto:events@example.org', 'mailto:events@example.org'],
    ['HTTPS://Example.ORG/a b', 'https://example.org/a%20b'],
  ])('lets %s go out, as the parsed URL', (raw, expected) => {
    expect(externalUrl(raw)).toBe(expected);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'file:///etc/passwd',
    'smb://attacker.example/share',
    'ms-msdt:/id PCWDiagnostic',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'https:',
    'http://',
    '/relative/path',
    'not a url at all',
    '',
  ])('refuses %j', (raw) => {
    expect(externalUrl(raw)).toBeNull();
  });
});

describe('openExternalSafely', () => {
  it('opens allowed links in the system browser and never the others', async () => {
    expect(await openExternalSafely('https://example.org/talk')).toBe(true);
    expect(await openExternalSafely('javascript:alert(1)')).toBe(false);
    expect(await openExternalSafely('file:///etc/passwd')).toBe(false);
    expect(await openExternalSafely('smb://host/share')).toBe(false);
    expect(openExternal.mock.calls).toEqual([['https://example.org/talk']]);
  });
});

describe('isAllowedSubframeUrl', () => {
  it("allows the preview's own document and YouTube's privacy-enhanced player only", () => {
    expect(isAllowedSubframeUrl('about:srcdoc')).toBe(true);
    expect(isAllowedSubframeUrl('https://www.youtube-nocookie.com/embed/BWL4889RKhU')).toBe(true);
    expect(isAllowedSubframeUrl('https://www.youtube.com/embed/BWL4889RKhU')).toBe(false);
    expect(isAllowedSubframeUrl('https://www.youtube-nocookie.com.evil.example/embed/x')).toBe(
      false,
    );
    expect(isAllowedSubframeUrl('http://www.youtube-nocookie.com/embed/x')).toBe(false);
    expect(isAllowedSubframeUrl('https://www.youtube-nocookie.com/watch?v=x')).toBe(false);
  });
});

class FakeContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
}

function navigationEvent(url: string, isMainFrame = true) {
  return { url, isMainFrame, preventDefault: vi.fn() };
}

const clock = { now: 100_000 };

function guarded(): FakeContents {
  const contents = new FakeContents();
  guardNavigation(contents as unknown as WebContents, isAppUrl, () => clock.now);
  return contents;
}

/** A click as Electron reports input to main. */
function click(contents: FakeContents): void {
  contents.emit('input-event', {}, { type: 'mouseDown' });
  contents.emit('input-event', {}, { type: 'mouseUp' });
}

describe('guardNavigation', () => {
  it('lets the main frame move between app pages only; a link elsewhere opens in the browser', async () => {
    const contents = guarded();
    const inside = navigationEvent(`${appUrl}#/post`);
    contents.emit('will-navigate', inside);
    expect(inside.preventDefault).not.toHaveBeenCalled();

    const link = navigationEvent('https://example.org/');
    contents.emit('will-navigate', link);
    expect(link.preventDefault).toHaveBeenCalled();
    await Promise.resolve();
    expect(openExternal).toHaveBeenCalledWith('https://example.org/');
  });

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://host/share',
    'studio-asset://folder/x.svg',
  ])('blocks a main-frame navigation to %s without handing it to the system', async (url) => {
    const contents = guarded();
    const event = navigationEvent(url);
    contents.emit('will-navigate', event);
    expect(event.preventDefault).toHaveBeenCalled();
    const frameEvent = navigationEvent(url);
    contents.emit('will-frame-navigate', frameEvent);
    expect(frameEvent.preventDefault).toHaveBeenCalled();
    await Promise.resolve();
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('lets frames show the preview document and YouTube embeds, nothing else', () => {
    const contents = guarded();
    for (const url of ['about:srcdoc', 'https://www.youtube-nocookie.com/embed/dDW1OoTaMdU']) {
      const event = navigationEvent(url, false);
      contents.emit('will-frame-navigate', event);
      expect(event.preventDefault).not.toHaveBeenCalled();
    }
    for (const url of ['https://evil.example/', 'file:///etc/passwd']) {
      const event = navigationEvent(url, false);
      contents.emit('will-frame-navigate', event);
      expect(event.preventDefault).toHaveBeenCalled();
    }
    // The YouTube player is never the whole window.
    const top = navigationEvent('https://www.youtube-nocookie.com/embed/dDW1OoTaMdU', true);
    contents.emit('will-frame-navigate', top);
    expect(top.preventDefault).toHaveBeenCalled();
  });

  it('blocks main-frame redirects away from the app', () => {
    const contents = guarded();
    const away = navigationEvent('https://evil.example/');
    contents.emit('will-redirect', away);
    expect(away.preventDefault).toHaveBeenCalled();
  });

  it('denies every new window; only safe links go to the browser', async () => {
    const contents = guarded();
    const handler = contents.windowOpenHandler;
    if (!handler) throw new Error('no window open handler');
    click(contents);
    expect(handler({ url: 'https://example.org/talk' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(handler({ url: appUrl })).toEqual({ action: 'deny' });
    await Promise.resolve();
    expect(openExternal.mock.calls).toEqual([['https://example.org/talk']]);
  });

  it('sends a popup to the browser only within seconds of a click or key press', async () => {
    const contents = guarded();
    const handler = contents.windowOpenHandler;
    if (!handler) throw new Error('no window open handler');
    const popup = { url: 'https://www.youtube.com/watch?v=dDW1OoTaMdU' };

    // The player's scripts ask on their own: nothing opens.
    expect(handler(popup)).toEqual({ action: 'deny' });
    contents.emit('input-event', {}, { type: 'mouseMove' });
    contents.emit('input-event', {}, { type: 'mouseWheel' });
    expect(handler(popup)).toEqual({ action: 'deny' });
    await Promise.resolve();
    expect(openExternal).not.toHaveBeenCalled();

    click(contents);
    clock.now += 1_000;
    handler(popup);
    await Promise.resolve();
    expect(openExternal).toHaveBeenCalledTimes(1);

    clock.now += 10_000;
    handler(popup);
    contents.emit('input-event', {}, { type: 'rawKeyDown' });
    handler(popup);
    await Promise.resolve();
    expect(openExternal).toHaveBeenCalledTimes(2);
  });

  it('refuses to attach webviews', () => {
    const contents = guarded();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });
});
