import { describe, expect, it } from 'vitest';
import { anchorName, HeadingIdFactory } from './heading-ids';

describe('anchorName (Hugo autoid.go)', () => {
  it('github: keeps letters, digits and _, lowercased; space and - become -', () => {
    // Both measured with Hugo 0.111.3 (../shared/reference/hugo-rendering.md).
    expect(anchorName('[Link](http://x.com) and *em*', 'github')).toBe('linkhttpxcom-and-em');
    expect(anchorName('a -- b', 'github')).toBe('a----b');
    expect(anchorName('  Ünïcode 2.0 &amp; `code`  ', 'github')).toBe('ünïcode-20-amp-code');
    expect(anchorName('_under_score_', 'github')).toBe('_under_score_');
  });

  it('github-ascii: accents dropped, other non-ASCII letters removed', () => {
    expect(anchorName('Ünïcödé 日本 Test', 'github-ascii')).toBe('unicode--test');
  });

  it('blackfriday: runs of anything else become one dash between words', () => {
    expect(anchorName('Hello, World -- again!', 'blackfriday')).toBe('hello-world-again');
  });
});

describe('HeadingIdFactory', () => {
  it('suffixes repeats -1, -2 and skips ids already taken', () => {
    const ids = new HeadingIdFactory('github');
    expect(['Dup', 'Dup', 'Dup'].map((text) => ids.generate(text))).toEqual([
      'dup',
      'dup-1',
      'dup-2',
    ]);
    ids.reserve('same-1');
    expect(ids.generate('Same')).toBe('same');
    expect(ids.generate('Same')).toBe('same-2');
    expect(ids.generate('Same-1')).toBe('same-1-1');
  });

  it('names an empty heading "heading"', () => {
    const ids = new HeadingIdFactory('github');
    expect(ids.generate('')).toBe('heading');
    expect(ids.generate('!!!')).toBe('heading-1');
  });
});
