import { parseYouTubeId } from '../youtube';
import { escapeHtml, openTag } from './html';
import { videoCard } from './shortcodes/youtube';
import type { VideoInfo } from './shortcodes';

/** What the preview needs to stand a card in for an embed. */
export interface EmbedContext {
  videoInfo?: ((id: string) => VideoInfo | undefined) | undefined;
  /** 1-based file line of the raw HTML, when source lines are wanted. */
  sourceLine?: number | undefined;
}

const iframeOpen = /<iframe\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
const iframeClose = /<\/iframe\s*>/gi;
const attribute =
  /\s([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/**
 * Raw HTML with each `<iframe>` replaced by what the preview shows for it: a
 * YouTube embed (`youtube.com/embed/ID`, `youtube-nocookie.com/embed/ID`)
 * as the video card the `youtube` shortcode gets, which plays on a click;
 * any other frame as a labelled placeholder naming its source. The preview
 * never loads a third-party page by itself. An iframe's fallback content
 * (between its tags) is dropped: browsers do not show it either.
 */
export function replaceIframes(html: string, context: EmbedContext): string {
  if (!/<\/?iframe\b/i.test(html)) return html;
  let result = '';
  let at = 0;
  let inside = false;
  const tags = [...html.matchAll(iframeOpen), ...html.matchAll(iframeClose)].sort(
    (a, b) => a.index - b.index,
  );
  for (const tag of tags) {
    const isOpen = tag[0][1] !== '/';
    if (!inside) result += html.slice(at, tag.index);
    if (isOpen) {
      result += embedCard(attributesOf(tag[0]), context);
      inside = true;
    } else {
      inside = false;
    }
    at = tag.index + tag[0].length;
  }
  return inside ? result : result + html.slice(at);
}

function embedCard(attributes: Map<string, string>, context: EmbedContext): string {
  const src = attributes.get('src') ?? '';
  const sourceLine = context.sourceLine?.toString();
  const video = youtubeEmbedId(src);
  if (video !== null) {
    return videoCard({
      id: video,
      title: undefined,
      videoInfo: context.videoInfo,
      attributes: { 'data-embed-src': src, 'data-source-line': sourceLine },
    });
  }
  const host = hostOf(src);
  const label = host ? `Embedded page from ${host}, shown on the site only` : 'Embedded frame';
  return (
    openTag('div', {
      class: 'embed-placeholder',
      'data-embed-src': src,
      'data-source-line': sourceLine,
    }) +
    `<span class="shortcode-label">${escapeHtml(label)}</span> ` +
    `<code>${escapeHtml(src || '(no source)')}</code>` +
    '</div>'
  );
}

/** The video ID of a YouTube player URL, or null for any other address. */
function youtubeEmbedId(src: string): string | null {
  const absolute = src.startsWith('//') ? `https:${src}` : src;
  let url: URL;
  try {
    url = new URL(absolute);
  } catch {
    return null;
  }
  if (!/(^|\.)youtube(-nocookie)?\.com$/i.test(url.hostname)) return null;
  if (!url.pathname.startsWith('/embed/')) return null;
  const reference = parseYouTubeId(absolute);
  return reference.kind === 'video' ? reference.id : null;
}

function hostOf(src: string): string | null {
  try {
    return new URL(src.startsWith('//') ? `https:${src}` : src).host || null;
  } catch {
    return null;
  }
}

function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  const inner = tag.slice('<iframe'.length, -1);
  for (const match of inner.matchAll(attribute)) {
    const name = match[1]!.toLowerCase();
    if (!attributes.has(name)) {
      attributes.set(name, decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
    }
  }
  return attributes;
}

function decodeEntities(text: string): string {
  return text.replace(/&(amp|quot|#39|lt|gt);/g, (_, name: string) =>
    name === 'amp' ? '&' : name === 'quot' ? '"' : name === '#39' ? "'" : name === 'lt' ? '<' : '>',
  );
}
