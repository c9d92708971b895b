import { useState } from 'react';
import { thumbnailSource } from './thumbnail-source';

/**
 * The entry's thumbnail, or a neutral placeholder: while it loads, offline,
 * or when the URL is not a YouTube thumbnail. A failed load never shows the
 * browser's broken-image sign; the image is decorative (the title says what
 * the video is), so it has no alt text to show either.
 */
export function VideoThumbnail({ url }: { url: string | undefined }) {
  const source = thumbnailSource(url);
  const [state, setState] = useState<{ source: string | null; shown: boolean }>({
    source: null,
    shown: false,
  });
  const loaded = state.source === source && state.shown;
  return (
    <span className="video-thumbnail" aria-hidden="true">
      {source ? (
        <img
          key={source}
          src={source}
          alt=""
          referrerPolicy="no-referrer"
          hidden={!loaded}
          onLoad={() => setState({ source, shown: true })}
          onError={() => setState({ source, shown: false })}
        />
      ) : null}
      {loaded ? null : <span className="video-thumbnail-placeholder">▶</span>}
    </span>
  );
}
