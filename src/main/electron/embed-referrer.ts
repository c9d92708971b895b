import type { Session } from 'electron';
import { parseUrl } from './app-location';

/**
 * Who the app says it is to YouTube's player. YouTube refuses to configure
 * an embed whose request names no embedder (the player shows "Error 153"),
 * and Chromium sends no Referer from a page on the app's own scheme (only
 * http and https pages send one). So requests for the player get this one.
 */
export const embedderIdentity = 'https://recap-studio.app/';

/** The player's pages whose requests need an embedder. */
export const playerRequests = ['https://www.youtube-nocookie.com/embed/*'];

/**
 * The Referer for a request to the player: the page's own when it is an
 * http(s) one (the dev server's), otherwise the app's identity.
 */
export function embedReferrer(headers: Record<string, string>): string {
  const given = Object.entries(headers).find(([name]) => name.toLowerCase() === 'referer')?.[1];
  const url = given ? parseUrl(given) : null;
  if (url && (url.protocol === 'https:' || url.protocol === 'http:')) return given as string;
  return embedderIdentity;
}

/** Names the app as the embedder on every request for YouTube's player in `session`. */
export function installEmbedReferrer(session: Session): void {
  session.webRequest.onBeforeSendHeaders({ urls: playerRequests }, (details, callback) => {
    const requestHeaders: Record<string, string> = {};
    for (const [name, value] of Object.entries(details.requestHeaders)) {
      if (name.toLowerCase() !== 'referer') requestHeaders[name] = value;
    }
    requestHeaders['Referer'] = embedReferrer(details.requestHeaders);
    callback({ requestHeaders });
  });
}
