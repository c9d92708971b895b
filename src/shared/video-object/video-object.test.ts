import { describe, expect, it } from 'vitest';
import { parsePost } from '../post';
import { adviseOnVideoObject } from './google-advice';
import { videoObjectsOf, type VideoObject } from './video-object';

const permalink = 'https://linkerd.io/blog/2021/0617-x/';

function objectsOf(frontMatter: string): VideoObject[] {
  return videoObjectsOf(parsePost(`---\n${frontMatter}---\n`).data, permalink);
}

const complete = {
  '@context': 'https://schema.org',
  '@type': 'VideoObject',
  name: 'Why the future of the cloud will be built on Rust',
  description: 'A talk.',
  thumbnailUrl: 'https://i.ytimg.com/vi/BWL4889RKhU/maxresdefault.jpg',
  uploadDate: '2021-05-14T09:00:00Z',
  duration: 'PT31M26S',
  embedUrl: 'https://www.youtube.com/embed/BWL4889RKhU',
  contentUrl: permalink,
} satisfies VideoObject;

describe('videoObjectsOf', () => {
  it('maps each entry in order, title to name, the permalink to contentUrl', () => {
    const objects = objectsOf(
      'params:\n  videoSchema:\n    - title: One\n      duration: PT1M\n    - title: Two\n',
    );
    expect(objects.map((o) => [o.name, o.duration, o.contentUrl])).toEqual([
      ['One', 'PT1M', permalink],
      ['Two', null, permalink],
    ]);
  });

  it("reads the older shape's top-level videoSchema, and nothing from a post without videos", () => {
    expect(objectsOf('videoSchema:\n  - title: Old\n').map((o) => o.name)).toEqual(['Old']);
    expect(objectsOf('title: No videos\n')).toEqual([]);
    expect(videoObjectsOf(null, permalink)).toEqual([]);
  });

  it('keeps a non-mapping entry as an object of nulls, as the template does', () => {
    expect(objectsOf('params:\n  videoSchema:\n    - just text\n')[0]?.name).toBeNull();
  });
});

describe('adviseOnVideoObject', () => {
  it('has nothing to say about an entry that follows Google in full', () => {
    expect(adviseOnVideoObject(complete)).toEqual([]);
  });

  it('names each missing required and recommended property', () => {
    const bare: VideoObject = {
      ...complete,
      name: null,
      thumbnailUrl: ' ',
      uploadDate: null,
      description: null,
      duration: null,
      embedUrl: null,
    };
    expect(adviseOnVideoObject(bare).map((a) => `${a.level} ${a.property}`)).toEqual([
      'required name',
      'required thumbnailUrl',
      'required uploadDate',
      'recommended description',
      'recommended duration',
      'recommended embedUrl',
    ]);
  });

  it("explains where linkerd.io's convention differs from Google's advice", () => {
    const siteStyle: VideoObject = {
      ...complete,
      thumbnailUrl: 'http://i3.ytimg.com/vi/BWL4889RKhU/maxresdefault.jpg',
      uploadDate: '2021-05-14',
      embedUrl: 'https://youtu.be/BWL4889RKhU',
    };
    const advice = adviseOnVideoObject(siteStyle);
    expect(advice.map((a) => `${a.level} ${a.property}`)).toEqual([
      'convention uploadDate',
      'convention thumbnailUrl',
      'convention embedUrl',
    ]);
    expect(advice[0]?.message).toMatch(/time zone.*2021-05-14T00:00:00Z/);
  });

  it('flags values Google cannot read', () => {
    const advice = adviseOnVideoObject({
      ...complete,
      name: 42,
      uploadDate: 'May 14',
      duration: '31:26',
    });
    expect(advice.map((a) => `${a.level} ${a.property}`)).toEqual([
      'required name',
      'required uploadDate',
      'recommended duration',
    ]);
    expect(adviseOnVideoObject({ ...complete, duration: 'P0D' })[0]?.message).toMatch(/zero/);
  });
});
