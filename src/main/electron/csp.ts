import type { Session } from 'electron';
import { assetScheme } from '../../shared/ipc/asset-url';

/**
 * The app page's Content-Security-Policy. Scripts come only from the app
 * itself; images also from bundles (the asset scheme), data: URLs and
 * YouTube's thumbnails; frames only from YouTube's privacy-enhanced player.
 * The dev server needs inline scripts and styles (Vite's HMR client and React
 * Refresh) and its WebSocket; production gets none of that and never
 * `unsafe-eval`.
 */
export function contentSecurityPolicy(options: { devServerUrl?: string | undefined } = {}): string {
  const dev = options.devServerUrl ? new URL(options.devServerUrl) : null;
  const directives = [
    "default-src 'self'",
    dev ? "script-src 'self' 'unsafe-inline'" : "script-src 'self'",
    dev ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
    `img-src 'self' data: ${assetScheme}: https://i.ytimg.com`,
    'frame-src https://www.youtube-nocookie.com',
    dev ? `connect-src 'self' ws://${dev.host}` : "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ];
  return directives.join('; ');
}

/**
 * Adds the policy to every response for the app's pages, replacing whatever
 * the dev server sent. The page's own `<meta>` policy still applies on top
 * (both must allow a load), which also covers `file://` pages where a
 * Chromium build does not pass file responses through `onHeadersReceived`.
 */
export function installContentSecurityPolicy(
  session: Session,
  isAppUrl: (url: string) => boolean,
  policy: string,
): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!isAppUrl(details.url)) {
      callback({});
      return;
    }
    const headers: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      if (name.toLowerCase() !== 'content-security-policy') headers[name] = value;
    }
    headers['Content-Security-Policy'] = [policy];
    callback({ responseHeaders: headers });
  });
}
