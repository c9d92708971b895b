import { describe, expect, it } from 'vitest';
import { conventionExample, conventionOptions } from './convention-text';

const linkerd = {
  embedUrl: 'https://youtu.be/{id}',
  thumbnailUrl: 'http://i3.ytimg.com/vi/{id}/{file}.jpg',
  uploadDate: 'date' as const,
};

describe('the convention choices of the Preferences screen', () => {
  it("shows the site's habit beside Google's, with an example of each", () => {
    const options = conventionOptions({
      root: '/site',
      videoConvention: 'infer',
      effective: 'site',
      siteConvention: linkerd,
      settingsProblem: null,
    });
    expect(options.map((option) => option.choice)).toEqual(['infer', 'site', 'google']);
    expect(options[1]?.example).toEqual({
      embedUrl: 'https://youtu.be/BWL4889RKhU',
      thumbnailUrl: 'http://i3.ytimg.com/vi/BWL4889RKhU/maxresdefault.jpg',
      uploadDate: '2021-05-14',
    });
    expect(options[2]?.example).toEqual({
      embedUrl: 'https://www.youtube.com/embed/BWL4889RKhU',
      thumbnailUrl: 'https://i.ytimg.com/vi/BWL4889RKhU/maxresdefault.jpg',
      uploadDate: '2021-05-14T16:00:05Z',
    });
  });

  it("says a site without entries has no habit yet, and infers Google's until then", () => {
    const options = conventionOptions({
      root: '/site',
      videoConvention: 'infer',
      effective: 'google',
      siteConvention: null,
      settingsProblem: null,
    });
    expect(options[0]?.example).toEqual(conventionExample({ ...linkerd, ...googleForms() }));
    expect(options[1]?.example).toBeNull();
    expect(options[1]?.detail).toContain('no video entries yet');
  });
});

function googleForms() {
  return {
    embedUrl: 'https://www.youtube.com/embed/{id}',
    thumbnailUrl: 'https://i.ytimg.com/vi/{id}/{file}.jpg',
    uploadDate: 'date-time' as const,
  };
}
