import { describe, expect, it } from 'vitest';
import { googleConvention, type VideoConvention } from './convention';
import {
  bestThumbnail,
  buildVideoEntry,
  firstParagraph,
  knownDuration,
  missingFieldsHint,
  type VideoFacts,
} from './video-entry';

const linkerd: VideoConvention = {
  embedUrl: 'https://youtu.be/{id}',
  thumbnailUrl: 'http://i3.ytimg.com/vi/{id}/{file}.jpg',
  uploadDate: 'date',
};

const talk: VideoFacts = {
  id: 'BWL4889RKhU',
  title: 'Why the future of the cloud will be built on Rust',
  description:
    'In his Cloud Native Rust Day talk, Oliver Gould notes that system programming differs from app programming.\n\nSlides: https://example.com/slides\n#rust #linkerd',
  publishedAt: '2021-05-14T16:00:05Z',
  duration: 'PT24M57S',
  thumbnails: ['default', 'mqdefault', 'hqdefault', 'sddefault', 'maxresdefault'],
};

describe('firstParagraph', () => {
  it.each([
    ['the first paragraph only', 'One.\nStill one.\n\nTwo.', 'One. Still one.'],
    ['Windows line ends', 'One.\r\n\r\nTwo.', 'One.'],
    ['links inside the text', 'Watch https://youtu.be/x and www.linkerd.io now.', 'Watch and now.'],
    [
      'hashtags, but not C# or issue numbers',
      'Talk on C# and #1 tips #kubecon #CNCF',
      'Talk on C# and #1 tips',
    ],
    [
      'a paragraph that is only links and labels',
      'Slides: https://example.com\nRepo → https://github.com/x\n\nThe real abstract.',
      'The real abstract.',
    ],
    ['labels whose link is gone', 'A talk.\nSlides:\nhttps://example.com', 'A talk.'],
    ['an empty pair of brackets left by a link', 'A demo (https://example.com).', 'A demo.'],
    ['a description of links only', 'https://a.example\n\n#tag', ''],
    ['an empty description', '', ''],
  ])('keeps %s', (_name, description, expected) => {
    expect(firstParagraph(description)).toBe(expected);
  });
});

describe('knownDuration', () => {
  it.each([
    ['PT31M26S', 'PT31M26S'],
    ['PT1H', 'PT1H'],
    ['PT45S', 'PT45S'],
    ['P1DT2H3M4S', 'P1DT2H3M4S'],
    // Live and upcoming videos: no length yet.
    ['P0D', null],
    ['PT0S', null],
    [null, null],
    ['', null],
    ['31:26', null],
  ])('%j is %j', (duration, expected) => {
    expect(knownDuration(duration)).toBe(expected);
  });
});

describe('bestThumbnail', () => {
  it('takes the largest size listed, and hqdefault when none is known', () => {
    expect(bestThumbnail(['default', 'hqdefault', 'maxresdefault'])).toBe('maxresdefault');
    expect(bestThumbnail(['default', 'mqdefault', 'hqdefault', 'sddefault'])).toBe('sddefault');
    expect(bestThumbnail(['default'])).toBe('default');
    expect(bestThumbnail([])).toBe('hqdefault');
    expect(bestThumbnail(null)).toBe('hqdefault');
  });
});

describe('buildVideoEntry', () => {
  it("writes linkerd.io's forms, fields in the site's order", () => {
    const built = buildVideoEntry(talk, linkerd);
    expect(built.entry).toEqual({
      title: 'Why the future of the cloud will be built on Rust',
      description:
        'In his Cloud Native Rust Day talk, Oliver Gould notes that system programming differs from app programming.',
      embedUrl: 'https://youtu.be/BWL4889RKhU',
      thumbnailUrl: 'http://i3.ytimg.com/vi/BWL4889RKhU/maxresdefault.jpg',
      uploadDate: '2021-05-14',
      duration: 'PT24M57S',
    });
    expect(Object.keys(built.entry)).toEqual([
      'title',
      'description',
      'embedUrl',
      'thumbnailUrl',
      'uploadDate',
      'duration',
    ]);
    expect(built.fullDescription).toBe(talk.description);
    expect(built.missing).toEqual([]);
  });

  it("writes Google's forms", () => {
    expect(buildVideoEntry(talk, googleConvention).entry).toMatchObject({
      embedUrl: 'https://www.youtube.com/embed/BWL4889RKhU',
      thumbnailUrl: 'https://i.ytimg.com/vi/BWL4889RKhU/maxresdefault.jpg',
      uploadDate: '2021-05-14T16:00:05Z',
    });
  });

  it('leaves out and flags what a live video and an oEmbed answer do not give', () => {
    const live = buildVideoEntry({ ...talk, duration: 'P0D' }, linkerd);
    expect(live.entry.duration).toBeUndefined();
    expect(live.missing).toEqual(['duration']);
    expect(missingFieldsHint(live.missing, true)).toContain('live or upcoming');

    const oembed = buildVideoEntry(
      { ...talk, description: null, publishedAt: null, duration: null, thumbnails: ['hqdefault'] },
      linkerd,
    );
    expect(oembed.entry).toEqual({
      title: talk.title,
      embedUrl: 'https://youtu.be/BWL4889RKhU',
      thumbnailUrl: 'http://i3.ytimg.com/vi/BWL4889RKhU/hqdefault.jpg',
    });
    expect(oembed.missing).toEqual(['description', 'uploadDate', 'duration']);
    expect(missingFieldsHint(oembed.missing, false)).toContain('Add a key in Preferences');
    expect(missingFieldsHint([], false)).toBeNull();
  });

  it('keeps a title with markup as text: it is data, never HTML', () => {
    const title = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    expect(buildVideoEntry({ ...talk, title }, linkerd).entry.title).toBe(title);
  });
});
