import { beforeAll, describe, expect, it, vi } from 'vitest';
import { parsePost } from '../../post';
import type { PostContext } from '../types';
import { loadMarkdownlint, markdownlintRule } from './markdownlint';

const blogConfig = {
  'first-line-h1': { level: 2 },
  'no-trailing-punctuation': { punctuation: '.,;:' },
};
const context = (
  path: string,
  blog: Record<string, unknown> | null,
  fallback: Record<string, unknown> | null,
): PostContext => ({
  path,
  site: { authors: null, shortcodes: new Map(), markdownlint: { blog, default: fallback } },
  bundleFiles: null,
});

describe('markdownlintRule', () => {
  const text = '---\ntitle: x\n---\n\n## Heading:\n\nText\n\n\nMore text\n';

  beforeAll(loadMarkdownlint);

  it("lints with the site's blog config and points at the offending text", () => {
    const doc = parsePost(text);
    const found = markdownlintRule(doc, context('content/blog/2024/x/index.md', blogConfig, null));
    const rules = found.map((d) => d.rule);
    expect(rules).toContain('markdownlint/no-trailing-punctuation');
    expect(rules).toContain('markdownlint/no-multiple-blanks');
    const punctuation = found.find((d) => d.rule === 'markdownlint/no-trailing-punctuation');
    expect(text.slice(punctuation?.from, punctuation?.to)).toBe(':');
    expect(punctuation?.severity).toBe('warning');
    expect(punctuation?.message).toMatch(/Trailing punctuation in heading.*\[MD026\]/);
  });

  it('uses .markdownlint.yaml outside content/blog and nothing when the site has no config', () => {
    const doc = parsePost(text);
    const relaxed = {
      default: true,
      'no-multiple-blanks': false,
      'no-trailing-punctuation': false,
    };
    expect(
      markdownlintRule(doc, context('content/docs/x.md', blogConfig, relaxed)).map((d) => d.rule),
    ).not.toContain('markdownlint/no-multiple-blanks');
    expect(markdownlintRule(doc, context('content/blog/x.md', null, null))).toEqual([]);
  });

  it('asks for markdownlint to be loaded first, and needs nothing loaded for a site without config', async () => {
    vi.resetModules();
    const fresh = await import('./markdownlint');
    const doc = parsePost(text);
    expect(() =>
      fresh.markdownlintRule(doc, context('content/blog/x/index.md', blogConfig, null)),
    ).toThrow(/markdownlint is not loaded yet: await prepareValidation\(\) first/);
    expect(fresh.markdownlintRule(doc, context('content/blog/x/index.md', null, null))).toEqual([]);
    await fresh.loadMarkdownlint();
    expect(
      fresh.markdownlintRule(doc, context('content/blog/x/index.md', blogConfig, null)).length,
    ).toBeGreaterThan(0);
  });
});
