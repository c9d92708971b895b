import { describe, expect, it } from 'vitest';
import { siteFactOf } from './site-facts-watcher';

describe('siteFactOf', () => {
  it("takes the site's .recap-studio.yaml for its settings (rules, video convention)", () => {
    expect(siteFactOf('.recap-studio.yaml')).toBe('settings');
    expect(siteFactOf('content/.recap-studio.yaml')).toBeNull();
    expect(siteFactOf('data/authors.yaml')).toBe('authors');
    expect(siteFactOf('.markdownlint.blog.yaml')).toBe('markdownlint');
  });
});
