import type { Session } from 'electron';
import { parseUrl } from './app-location';

/** The only outside frame the app shows: YouTube's privacy-enhanced player. */
const playerOrigin = 'https://www.youtube-nocookie.com';

/**
 * Whether a frame may have `permission`. Only the video player, in a
 * subframe, and only to go fullscreen: a user watching a talk expects that.
 * The app page may write to the clipboard (Export's Copy). Everything else
 * (camera, location, notifications, clipboard reads, devices), and
 * fullscreen for the app page or any other frame, is no, so a script that
 * slips into a preview gets nothing either.
 */
export function isPermissionAllowed(
  permission: string,
  frame: { requestingUrl?: string | undefined; isMainFrame: boolean },
): boolean {
  // Export's "Copy to clipboard" writes the post; the app page only, never a frame in the preview.
  if (permission === 'clipboard-sanitized-write') return frame.isMainFrame;
  if (permission !== 'fullscreen' || frame.isMainFrame) return false;
  return parseUrl(frame.requestingUrl ?? '')?.origin === playerOrigin;
}

export function installPermissionHandlers(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isPermissionAllowed(permission, details)),
  );
  session.setPermissionCheckHandler((_contents, permission, _origin, details) =>
    isPermissionAllowed(permission, details),
  );
  session.setDevicePermissionHandler(() => false);
}
