import { extname } from 'node:path';

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
