import { describe, expect, it } from 'vitest';
import { assetUrl } from '../../../shared/ipc/asset-url';
import { webAssetUrl } from '../../../shared/ipc/web-asset-url';
import { defaultAssetUrlOf, siteFileOf } from './asset-urls';

const post = 'content/blog/2024/0101-hello/index.md';

describe('siteFileOf', () => {
  it.each([
    ['cover.png', 'content/blog/2024/0101-hello/cover.png'],
    ['./img/a b.png', 'content/blog/2024/0101-hello/img/a b.png'],
    ['img/a%20b.png?x=1#y', 'content/blog/2024/0101-hello/img/a b.png'],
    ['../0102-other/x.jpg', 'content/blog/2024/0102-other/x.jpg'],
    ['/images/logo.svg', 'static/images/logo.svg'],
    ['https://example.com/x.png', null],
    ['//example.com/x.png', null],
    ['data:image/png;base64,AAAA', null],
    ['#top', null],
    ['../../../../../etc/passwd', null],
    ['a\\..\\..\\x', null],
    ['%E0%A4%A', null],
    ['', null],
  ])('%s → %s', (reference, expected) => {
    expect(siteFileOf(post, reference)).toBe(expected);
  });
});

describe('defaultAssetUrlOf', () => {
  it('uses the desktop scheme with the preload and the web route without', () => {
    expect(defaultAssetUrlOf({ studio: {} })('content/a b.png')).toBe(assetUrl('content/a b.png'));
    expect(defaultAssetUrlOf({})('content/a b.png')).toBe('/asset/content/a%20b.png');
    expect(webAssetUrl('content//x/y #1.png')).toBe('/asset/content/x/y%20%231.png');
  });
});
