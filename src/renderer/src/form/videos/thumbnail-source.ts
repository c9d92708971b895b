import { isPossibleYouTubeId } from '../../../../shared/youtube';

/**
 * The image a row shows for an entry's `thumbnailUrl`. The page may load
 * images from `https://i.ytimg.com` only (its Content-Security-Policy), so a
 * YouTube thumbnail on another host or over http (`http://i3.ytimg.com/…`,
 * `img.youtube.com`) is shown from there at the small size every video has;
 * anything else has no picture, and the row shows its placeholder.
 */
export function thumbnailSource(thumbnailUrl: string | undefined): string | null {
  if (!thumbnailUrl) return null;
  let url: URL;
  try {
    url = new URL(thumbnailUrl.trim());
  } catch {
    return null;
  }
  const youtubeHost = /(^|\.)ytimg\.com$|^img\.youtube\.com$/i.test(url.hostname);
  const id = /^\/vi(?:_webp)?\/([0-9A-Za-z_-]{11})\//.exec(url.pathname)?.[1];
  if (!youtubeHost || !id || !isPossibleYouTubeId(id)) return null;
  return `https://i.ytimg.com/vi/${id}/mqdefault.jpg`;
}
