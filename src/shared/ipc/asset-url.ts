/**
 * Files of the open folder (a bundle's images) reach the page through this
 * scheme, never as `file://` URLs: main serves only what lies inside the open
 * folder. The path is relative to the open folder, like every path in the
 * contract: `studio-asset://folder/content/blog/2024/0101-hello/cover.png`.
 */
export const assetScheme = 'studio-asset';
export const assetHost = 'folder';

/** The URL of the file at `relativePath` (with `/` separators) inside the open folder. */
export function assetUrl(relativePath: string): string {
  const segments = relativePath.split('/').filter((segment) => segment !== '');
  return `${assetScheme}://${assetHost}/${segments.map(encodeURIComponent).join('/')}`;
}
