import { isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Where the app's own pages come from, and how to tell them from anything else. */
export interface AppLocation {
  /** The URL the window loads. */
  readonly entryUrl: string;
  /** Whether `url` is one of the app's own pages: the only ones allowed to call main. */
  isAppUrl(url: string): boolean;
}

/**
 * The built renderer (`file://` inside `rendererDir`), or the dev server while
 * developing. A URL counts as the app's only after a real parse: prefix checks
 * let `http://localhost:5173.evil.example` or `file:///…/renderer-evil/` through.
 */
export function appLocation(options: {
  rendererDir: string;
  devServerUrl?: string | undefined;
}): AppLocation {
  const { rendererDir, devServerUrl } = options;
  if (devServerUrl) {
    const origin = new URL(devServerUrl).origin;
    return {
      entryUrl: devServerUrl,
      isAppUrl: (url) => parseUrl(url)?.origin === origin,
    };
  }
  return {
    entryUrl: pathToFileURL(join(rendererDir, 'index.html')).href,
    isAppUrl: (url) => {
      const parsed = parseUrl(url);
      if (!parsed || parsed.protocol !== 'file:' || parsed.host !== '') return false;
      let path: string;
      try {
        path = fileURLToPath(parsed);
      } catch {
        return false;
      }
      const inside = relative(rendererDir, path);
      return isInside(inside);
    },
  };
}

export function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Whether a `path.relative` result names something strictly inside its base. */
export function isInside(relativePath: string): boolean {
  return (
    relativePath !== '' &&
    relativePath !== '..' &&
    !relativePath.startsWith('..' + sep) &&
    !isAbsolute(relativePath)
  );
}
