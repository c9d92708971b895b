import { readdir, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Asset } from '../../../shared/ipc/data';
import { ServiceError } from '../../../shared/ipc/result';
import { isMarkdownName } from './paths';

const imageExtensions = new Set([
  'png',
  'jpg',
  'jpeg',
  'gif',
  'webp',
  'avif',
  'svg',
  'bmp',
  'ico',
  'tif',
  'tiff',
]);

export function isImageName(name: string): boolean {
  const extension = /\.([^./]+)$/.exec(name)?.[1]?.toLowerCase();
  return extension !== undefined && imageExtensions.has(extension);
}

const maxNameLength = 100;

/**
 * A file name safe on every system and in a URL: the last path segment of
 * what the user picked, letters without accents, digits, `-`, `_` and `.`,
 * no leading dot (hidden files, our temp files), the extension kept.
 * `../../My Photo (1).PNG` becomes `My-Photo-1.PNG`.
 */
export function sanitizeAssetName(name: string): string {
  const last = name.split(/[\\/]/).pop() ?? '';
  const ascii = last
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\0/g, '');
  const dot = ascii.lastIndexOf('.');
  const hasExtension = dot > 0 && dot < ascii.length - 1;
  const extension = hasExtension ? ascii.slice(dot + 1).replace(/[^A-Za-z0-9]/g, '') : '';
  const stem = (hasExtension ? ascii.slice(0, dot) : ascii)
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, maxNameLength)
    .replace(/[-.]+$/, '');
  const safeStem = stem === '' ? 'file' : stem;
  return extension === '' ? safeStem : `${safeStem}.${extension}`;
}

/** Refuses names that would not be an asset: Markdown files are posts. */
export function assertAssetName(name: string): void {
  if (isMarkdownName(name))
    throw new ServiceError(
      'invalid',
      `"${name}" is a Markdown file; only images and other files can be added to a post's folder.`,
    );
}

/**
 * The bytes of a file sent as base64. Strict: a string that is not base64
 * would otherwise decode to garbage silently written as an image.
 */
export function decodeBase64(data: string): Uint8Array {
  const compact = data.replace(/\s+/g, '');
  if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact))
    throw new ServiceError(
      'invalid',
      'The file was not sent as base64 data, so nothing was written.',
    );
  return Buffer.from(compact, 'base64');
}

/** The files of a page bundle (below its folder, `/`-separated), except the post itself and hidden files. */
export async function listAssets(bundleFolder: string, postFile: string): Promise<Asset[]> {
  const entries = await readdir(bundleFolder, { recursive: true, withFileTypes: true });
  const assets: Asset[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    const name = relative(bundleFolder, file).split(sep).join('/');
    // Hidden files (.DS_Store, our temp files) are nobody's images.
    if (file === postFile || name.split('/').some((segment) => segment.startsWith('.'))) continue;
    const info = await stat(file).catch(() => null);
    if (!info) continue;
    assets.push({ name, size: info.size, isImage: isImageName(name) });
  }
  return assets.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
