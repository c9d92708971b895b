import type { PreloadApi } from '../../../shared/ipc/preload-api';
import { createHttpClient } from './http-client';
import { createPreloadClient } from './preload-client';
import type { StudioClient } from './studio-client';

export { createHttpClient, type HttpClientOptions } from './http-client';
export { createPreloadClient } from './preload-client';
export type { StudioClient } from './studio-client';

type Host = { studio?: PreloadApi; location?: { href: string } };

/**
 * The client for wherever the renderer runs: in the desktop app the preload
 * has put `studio` on the window; in a browser the page was served by the web
 * mode server, so calls go back to the origin it came from.
 */
export function createClient(host: Host = globalThis as Host): StudioClient {
  if (host.studio) return createPreloadClient(host.studio);
  if (!host.location) throw new Error('Recap Studio needs either the desktop app or a browser.');
  return createHttpClient({ baseUrl: new URL('/', host.location.href).href });
}
