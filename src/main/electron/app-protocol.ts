import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { assetScheme } from '../../shared/ipc/asset-url';
import { findStaticFile } from '../services/static-files';
import { appHost, appScheme, parseUrl } from './app-location';

/**
 * Both of the app's schemes. Electron takes one call before the app is
 * ready: a second would replace the first's list. The app scheme fetches
 * (module scripts, the preview's worker) and caches compiled code like
 * https; the asset scheme is for images, which need neither.
 */
export function registerPrivilegedSchemes(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: appScheme,
      privileges: {
        standard: true,
        secure: true,
        supportFetchAPI: true,
        corsEnabled: true,
        codeCache: true,
      },
    },
    { scheme: assetScheme, privileges: { standard: true, secure: true } },
  ]);
}

/** Serves `rendererDir` (a real path) on the app scheme, every response with `policy`. */
export function installAppProtocol(rendererDir: string, policy: string): void {
  protocol.handle(appScheme, (request) => serveAppFile(request, rendererDir, policy));
}

/**
 * One file of the built renderer. Only the app's host, only reads, only
 * files inside `rendererDir` (no `..`, encoded or not, no hidden names, no
 * symlink out); `/` is `index.html`. Every answer carries the page policy,
 * which is what makes `frame-ancestors` and `form-action` apply at all.
 */
export async function serveAppFile(
  request: Request,
  rendererDir: string,
  policy: string,
): Promise<Response> {
  const headers = {
    'Content-Security-Policy': policy,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  };
  const refuse = (status: number, text: string): Response =>
    new Response(text, {
      status,
      headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' },
    });
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return refuse(405, 'The app only reads its own files.');
  const url = parseUrl(request.url);
  if (!url || url.protocol !== `${appScheme}:` || url.host !== appHost)
    return refuse(400, 'This is not an address of the app.');
  const found = await findStaticFile(rendererDir, url.pathname);
  if (!found) return refuse(404, 'The app has no such file.');
  const bytes = await readFile(found.file).catch(() => null);
  if (!bytes) return refuse(404, 'The file could not be read.');
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(bytes), {
    status: 200,
    headers: {
      ...headers,
      'Content-Type': found.contentType,
      'Content-Length': String(bytes.byteLength),
    },
  });
}
