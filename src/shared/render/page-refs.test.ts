import { describe, expect, it } from 'vitest';
import { defaultMarkupSettings } from './markup-settings';
import { refLookup, sitePagesOf } from './page-refs';
import { renderPostBody } from './render-post';

const pages = sitePagesOf(
  [
    { path: 'blog/2021/0617-kubecon/index.md', data: { title: 'KubeCon', date: '2021-06-17' } },
    { path: 'blog/2021/intro.md', data: { title: 'Intro', date: '2021-01-02', slug: 'hello' } },
    { path: 'blog/2022/intro.md', data: { title: 'Intro again', date: '2022-01-02' } },
    { path: 'about.md', data: { title: 'About', url: '/about-us/' } },
  ],
  { blog: '/:year/:month/:day/:slug/' },
);
const site = { pages, baseURL: 'https://linkerd.io/' };

describe('ref and relref', () => {
  it("give the target's URL from the site's permalinks, whole or as a path", () => {
    const lookup = refLookup(site, 'blog/2021/0617-kubecon/index.md');
    expect(lookup('/blog/2021/intro.md', false)).toEqual({
      url: 'https://linkerd.io/2021/01/02/hello/',
    });
    expect(lookup('/blog/2021/intro', true)).toEqual({ url: '/2021/01/02/hello/' });
    // A bundle looks from the folder above its own.
    expect(lookup('intro.md#why', true)).toEqual({ url: '/2021/01/02/hello/#why' });
    expect(lookup('../../2022/intro.md', true)).toEqual({ url: '/2022/01/02/intro-again/' });
    expect(lookup('0617-KubeCon', true)).toEqual({ url: '/2021/06/17/kubecon/' });
    expect(lookup('about', true)).toEqual({ url: '/about-us/' });
    expect(lookup('/blog', true)).toEqual({ url: '/blog/' });
    expect(lookup('#here', false)).toEqual({ url: '#here' });
  });

  it('say why a target is not found: missing, or a name more than one page has', () => {
    const lookup = refLookup(site, 'about.md');
    expect(lookup('intro.md', true)).toEqual({ problem: '"intro.md" names more than one page' });
    expect(lookup('/blog/2021/intro/', true)).toEqual({ problem: 'no page "/blog/2021/intro/"' });
    expect(lookup('./nothing.md', true)).toEqual({ problem: 'no page "./nothing.md"' });
  });

  it('show a missing target as a visible marker, in a link or in the text', () => {
    const html = renderPostBody(
      'See [the post]({{< relref "missing.md" >}}) or {{% ref "gone_away.md" %}}.\n',
      { markup: defaultMarkupSettings, ref: refLookup(site, 'about.md') },
    ).html;
    expect(html).toBe(
      '<p>See [the post](⚠ relref not found: missing.md (no page &quot;missing.md&quot;)) or ' +
        '⚠ ref not found: gone_away.md (no page &quot;gone_away.md&quot;).</p>\n',
    );
  });

  it('keep the base URL path, as Hugo does', () => {
    const lookup = refLookup({ pages, baseURL: 'https://example.org/docs/' }, null);
    expect(lookup('about.md', true)).toEqual({ url: '/docs/about-us/' });
    expect(lookup('about.md', false)).toEqual({ url: 'https://example.org/docs/about-us/' });
  });
});
