import { describe, expect, it } from 'vitest';
import { videoInfoFromFrontMatter } from './video-info';

describe('videoInfoFromFrontMatter', () => {
  it('maps the videoSchema entries by YouTube ID, from embedUrl or thumbnailUrl', () => {
    const info = videoInfoFromFrontMatter({
      params: {
        videoSchema: [
          { title: ' Talk one ', embedUrl: 'https://youtu.be/BWL4889RKhU', duration: 'PT31M26S' },
          {
            title: 'Talk two',
            thumbnailUrl: 'http://i3.ytimg.com/vi/8oOiqbxGu0U/maxresdefault.jpg',
          },
          { title: 'No video' },
        ],
      },
    });
    expect(info('BWL4889RKhU')).toEqual({ title: 'Talk one', duration: 'PT31M26S' });
    expect(info('8oOiqbxGu0U')).toEqual({ title: 'Talk two', duration: undefined });
    expect(info('dDW1OoTaMdU')).toBeUndefined();
  });

  it('reads the legacy top-level videoSchema and survives missing front matter', () => {
    const legacy = videoInfoFromFrontMatter({
      videoSchema: [{ title: 'Old', embedUrl: 'https://www.youtube.com/embed/dDW1OoTaMdU' }],
    });
    expect(legacy('dDW1OoTaMdU')?.title).toBe('Old');
    expect(videoInfoFromFrontMatter(null)('dDW1OoTaMdU')).toBeUndefined();
  });
});
