import { describe, expect, it } from 'vitest';
import { defaultMarkupSettings, type MarkupSettings } from '../markup-settings';
import { renderPostBody } from '../render-post';

function html(markdown: string, settings: Partial<MarkupSettings> = {}): string {
  return renderPostBody(markdown, { markup: { ...defaultMarkupSettings, ...settings } }).html;
}

describe('footnotes (Goldmark markup)', () => {
  it('numbers by first reference, repeats get fnrefN, one backlink per reference', () => {
    // Measured with Hugo 0.111.3.
    expect(html('Ref[^1] again[^1] other[^n].\n\n[^1]: Text of note.\n[^n]: Another')).toBe(
      '<p>Ref<sup id="fnref:1"><a href="#fn:1" class="footnote-ref" role="doc-noteref">1</a></sup>' +
        ' again<sup id="fnref1:1"><a href="#fn:1" class="footnote-ref" role="doc-noteref">1</a></sup>' +
        ' other<sup id="fnref:2"><a href="#fn:2" class="footnote-ref" role="doc-noteref">2</a></sup>.</p>\n' +
        '<div class="footnotes" role="doc-endnotes">\n<hr>\n<ol>\n' +
        '<li id="fn:1">\n<p>Text of note.&#160;<a href="#fnref:1" class="footnote-backref" role="doc-backlink">&#x21a9;&#xfe0e;</a>' +
        '&#160;<a href="#fnref1:1" class="footnote-backref" role="doc-backlink">&#x21a9;&#xfe0e;</a></p>\n</li>\n' +
        '<li id="fn:2">\n<p>Another&#160;<a href="#fnref:2" class="footnote-backref" role="doc-backlink">&#x21a9;&#xfe0e;</a></p>\n</li>\n' +
        '</ol>\n</div>\n',
    );
  });

  it('has no inline footnotes and leaves unknown references as text', () => {
    expect(html('a^[inline] b[^missing]')).toBe('<p>a^[inline] b[^missing]</p>\n');
  });

  it('is plain text when turned off', () => {
    expect(html('a[^1]\n\n[^1]: n', { footnote: false })).toBe('<p>a<a href="n">^1</a></p>\n');
  });
});
