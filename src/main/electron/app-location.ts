/** Where the app's own pages come from, and how to tell them from anything else. */
export interface AppLocation {
  /** The URL the window loads. */
  readonly entryUrl: string;
  /** Whether `url` is one of the app's own pages: the only ones allowed to call main. */
  isAppUrl(url: string): boolean;
}

/**
 * The built renderer is served from `app://recap-studio/…`, never `file://`:
 * a `file://` page's `'self'` is every local file, its responses never carry
 * the CSP header, and Chromium sends no Referer from it. A standard, secure
 * scheme of our own is an origin like any https site, confined to one folder
 * (see app-protocol.ts).
 */
export const appScheme = 'app';
export const appHost = 'recap-studio';
export const appOrigin = `${appScheme}://${appHost}`;

/**
 * The built renderer on the app's scheme, or the dev server while
 * developing. A URL counts as the app's only after a real parse: prefix
 * checks let `http://localhost:5173.evil.example` or `app://recap-studio.evil/` through.
 */
export function appLocation(options: { devServerUrl?: string | undefined }): AppLocation {
  const { devServerUrl } = options;
  if (devServerUrl) {
    const origin = new URL(devServerUrl).origin;
    return {
      entryUrl: devServerUrl,
      isAppUrl: (url) => parseUrl(url)?.origin === origin,
    };
  }
  return {
    entryUrl: `${appOrigin}/index.html`,
    isAppUrl: (url) => {
      const parsed = parseUrl(url);
      // Not `origin`: Node gives "null" for a scheme it does not know.
      return (
        parsed !== null &&
        parsed.protocol === `${appScheme}:` &&
        parsed.host === appHost &&
        parsed.username === '' &&
        parsed.password === ''
      );
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
