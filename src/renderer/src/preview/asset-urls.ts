import { assetUrl } from '../../../shared/ipc/asset-url';
import { webAssetUrl } from '../../../shared/ipc/web-asset-url';

/** Turns a path relative to the open folder into a URL the preview can load. */
export type AssetUrlOf = (folderRelativePath: string) => string;

/**
 * The asset route of wherever the app runs: the desktop app's confined
 * `studio-asset:` scheme when the preload is there, the web mode server's
 * `/asset/` route otherwise. Both serve only files inside the open folder.
 */
export function defaultAssetUrlOf(
  host: { studio?: unknown } = globalThis as { studio?: unknown },
): AssetUrlOf {
  return host.studio ? assetUrl : webAssetUrl;
}

const scheme = /^[a-z][a-z0-9+.-]*:/i;

/**
 * The open folder's path of a file a post refers to, or null when the
 * reference is not to a file of the site: a URL with a scheme, `//host`,
 * a fragment, or a path that climbs out of the folder. Relative references
 * are taken from the post's folder (a page bundle's files sit beside its
 * `index.md`); references starting with `/` from the site's `static` folder,
 * where Hugo copies them from.
 */
export function siteFileOf(postPath: string, reference: string): string | null {
  const trimmed = reference.trim();
  if (trimmed === '' || scheme.test(trimmed) || trimmed.startsWith('//') || trimmed.startsWith('#'))
    return null;
  const pathPart = trimmed.split(/[?#]/, 1)[0] ?? '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathPart);
  } catch {
    return null;
  }
  if (decoded.includes('\\') || decoded.includes('\0')) return null;
  const base = decoded.startsWith('/') ? ['static'] : postPath.split('/').slice(0, -1);
  const segments = [...base];
  for (const segment of decoded.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length === 0) return null;
      segments.pop();
    } else {
      segments.push(segment);
    }
  }
  return segments.length === 0 ? null : segments.join('/');
}

/**
 * Points the images of sanitized preview HTML at the asset route: `src` and
 * each `srcset` candidate that names a file of the site. Other URLs stay as
 * they are (the page's policy decides whether they load).
 */
export function rewriteAssetUrls(root: ParentNode, postPath: string, urlOf: AssetUrlOf): void {
  for (const image of root.querySelectorAll('img[src], source[src]')) {
    const file = siteFileOf(postPath, image.getAttribute('src') ?? '');
    if (file !== null) image.setAttribute('src', urlOf(file));
  }
  for (const element of root.querySelectorAll('img[srcset], source[srcset]')) {
    const candidates = (element.getAttribute('srcset') ?? '').split(',').map((candidate) => {
      const [url = '', ...descriptors] = candidate.trim().split(/\s+/);
      const file = siteFileOf(postPath, url);
      return [file === null ? url : urlOf(file), ...descriptors].join(' ');
    });
    element.setAttribute('srcset', candidates.join(', '));
  }
}
