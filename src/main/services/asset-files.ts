import { realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, sep } from 'node:path';

// Both ways a window loads a post's files (the desktop app's asset scheme and
// the web mode's asset route) serve them with the same types and headers.

const contentTypes: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.bmp': 'image/bmp',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
};

/** The content type a file is served with; unknown kinds are plain bytes the page cannot run. */
export function contentTypeOf(path: string): string {
  return contentTypes[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Headers that keep a served file inert: no sniffing into HTML, no scripts
 * even inside an SVG, and the file as it is now (a cover may be replaced
 * under the same name).
 */
export const inertAssetHeaders: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy':
    "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox",
  'Cache-Control': 'no-cache',
};

export type FolderFileLookup =
  | { ok: true; file: string; size: number; contentType: string }
  | { ok: false; status: 400 | 403 | 404; reason: string };

/**
 * The file that URL-encoded path segments name inside `root`. Each segment is
 * decoded once and must be a plain name: no `..`, `.`, empty (an absolute
 * path), hidden (`.git`), or anything holding a separator, a colon or NUL once
 * decoded (`..%2F..%2Fetc`, `C:`, `%00`). Then both root and file are resolved
 * with realpath, so a symlink inside the folder pointing out of it is refused
 * too.
 */
export async function lookUpFolderFile(
  root: string | null,
  encodedSegments: readonly string[],
): Promise<FolderFileLookup> {
  if (root === null) return { ok: false, status: 404, reason: 'No folder is open.' };
  const segments = plainSegments(encodedSegments);
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
  return { ok: true, file: realFile, size: info.size, contentType: contentTypeOf(realFile) };
}

function plainSegments(encoded: readonly string[]): string[] | null {
  if (encoded.length === 0) return null;
  const segments: string[] = [];
  for (const segment of encoded) {
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
