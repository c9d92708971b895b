import { assetScheme } from '../ipc/asset-url';

/**
 * The dev server's page (`npm run dev`): Vite injects inline `<style>`
 * elements for every CSS import and React's refresh preamble as an inline
 * script. With `html.cspNonce` Vite marks each of them with this nonce, so
 * the policy allows exactly those and no other inline code.
 */
export interface DevServerPolicy {
  /** The dev server's origin, `http://localhost:5173`: its HMR WebSocket is allowed. */
  origin: string;
  nonce: string;
}

/**
 * The app page's Content-Security-Policy, one source for the `<meta>` in the
 * built `index.html`, the response header of the desktop app's own scheme
 * and (through the meta) the web mode's header. Scripts and styles come only
 * from the app itself; images also from bundles (the asset scheme), data:
 * URLs and YouTube's thumbnails; frames only from YouTube's privacy-enhanced
 * player. Never `unsafe-eval`, never `unsafe-inline`.
 *
 * `delivery: 'meta'` leaves out what a meta tag cannot carry or what the web
 * mode's server adds to it (`frame-ancestors`, `form-action`): Chromium
 * ignores the first in a meta tag, and a directive twice, with a console
 * message each.
 */
export function pagePolicy(
  options: { delivery: 'header' | 'meta'; devServer?: DevServerPolicy | undefined } = {
    delivery: 'header',
  },
): string {
  const dev = options.devServer;
  const inline = dev ? ` 'nonce-${dev.nonce}'` : '';
  const directives = [
    "default-src 'self'",
    `script-src 'self'${inline}`,
    `style-src 'self'${inline}`,
    `img-src 'self' data: ${assetScheme}: https://i.ytimg.com`,
    'frame-src https://www.youtube-nocookie.com',
    "object-src 'none'",
    "base-uri 'none'",
    // Fetches fall back to default-src; the dev server adds its HMR WebSocket.
    ...(dev ? [`connect-src 'self' ${webSocketOrigin(dev.origin)}`] : []),
    ...(options.delivery === 'header' ? headerOnlyDirectives : []),
  ];
  return directives.join('; ');
}

/** What only a response header gives the page: no framing, no form targets. */
export const headerOnlyDirectives: readonly string[] = [
  "form-action 'none'",
  "frame-ancestors 'none'",
];

/** `http://localhost:5173/` → `ws://localhost:5173`; https becomes wss. */
function webSocketOrigin(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol === 'https:' ? 'wss' : 'ws'}://${url.host}`;
}
