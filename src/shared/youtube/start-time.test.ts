import { describe, expect, it } from 'vitest';
import {
  clockTime,
  parseStartTime,
  startParameterOf,
  startSecondsOf,
  youtubeEmbedFor,
} from './start-time';

describe('start times in links', () => {
  it('reads t= and start= in every form YouTube writes', () => {
    expect(startSecondsOf('https://www.youtube.com/watch?v=BWL4889RKhU&t=42s')).toBe(42);
    expect(startSecondsOf('https://youtu.be/BWL4889RKhU?t=1m2s')).toBe(62);
    expect(startSecondsOf('https://youtu.be/BWL4889RKhU?t=62')).toBe(62);
    expect(startSecondsOf('https://youtu.be/BWL4889RKhU?t=1h0m5s')).toBe(3605);
    expect(startSecondsOf('https://www.youtube.com/embed/BWL4889RKhU?start=90')).toBe(90);
    expect(startSecondsOf('https://www.youtube.com/watch?v=BWL4889RKhU#t=2m')).toBe(120);
    expect(startSecondsOf('youtu.be/BWL4889RKhU&t=30')).toBe(30);
  });

  it('finds none where there is none, or where it makes no sense', () => {
    expect(startSecondsOf('https://youtu.be/BWL4889RKhU')).toBeNull();
    expect(startSecondsOf('https://youtu.be/BWL4889RKhU?t=0')).toBeNull();
    expect(startSecondsOf('https://youtu.be/BWL4889RKhU?t=soon')).toBeNull();
    expect(parseStartTime('')).toBeNull();
    expect(parseStartTime('5m')).toBe(300);
  });

  it('says a time as people read it', () => {
    expect(clockTime(42)).toBe('0:42');
    expect(clockTime(62)).toBe('1:02');
    expect(clockTime(3605)).toBe('1:00:05');
  });
});

describe('keeping or dropping the start time', () => {
  const link = 'https://www.youtube.com/watch?v=BWL4889RKhU&t=42s';

  it("drops it under Hugo 0.111's built-in shortcode (no start parameter), and says so", () => {
    // linkerd.io has no youtube template of its own: the built-in one renders its posts.
    expect(startParameterOf(null)).toBeNull();
    const embed = youtubeEmbedFor(link, null);
    expect(embed).toMatchObject({
      id: 'BWL4889RKhU',
      shortcode: '{{< youtube "BWL4889RKhU" >}}',
      start: null,
    });
    expect(embed?.dropped).toBe(
      "The start time (0:42) was dropped: this site's youtube shortcode (Hugo 0.111's own) has no start parameter, so the video starts at the beginning.",
    );
  });

  it("drops it under a site template that does not read start (linkerd.io's old t= did nothing)", () => {
    expect(youtubeEmbedFor(link, { parameters: ['id', 't', 'class'] })?.dropped).toContain(
      'was dropped',
    );
  });

  it('keeps it, with named parameters only, where the site’s own template reads start', () => {
    const embed = youtubeEmbedFor('https://youtu.be/BWL4889RKhU?t=1m2s', {
      parameters: ['id', 'start', 'title'],
    });
    expect(embed).toEqual({
      id: 'BWL4889RKhU',
      shortcode: '{{< youtube id="BWL4889RKhU" start="62" >}}',
      start: 62,
      dropped: null,
    });
  });

  it('writes the plain shortcode for a link without a time, and nothing for other text', () => {
    expect(youtubeEmbedFor('https://youtu.be/BWL4889RKhU', null)).toEqual({
      id: 'BWL4889RKhU',
      shortcode: '{{< youtube "BWL4889RKhU" >}}',
      start: null,
      dropped: null,
    });
    expect(youtubeEmbedFor('BWL4889RKhU', null)).toBeNull();
    expect(
      youtubeEmbedFor(
        'https://www.youtube.com/playlist?list=PLj6h78yzYM2Ni0u6Z2OeZpyS-yQFgwhh0',
        null,
      ),
    ).toBeNull();
  });
});
