/** Schemes a link in the preview may hand to the system (browser or mail program). */
const externalSchemes = new Set(['https:', 'http:', 'mailto:']);

/**
 * The URL to open outside the app for a link's `href`, or null. A real URL
 * parse decides, never a prefix test: only absolute `http(s)` URLs with a
 * host and `mailto:` pass; `javascript:`, `file:`, `data:`, relative links
 * (other pages of the site) and anything unparsable do not. The parsed form
 * is returned, so what is opened is exactly what was checked.
 */
export function externalUrl(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href.trim());
  } catch {
    return null;
  }
  if (!externalSchemes.has(url.protocol)) return null;
  if (url.protocol !== 'mailto:' && url.hostname === '') return null;
  return url.href;
}

/** What a click on a link in the preview does. */
export type LinkAction =
  { kind: 'external'; url: string } | { kind: 'fragment'; id: string } | { kind: 'none' };

/** The action for a link's `href`: another place on the page, the system browser, or nothing. */
export function linkAction(href: string | null): LinkAction {
  if (href === null) return { kind: 'none' };
  if (href.startsWith('#')) {
    let id: string;
    try {
      id = decodeURIComponent(href.slice(1));
    } catch {
      id = href.slice(1);
    }
    return id === '' ? { kind: 'none' } : { kind: 'fragment', id };
  }
  const url = externalUrl(href);
  return url === null ? { kind: 'none' } : { kind: 'external', url };
}

/** Opens a URL that passed `externalUrl` in the system browser. */
export function openInSystemBrowser(url: string): void {
  // The desktop app denies every new window and hands its URL to the system
  // browser after the same scheme check; in web mode this is a new tab.
  window.open(url, '_blank', 'noopener,noreferrer');
}

export interface LinkHandlers {
  openExternal(url: string): void;
  /** Scrolls the preview to the element with this id (as the post wrote it). */
  showFragment(id: string): void;
  /** A video card was chosen (clicked, or Enter/Space on it). */
  playVideo(card: Element, videoId: string): void;
}

const videoIdPattern = /^[A-Za-z0-9_-]{11}$/;

/**
 * Handles clicks inside the preview frame from the parent page (the frame
 * runs no script of its own): no link ever navigates the frame; links to
 * the web open in the system browser after the scheme check, links to a
 * place on the page scroll there, other links do nothing. Video cards load
 * their player. Returns the function that stops listening.
 */
export function interceptLinks(doc: Document, handlers: LinkHandlers): () => void {
  const onClick = (event: MouseEvent): void => {
    const target = event.target as Element | null;
    if (!target || typeof target.closest !== 'function') return;
    const link = target.closest('a[href], area[href]');
    if (link) {
      event.preventDefault();
      // Middle and other buttons open links too; only the main one and the middle one count.
      if (event.button !== 0 && event.button !== 1) return;
      const action = linkAction(link.getAttribute('href'));
      if (action.kind === 'external') handlers.openExternal(action.url);
      else if (action.kind === 'fragment') handlers.showFragment(action.id);
      return;
    }
    const card = target.closest('.shortcode-youtube[data-video-id]');
    const videoId = card?.getAttribute('data-video-id') ?? '';
    if (card && event.button === 0 && videoIdPattern.test(videoId)) {
      event.preventDefault();
      handlers.playVideo(card, videoId);
    }
  };
  const onKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const target = event.target as Element | null;
    const videoId = target?.getAttribute?.('data-video-id') ?? '';
    if (target?.matches?.('.shortcode-youtube[data-video-id]') && videoIdPattern.test(videoId)) {
      event.preventDefault();
      handlers.playVideo(target, videoId);
    }
  };
  // Forms cannot exist in the preview (the sanitizer removes them); this is the second lock.
  const onSubmit = (event: Event): void => event.preventDefault();
  doc.addEventListener('click', onClick, true);
  doc.addEventListener('auxclick', onClick, true);
  doc.addEventListener('keydown', onKey, true);
  doc.addEventListener('submit', onSubmit, true);
  return () => {
    doc.removeEventListener('click', onClick, true);
    doc.removeEventListener('auxclick', onClick, true);
    doc.removeEventListener('keydown', onKey, true);
    doc.removeEventListener('submit', onSubmit, true);
  };
}
