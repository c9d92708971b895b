import { describe, expect, it } from 'vitest';
import { externalUrl, linkAction } from './frame-links';

describe('externalUrl', () => {
  it.each([
    ['https://linkerd.io/docs', 'https://linkerd.io/docs'],
    ['  http://example.com  ', 'http://example.com/'],
    ['HTTPS://EXAMPLE.COM/A', 'https://example.com/A'],
    ['mailto:hello@example.com', 'mailto:hello@example.com'],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    ['file:///etc/passwd', null],
    ['smb://server/share', null],
    ['data:text/html,x', null],
    ['vbscript:x', null],
    ['/blog/other/', null],
    ['../other/', null],
    ['//evil.example/x', null],
    ['https://', null],
  ])('%s → %s', (href, expected) => {
    expect(externalUrl(href)).toBe(expected);
  });
});

describe('linkAction', () => {
  it('scrolls for fragments, opens the web, does nothing otherwise', () => {
    expect(linkAction('#fn:1')).toEqual({ kind: 'fragment', id: 'fn:1' });
    expect(linkAction('#caf%C3%A9')).toEqual({ kind: 'fragment', id: 'café' });
    expect(linkAction('#')).toEqual({ kind: 'none' });
    expect(linkAction('https://x.example')).toEqual({
      kind: 'external',
      url: 'https://x.example/',
    });
    expect(linkAction('../post/')).toEqual({ kind: 'none' });
    expect(linkAction(null)).toEqual({ kind: 'none' });
  });
});
