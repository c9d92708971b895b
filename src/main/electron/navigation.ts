import { shell, type WebContents } from 'electron';
import { parseUrl } from './app-location';

/** The only schemes handed to the system: a browser or a mail program opens them. */
export const externalSchemes: readonly string[] = ['https:', 'http:', 'mailto:'];

/**
 * The URL to give the system for `raw`, or null when it must not leave the
 * app. A real parse decides, never a prefix: `javascript:`, `file:`, `smb:`
 * (which leaks credentials on Windows) and unparsable text are refused. The
 * parsed form is what goes out, so the system sees exactly what was checked.
 */
export function externalUrl(raw: string): string | null {
  const url = parseUrl(raw);
  if (!url || !externalSchemes.includes(url.protocol)) return null;
  if (url.protocol !== 'mailto:' && url.hostname === '') return null;
  return url.href;
}

/** Opens `raw` in the system's browser or mail program when it is safe to; says whether it did. */
export async function openExternalSafely(raw: string): Promise<boolean> {
  const url = externalUrl(raw);
  if (url === null) return false;
  await shell.openExternal(url);
  return true;
}

/** YouTube's privacy-enhanced player, the only outside page the preview embeds. */
const youtubeEmbed = { origin: 'https://www.youtube-nocookie.com', pathPrefix: '/embed/' };

/**
 * What a frame inside the app page may show besides the app: the preview's
 * own document (`about:srcdoc`, `about:blank`) and YouTube embeds.
 */
export function isAllowedSubframeUrl(raw: string): boolean {
  if (raw === 'about:srcdoc' || raw === 'about:blank') return true;
  const url = parseUrl(raw);
  return (
    url !== null &&
    url.origin === youtubeEmbed.origin &&
    url.pathname.startsWith(youtubeEmbed.pathPrefix)
  );
}

/** How long a key press or click lets a frame open a window, as Chromium's transient activation. */
export const userActivationMs = 5_000;

/** Input that counts as the user acting (moving the pointer or scrolling does not). */
const activatingInput: ReadonlySet<string> = new Set([
  'mouseDown',
  'mouseUp',
  'rawKeyDown',
  'keyDown',
  'gestureTap',
  'touchEnd',
]);

/**
 * Whether the user pressed a key or clicked in `contents` in the last few
 * seconds. Electron's window-open handler is not told whether the frame that
 * asked had a user gesture, so main keeps its own record of one.
 */
export function trackUserActivation(
  contents: Pick<WebContents, 'on'>,
  now: () => number = Date.now,
): () => boolean {
  let last = Number.NEGATIVE_INFINITY;
  contents.on('input-event', (_event, input) => {
    if (activatingInput.has(input.type)) last = now();
  });
  return () => now() - last <= userActivationMs;
}

/**
 * Keeps `contents` on the app's own pages. Electron emits `will-navigate`
 * (main frame) before `will-frame-navigate` (any frame), so a link the user
 * clicks is opened outside once, from the first; the second blocks what
 * reaches it. New windows are always denied; their links go to the browser,
 * and only right after the user clicked or typed: the video player's frame
 * runs YouTube's scripts, which must not open pages on their own.
 */
export function guardNavigation(
  contents: WebContents,
  isAppUrl: (url: string) => boolean,
  now: () => number = Date.now,
): void {
  const userActedRecently = trackUserActivation(contents, now);
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    void openExternalSafely(event.url).catch(() => undefined);
  });
  contents.on('will-frame-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    if (!event.isMainFrame && isAllowedSubframeUrl(event.url)) return;
    event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (event.isMainFrame && !isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (userActedRecently()) void openExternalSafely(url).catch(() => undefined);
    return { action: 'deny' };
  });
}
