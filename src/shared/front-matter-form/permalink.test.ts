import { describe, expect, it } from 'vitest';
import { postUrlPath, urlize } from './permalink';

const linkerd = { page: { blog: '/:year/:month/:day/:slug/' } };

describe('postUrlPath', () => {
  it('follows the site pattern with the slug and the date', () => {
    expect(
      postUrlPath(linkerd, 'blog/2019/0329-icymi/index.md', {
        slug: 'icymi-march-2019-san-francisco-linkerd-meetup',
        date: 'Fri, 29 Mar 2019 12:00:00 +0000',
      }),
    ).toBe('/2019/03/29/icymi-march-2019-san-francisco-linkerd-meetup/');
  });

  it('makes the slug from the title when there is none, as Hugo does', () => {
    expect(
      postUrlPath(linkerd, 'blog/2021/0617-x/index.md', {
        title: 'Linkerd at KubeCon EU!',
        date: '2021-06-17T00:00:00Z',
      }),
    ).toBe('/2021/06/17/linkerd-at-kubecon-eu/');
  });

  it('cannot know a dated URL without a date; a url key wins', () => {
    expect(postUrlPath(linkerd, 'blog/x/index.md', { title: 'T' })).toBeNull();
    expect(postUrlPath(linkerd, 'blog/x/index.md', { url: '/custom/' })).toBe('/custom/');
  });

  it('uses the folders without a pattern, and the older config form', () => {
    expect(postUrlPath(undefined, 'blog/2021/0617-x/index.md', {})).toBe('/blog/2021/0617-x/');
    expect(postUrlPath({ blog: '/:section/:slug/' }, 'blog/a.md', { slug: 'Hi There' })).toBe(
      '/blog/hi-there/',
    );
  });

  it('urlizes like Hugo for ordinary titles', () => {
    expect(urlize('ICYMI: March 2019 San Francisco')).toBe('icymi-march-2019-san-francisco');
  });

  it("urlizes odd titles as Hugo 0.111 does (its `:title` URLs, rendered with Debian's hugo)", () => {
    const hugo: [string, string][] = [
      ['Q&A: Linkerd & You', 'qa-linkerd-you'],
      ['Tom & Jerry’s “quotes”', 'tom-jerrys-quotes'],
      ["What's new?", 'whats-new'],
      ['Linkerd 2.14: mesh/expansion', 'linkerd-2.14-mesh/expansion'],
      ['50% off #1', '50-off-#1'],
      ['x@y (z) [w] {v}', 'x@y-z-w-v'],
      ['semi;colon,comma', 'semicoloncomma'],
      ['a_b.c~d', 'a_b.c~d'],
      ['Café crème', 'café-crème'],
      ['x -- y', 'x--y'],
      ['--lead', '--lead'],
      ['a - b', 'a-b'],
      ['a- b', 'a-b'],
      ['a &b', 'a-b'],
      ['a&b', 'ab'],
      ['a @ b', 'a-@-b'],
      ['a # b', 'a-#-b'],
      ['a ~ b', 'a-~-b'],
      ['A  +  B = C', 'a--b-c'],
      ['C++ & Go', 'c-go'],
      ['a ++ b', 'a--b'],
      ['a%zz', 'azz'],
      [' lead', 'lead'],
      ['trail ', 'trail'],
      ['tab\there', 'tab-here'],
    ];
    expect(hugo.map(([title]) => [title, urlize(title)])).toEqual(hugo);
  });
});
