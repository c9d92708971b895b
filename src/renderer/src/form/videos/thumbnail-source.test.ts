import { describe, expect, it } from 'vitest';
import { thumbnailSource } from './thumbnail-source';

describe('thumbnailSource', () => {
  it('shows YouTube thumbnails from the one host the page may load, small', () => {
    for (const url of [
      'http://i3.ytimg.com/vi/BWL4889RKhU/maxresdefault.jpg',
      'https://i.ytimg.com/vi/BWL4889RKhU/hqdefault.jpg',
      'https://img.youtube.com/vi/BWL4889RKhU/0.jpg',
      'https://i.ytimg.com/vi_webp/BWL4889RKhU/sddefault.webp',
    ]) {
      expect(thumbnailSource(url), url).toBe('https://i.ytimg.com/vi/BWL4889RKhU/mqdefault.jpg');
    }
  });

  it('has no picture for other images or text that is not a URL', () => {
    expect(thumbnailSource('https://example.com/vi/BWL4889RKhU/x.jpg')).toBeNull();
    expect(thumbnailSource('not a url')).toBeNull();
    expect(thumbnailSource('')).toBeNull();
    expect(thumbnailSource(undefined)).toBeNull();
  });
});
