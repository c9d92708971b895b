import { isPossibleYouTubeId, youtubeIdOfShortcode } from '../../youtube';
import { escapeHtml, openTag } from '../html';
import { named } from './arguments';
import type { ShortcodeRenderContext, VideoInfo } from './types';

/**
 * A `youtube` call as a card: the video's thumbnail, its title and duration
 * when known. No player: the preview frame loads one on click from
 * `data-video-id`, where the network allows.
 */
export function renderYouTube(context: ShortcodeRenderContext): string {
  const { call } = context;
  return videoCard({
    id: youtubeIdOfShortcode(call) ?? '',
    title: named(call, 'title'),
    videoInfo: context.videoInfo,
    attributes: {
      'data-shortcode': call.name,
      'data-source-line': context.sourceLine?.toString(),
    },
  });
}

export interface VideoCardInput {
  id: string;
  /** The title written with the video, when the front matter does not give one. */
  title: string | undefined;
  videoInfo?: ((id: string) => VideoInfo | undefined) | undefined;
  /** More attributes of the card's element (what it stands for, its source line). */
  attributes: Record<string, string | undefined>;
}

/** The preview's card of a YouTube video: the shortcode's, and a raw `<iframe>` embed's. */
export function videoCard(input: VideoCardInput): string {
  const { id } = input;
  const valid = isPossibleYouTubeId(id);
  const info = valid ? input.videoInfo?.(id) : undefined;
  const title = info?.title ?? input.title;
  const duration = info?.duration ? formatDuration(info.duration) : undefined;

  let html = openTag('div', {
    class: valid ? 'shortcode-youtube' : 'shortcode-youtube shortcode-invalid',
    ...input.attributes,
    'data-video-id': valid ? id : undefined,
  });
  if (valid) {
    html += openTag('img', {
      class: 'shortcode-youtube-thumbnail',
      src: `https://i.ytimg.com/vi/${id}/hqdefault.jpg`,
      alt: title ? `Thumbnail of ${title}` : `Thumbnail of YouTube video ${id}`,
      loading: 'lazy',
    });
  }
  html += '<span class="shortcode-youtube-caption">';
  if (!valid) {
    html += `<span class="shortcode-label">${escapeHtml(
      id ? `“${id}” is not a YouTube video ID.` : 'This youtube shortcode has no video ID.',
    )}</span>`;
  } else {
    html += `<span class="shortcode-youtube-title">${escapeHtml(title ?? `YouTube video ${id}`)}</span>`;
    if (duration)
      html += ` <span class="shortcode-youtube-duration">${escapeHtml(duration)}</span>`;
  }
  return `${html}</span></div>`;
}

/** `PT1H2M3S` → `1:02:03`, `PT4M5S` → `4:05`; anything else as written. */
export function formatDuration(iso: string): string {
  const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(iso.trim());
  if (!match || iso.trim() === 'P' || iso.trim().endsWith('T')) return iso;
  const [, days = '0', hours = '0', minutes = '0', seconds = '0'] = match;
  const totalHours = Number(days) * 24 + Number(hours);
  const secs = Math.floor(Number(seconds));
  const pad = (n: number): string => String(n).padStart(2, '0');
  return totalHours > 0
    ? `${totalHours}:${pad(Number(minutes))}:${pad(secs)}`
    : `${Number(minutes)}:${pad(secs)}`;
}
