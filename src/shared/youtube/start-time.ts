/**
 * Start times in pasted YouTube links (`&t=42s`, `?t=1m2s`, `#t=90`,
 * `start=62`) and whether the site's `youtube` shortcode can keep one.
 *
 * Hugo 0.111, the version this app renders like, has a built-in `youtube`
 * shortcode that reads `id`, `class`, `autoplay` and `title` only (its
 * template, `tpl/tplimpl/embedded/templates/shortcodes/youtube.html`, builds
 * the iframe's `src` from the ID and `autoplay` alone); `start` came with
 * later Hugo releases. So a start time is kept only when the site overrides
 * the shortcode with a template of its own that reads `.Get "start"`.
 * linkerd.io has no such template: its older posts' `t="10"` shows no
 * effect in the built page.
 */
import { parseYouTubeId } from './video-id';

/** What the editor knows of a site's own `youtube` template; null when the site has none. */
export interface YouTubeTemplate {
  /** Named parameters the template reads with `.Get "name"`. */
  parameters: readonly string[];
}

/** The parameter a start time goes in, or null when the shortcode has none. */
export function startParameterOf(template: YouTubeTemplate | null): 'start' | null {
  return template?.parameters.includes('start') ? 'start' : null;
}

const timeShape = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s?)?$/;

/** `42`, `42s`, `1m2s`, `1h2m3s` → seconds; null for anything else or zero. */
export function parseStartTime(value: string): number | null {
  const match = timeShape.exec(value.trim());
  if (!match || value.trim() === '') return null;
  const [, hours, minutes, seconds] = match;
  const total = Number(hours ?? 0) * 3600 + Number(minutes ?? 0) * 60 + Number(seconds ?? 0);
  return total > 0 ? total : null;
}

/** The start time a link to a video carries, in seconds; null when it has none. */
export function startSecondsOf(link: string): number | null {
  let url: URL;
  try {
    url = new URL(
      /^[a-z][a-z0-9+.-]*:/i.test(link.trim()) ? link.trim() : `https://${link.trim()}`,
    );
  } catch {
    return null;
  }
  // `youtu.be/ID&t=30` is a common slip for `youtu.be/ID?t=30`.
  const slip = /&(?:t|start)=([^&#/]+)/.exec(url.pathname)?.[1];
  const fragment = /(?:^#|[&#])t=([^&]+)/.exec(url.hash)?.[1];
  const value =
    url.searchParams.get('t') ??
    url.searchParams.get('start') ??
    url.searchParams.get('time_continue') ??
    slip ??
    fragment;
  return value === undefined || value === null ? null : parseStartTime(value);
}

/** `1:02`, `1:02:03`: a time as people read it. */
export function clockTime(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

export interface YouTubeEmbed {
  id: string;
  shortcode: string;
  /** The start time the shortcode keeps, in seconds. */
  start: number | null;
  /** Why the link's start time is not in the shortcode, in words; null when nothing was dropped. */
  dropped: string | null;
}

/**
 * The `youtube` shortcode for a pasted link to a video, keeping its start
 * time where the site's shortcode reads `start` (then with named
 * parameters: Hugo refuses a call that mixes named and positional ones),
 * and otherwise saying plainly that it was dropped. Null for anything that
 * is not one link to one video.
 */
export function youtubeEmbedFor(
  text: string,
  template: YouTubeTemplate | null,
): YouTubeEmbed | null {
  const link = text.trim();
  if (!/youtu/i.test(link) || /\s/.test(link)) return null;
  const reference = parseYouTubeId(link);
  if (reference.kind !== 'video') return null;
  const { id } = reference;
  const start = startSecondsOf(link);
  if (start === null)
    return { id, shortcode: `{{< youtube "${id}" >}}`, start: null, dropped: null };
  if (startParameterOf(template) === 'start') {
    return {
      id,
      shortcode: `{{< youtube id="${id}" start="${start}" >}}`,
      start,
      dropped: null,
    };
  }
  return {
    id,
    shortcode: `{{< youtube "${id}" >}}`,
    start: null,
    dropped: `The start time (${clockTime(start)}) was dropped: this site's youtube shortcode (Hugo 0.111's own) has no start parameter, so the video starts at the beginning.`,
  };
}
