import type { Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { installPermissionHandlers } from './permissions';

vi.mock('electron', () => ({}));

type RequestHandler = (
  contents: null,
  permission: string,
  callback: (ok: boolean) => void,
  details: { requestingUrl: string; isMainFrame: boolean },
) => void;
type CheckHandler = (
  contents: null,
  permission: string,
  origin: string,
  details: { requestingUrl?: string; isMainFrame: boolean },
) => boolean;

/** A session that records its handlers, as Electron's does. */
function installed() {
  const handlers: { request?: RequestHandler; check?: CheckHandler; device?: unknown } = {};
  const session = {
    setPermissionRequestHandler: (h: RequestHandler) => (handlers.request = h),
    setPermissionCheckHandler: (h: CheckHandler) => (handlers.check = h),
    setDevicePermissionHandler: (h: unknown) => (handlers.device = h),
  } as unknown as Session;
  installPermissionHandlers(session);
  const { request, check, device } = handlers;
  if (!request || !check || !device) throw new Error('a handler is missing');
  /** What a frame at `url` gets when it asks, and when Chromium checks. */
  const ask = (permission: string, requestingUrl: string, isMainFrame: boolean) => {
    const callback = vi.fn();
    request(null, permission, callback, { requestingUrl, isMainFrame });
    expect(callback).toHaveBeenCalledTimes(1);
    const checked = check(null, permission, new URL(requestingUrl).origin, {
      requestingUrl,
      isMainFrame,
    });
    return { requested: callback.mock.calls[0]?.[0] as boolean, checked };
  };
  return { ask, device: device as (details: object) => boolean };
}

const player = 'https://www.youtube-nocookie.com/embed/abcdefghijk?autoplay=1';

describe('installPermissionHandlers', () => {
  it('lets the video player frame go fullscreen', () => {
    expect(installed().ask('fullscreen', player, false)).toEqual({
      requested: true,
      checked: true,
    });
  });

  it('refuses fullscreen to the app page and to any other frame', () => {
    const { ask } = installed();
    const no = { requested: false, checked: false };
    expect(ask('fullscreen', 'app://recap-studio/index.html', true)).toEqual(no);
    expect(ask('fullscreen', 'https://evil.example/embed/x', false)).toEqual(no);
    expect(ask('fullscreen', 'https://www.youtube.com/embed/x', false)).toEqual(no);
    // The player's page loaded as the top frame is not the embedded player.
    expect(ask('fullscreen', player, true)).toEqual(no);
  });

  it('refuses everything else, to the player frame too', () => {
    const { ask, device } = installed();
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'pointerLock',
    ]) {
      expect(ask(permission, player, false)).toEqual({ requested: false, checked: false });
      expect(ask(permission, 'app://recap-studio/index.html', true)).toEqual({
        requested: false,
        checked: false,
      });
    }
    expect(device({ deviceType: 'usb', origin: 'app://recap-studio' })).toBe(false);
  });

  it('lets the app page write to the clipboard (Export › Copy), and no frame inside it', () => {
    const { ask } = installed();
    expect(ask('clipboard-sanitized-write', 'app://recap-studio/index.html', true)).toEqual({
      requested: true,
      checked: true,
    });
    expect(ask('clipboard-sanitized-write', player, false)).toEqual({
      requested: false,
      checked: false,
    });
  });
});
