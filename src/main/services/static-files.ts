import { realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, sep } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export type StaticFile = { file: string; size: number; contentType: string };

/**
 * Maps a request path to a file inside `root` (already a real path), or null.
 * Refused outright rather than normalised: `..` segments (also when encoded
 * as `%2e%2e` or `..%2f`), backslashes, NUL, hidden names; and whatever a
 * symlink points to outside the folder.
 */
export async function findStaticFile(root: string, rawPath: string): Promise<StaticFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.slice(1).split('/');
  if (segments.some((s) => s === '..' || s.startsWith('.'))) return null;
  const wanted = decoded.endsWith('/') ? [...segments.slice(0, -1), 'index.html'] : segments;
  if (wanted.some((s) => s === '')) return null;

  const real = await realpath(join(root, ...wanted)).catch(() => null);
  if (real === null) return null;
  const inside = relative(root, real);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside))
    return null;
  const info = await stat(real).catch(() => null);
  if (info === null || !info.isFile()) return null;
  return {
    file: real,
    size: info.size,
    contentType: contentTypes[extname(real).toLowerCase()] ?? 'application/octet-stream',
  };
}
