import { realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { contentTypeOf, inertAssetHeaders } from '../services/asset-files';

export { inertAssetHeaders };

export type WebAssetLookup =
  | { ok: true; file: string; size: number; contentType: string }
  | { ok: false; status: 400 | 403 | 404; reason: string };

/**
 * The file of the open folder that a `/asset/…` request names (`path` is
 * the part after the prefix, still percent-encoded), confined like the
 * desktop app's `studio-asset:` scheme: each segment is decoded once and
 * must be a plain name (no `..`, `.`, empty, hidden, or holding a
 * separator, colon or NUL once decoded), then root and file are resolved
 * with realpath, so a symbolic link out of the folder is refused too.
 */
export async function lookUpWebAsset(root: string | null, path: string): Promise<WebAssetLookup> {
  if (root === null) return { ok: false, status: 404, reason: 'No folder is open.' };
  const segments = plainSegments(path);
  if (segments === null)
    return {
      ok: false,
      status: 400,
      reason: 'The file name is not a plain path inside the folder.',
    };
  let realRoot: string;
  let realFile: string;
  try {
    realRoot = await realpath(root);
    realFile = await realpath(join(realRoot, ...segments));
  } catch {
    return { ok: false, status: 404, reason: 'There is no such file in the open folder.' };
  }
  const inside = relative(realRoot, realFile);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside))
    return { ok: false, status: 403, reason: 'The file is outside the open folder.' };
  const info = await stat(realFile).catch(() => null);
  if (!info?.isFile())
    return { ok: false, status: 404, reason: 'There is no such file in the open folder.' };
  return {
    ok: true,
    file: realFile,
    size: info.size,
    contentType: contentTypeOf(realFile),
  };
}

function plainSegments(path: string): string[] | null {
  const raw = path.split('/');
  if (raw.length === 0) return null;
  const segments: string[] = [];
  for (const segment of raw) {
    let name: string;
    try {
      name = decodeURIComponent(segment);
    } catch {
      return null;
    }
    if (name === '' || name.startsWith('.') || /[/\\:\0]/.test(name)) return null;
    segments.push(name);
  }
  return segments;
}
