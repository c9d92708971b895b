import { describe, expect, it } from 'vitest';
import { parsePost } from '../../post';
import type { PostContext } from '../types';
import { rewriteMarkerRule } from './rewrite-markers';

const context: PostContext = {
  path: 'content/blog/2024/0101-x/index.md',
  site: {
    authors: null,
    shortcodes: new Map(),
    markdownlint: { blog: null, default: null },
  },
  bundleFiles: null,
};

function findings(text: string) {
  return rewriteMarkerRule(parsePost(text), context).map((d) => [
    d.severity,
    d.rule,
    text.slice(d.from, d.to),
  ]);
}

describe('draft/rewrite-marker', () => {
  it('reports each marker as a warning, at the marker', () => {
    const text =
      '---\ntitle: x\n---\n<!-- rewrite -->\nIntro.\n\n## Talk\n\n<!--REWRITE: from YouTube-->\nText.\n';
    expect(findings(text)).toEqual([
      ['warning', 'draft/rewrite-marker', '<!-- rewrite -->'],
      ['warning', 'draft/rewrite-marker', '<!--REWRITE: from YouTube-->'],
    ]);
  });

  it('ignores markers shown as code, other comments, and the front matter', () => {
    const text =
      '---\ntitle: "<!-- rewrite -->"\n---\n```html\n<!-- rewrite -->\n```\n\nUse `<!-- rewrite -->` to mark text. <!-- rewritten -->\n';
    expect(findings(text)).toEqual([]);
  });
});
