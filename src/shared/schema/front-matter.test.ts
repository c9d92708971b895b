import { describe, expect, it } from 'vitest';
import { postFrontMatterSchema } from './front-matter';

describe('postFrontMatterSchema', () => {
  it('keeps unknown keys at every level', () => {
    const data = {
      title: 't',
      toc: true,
      params: { author: 'jason', sponsor: 'acme', videoSchema: [{ title: 'v', speaker: 's' }] },
    };
    expect(postFrontMatterSchema.parse(data)).toEqual(data);
  });

  it('accepts both eras and empty values', () => {
    expect(
      postFrontMatterSchema.safeParse({
        slug: 'icymi',
        title: 'ICYMI',
        author: 'kiersten',
        date: 'Fri, 29 Mar 2019 12:00:00 +0000',
        featured: false,
      }).success,
    ).toBe(true);
    expect(
      postFrontMatterSchema.safeParse({ title: null, description: null, params: null }).success,
    ).toBe(true);
    expect(
      postFrontMatterSchema.safeParse({ params: { author: { name: 'Guest', avatar: 'g.jpg' } } })
        .success,
    ).toBe(true);
  });

  it('rejects values of the wrong kind', () => {
    expect(postFrontMatterSchema.safeParse({ title: ['a'] }).success).toBe(false);
    expect(postFrontMatterSchema.safeParse({ keywords: 'community' }).success).toBe(false);
    expect(postFrontMatterSchema.safeParse({ params: 'x' }).success).toBe(false);
    expect(
      postFrontMatterSchema.safeParse({ params: { videoSchema: { title: 'x' } } }).success,
    ).toBe(false);
    expect(postFrontMatterSchema.safeParse({ params: { showCover: 'sometimes' } }).success).toBe(
      false,
    );
  });
});
