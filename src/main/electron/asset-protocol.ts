import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { assetHost, assetScheme } from '../../shared/ipc/asset-url';
import { contentTypeOf, inertAssetHeaders, lookUpFolderFile } from '../services/asset-files';
import { parseUrl } from './app-location';

export { contentTypeOf };

/**
 * Serves the open folder's files (the scheme is registered with the app's own
 * in app-protocol.ts); `openFolder` gives its root, or null when none is open. */
export function installAssetProtocol(openFolder: () => Promise<string | null>): void {
  protocol.handle(assetScheme, (request) => serveAsset(request, openFolder));
}

export type AssetLookup =
  | { ok: true; path: string; contentType: string }
  | { ok: false; status: 400 | 403 | 404; reason: string };

/**
 * The file an asset URL names, confined to `root`. Each path segment is
 * decoded once and must be a plain name: no `..`, `.`, empty (an absolute
 * path), hidden (`.git`), or anything holding a separator, a colon or NUL
 * once decoded (`..%2F..%2Fetc`, `C:`, `%00`). Then both root and file are
 * resolved with realpath, so a symlink inside the folder pointing out of it
 * is refused too.
 */
export async function lookUpAsset(rawUrl: string, root: string | null): Promise<AssetLookup> {
  const url = parseUrl(rawUrl);
  if (!url || url.protocol !== `${assetScheme}:` || url.host !== assetHost)
    return {
      ok: false,
      status: 400,
      reason: 'This is not an address of a file in the open folder.',
    };
  const found = await lookUpFolderFile(root, url.pathname.split('/').slice(1));
  return found.ok ? { ok: true, path: found.file, contentType: found.contentType } : found;
}

export async function serveAsset(
  request: Request,
  openFolder: () => Promise<string | null>,
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return new Response('Only reading files is allowed.', {
      status: 405,
      headers: inertAssetHeaders,
    });
  const found = await lookUpAsset(request.url, await openFolder());
  if (!found.ok)
    return new Response(found.reason, { status: found.status, headers: inertAssetHeaders });
  const bytes = await readFile(found.path).catch(() => null);
  if (bytes === null)
    return new Response('The file could not be read.', { status: 404, headers: inertAssetHeaders });
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(bytes), {
    status: 200,
    headers: {
      ...inertAssetHeaders,
      'Content-Type': found.contentType,
      'Content-Length': String(bytes.byteLength),
    },
  });
}
