import { describe, expect, it } from 'vitest';
import { parsePost } from '../../post';
import type { PostContext } from '../types';
import { bundleFileOf, bundleFileRule } from './bundle-files';

const context: PostContext = {
  path: 'content/blog/2024/0101-post/index.md',
  site: { authors: null, shortcodes: new Map(), markdownlint: { blog: null, default: null } },
  bundleFiles: new Set(['index.md', 'cover.png', 'img/diagram.svg', 'my image.png']),
};

describe('bundleFileRule', () => {
  it('warns about images and links to files missing from the bundle, at the target', () => {
    const text = [
      '---',
      'title: x',
      'params:',
      '  cover: cover.png',
      '  thumbnail: thumb.png',
      'images: [social.jpg]',
      '---',
      '![ok](cover.png) ![ok](./img/diagram.svg "t") ![ok](my%20image.png)',
      '![missing](gone.png) [a file](slides.pdf)',
      '<img src="nope.jpg" alt="">',
      '[page](../other-post/) [site](/2023/x/cover.jpg) [web](https://x.com/a.png) [anchor](#top)',
      '```',
      '![in code](example.png)',
      '```',
      'Inline `![code](example2.png)` too.',
    ].join('\n');
    const doc = parsePost(text);
    const found = bundleFileRule(doc, context)
      .sort((a, b) => a.from - b.from)
      .map((d) => [d.rule, text.slice(d.from, d.to), d.severity]);
    expect(found).toEqual(
      [
        ['bundle/missing-file', 'thumb.png', 'warning'],
        ['bundle/missing-file', 'social.jpg', 'warning'],
        ['bundle/missing-file', 'gone.png', 'warning'],
        ['bundle/missing-file', 'slides.pdf', 'warning'],
        ['bundle/missing-file', 'nope.jpg', 'warning'],
      ].sort((a, b) => text.indexOf(a[1] ?? '') - text.indexOf(b[1] ?? '')),
    );
  });

  it('skips posts that are not page bundles', () => {
    const doc = parsePost('---\ntitle: x\n---\n![missing](gone.png)\n');
    expect(bundleFileRule(doc, { ...context, bundleFiles: null })).toEqual([]);
  });

  it('tells bundle files from URLs, site paths and page links', () => {
    expect(bundleFileOf('a/b.png?x=1#y')).toBe('a/b.png');
    expect(bundleFileOf('./a.png')).toBe('a.png');
    expect(bundleFileOf('mailto:x@y.z')).toBeNull();
    expect(bundleFileOf('/abs.png')).toBeNull();
    expect(bundleFileOf('../up.png')).toBeNull();
    expect(bundleFileOf('other/')).toBeNull();
    expect(bundleFileOf('post.md')).toBeNull();
  });
});
