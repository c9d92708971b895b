import type { Session } from 'electron';
import { headerOnlyDirectives, pagePolicy } from '../../shared/security/page-policy';

/**
 * The policy sent as a response header with the app's pages. The built
 * renderer gets the whole policy (its `<meta>` holds the same minus what a
 * meta tag cannot carry). The dev server's page gets only the header-only
 * directives: its `<meta>` carries the rest with the per-start nonce that
 * lets Vite's injected styles and React's refresh preamble run, which main
 * does not know.
 */
export function contentSecurityPolicy(options: { devServerUrl?: string | undefined } = {}): string {
  return options.devServerUrl
    ? headerOnlyDirectives.join('; ')
    : pagePolicy({ delivery: 'header' });
}

/**
 * Adds the policy to every response for the app's pages served over HTTP
 * (the dev server), replacing whatever the server sent. The app's own scheme
 * sets the header in its handler: Chromium never passes `file://` responses
 * through `onHeadersReceived`, and a handler's own header does not depend on
 * whether it does for custom schemes.
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
