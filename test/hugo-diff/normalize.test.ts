import { describe, expect, it } from 'vitest';
import { normalizeHtml } from './normalize';

describe('normalizeHtml', () => {
  it('sorts attributes, decodes entities and drops white space and comments between blocks', () => {
    expect(
      normalizeHtml('<p class="a" id="x">It&rsquo;s &amp;</p>\n<!-- raw HTML omitted -->\n\n<hr>'),
    ).toBe(normalizeHtml('<p id="x" class="a">It’s &#38;</p><hr>'));
    expect(normalizeHtml('<p>a</p>\n<p>b</p>')).toBe('<p>a</p>\n<p>b</p>');
  });

  it("replaces a shortcode element's whole subtree by the marker", () => {
    expect(
      normalizeHtml(
        '<div class="shortcode-youtube" data-shortcode="youtube" data-video-id="x"><img src="t.jpg"><span>Title</span></div>',
      ),
    ).toBe('<div data-shortcode="youtube"></div>');
  });

  it('compares code blocks by language and text only', () => {
    expect(normalizeHtml('<pre><code class="language-go">a &lt; b\n</code></pre>')).toBe(
      '<pre language="go">a &lt; b\n</pre>',
    );
  });

  it('takes off what the preview adds: source lines and the user-content- prefix', () => {
    expect(normalizeHtml('<h2 data-source-line="4" id="user-content-intro">Intro</h2>')).toBe(
      normalizeHtml('<h2 id="intro">Intro</h2>'),
    );
  });

  it('still tells apart text, attribute values, elements and white space inside text', () => {
    const base = normalizeHtml('<p>para <em>x</em> text</p>');
    expect(normalizeHtml('<p>para <em>y</em> text</p>')).not.toBe(base);
    expect(normalizeHtml('<p>para <strong>x</strong> text</p>')).not.toBe(base);
    expect(normalizeHtml('<p>para <em>x</em>\ntext</p>')).not.toBe(base);
    expect(normalizeHtml('<p class="b">para <em>x</em> text</p>')).not.toBe(base);
    expect(normalizeHtml('<pre><code class="language-js">x</code></pre>')).not.toBe(
      normalizeHtml('<pre><code class="language-ts">x</code></pre>'),
    );
  });

  it('parses like a browser: a <div> inside <p> closes the paragraph on both sides', () => {
    expect(normalizeHtml('<p>para <div data-shortcode="x"><b>card</b></div>\n text</p>')).toBe(
      normalizeHtml('<p>para <div data-shortcode="x"></div>\n text</p>'),
    );
  });
});
