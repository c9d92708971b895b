/**
 * In web mode the open folder's files (a bundle's images) come from the
 * server's `/asset/` route, confined to the open folder like the desktop
 * app's `studio-asset:` scheme and behind the same token as every page.
 */
export const webAssetPrefix = '/asset/';

/** The web mode URL of the file at `relativePath` (with `/` separators) inside the open folder. */
export function webAssetUrl(relativePath: string): string {
  const segments = relativePath.split('/').filter((segment) => segment !== '');
  return `${webAssetPrefix}${segments.map(encodeURIComponent).join('/')}`;
}
