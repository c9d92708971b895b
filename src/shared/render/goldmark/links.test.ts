import { describe, expect, it } from 'vitest';
import { defaultMarkupSettings, type MarkupSettings } from '../markup-settings';
import { renderPostBody } from '../render-post';

function html(markdown: string, settings: Partial<MarkupSettings> = {}): string {
  return renderPostBody(markdown, { markup: { ...defaultMarkupSettings, ...settings } }).html;
}

import { isDangerousUrl } from './links';

describe('links and images (Goldmark)', () => {
  it('empties dangerous destinations unless unsafe, as Goldmark does', () => {
    expect(
      html('[js](javascript:alert(1)) ![i](data:image/png;base64,AA) [d](data:text/html,x)'),
    ).toBe(
      '<p><a href="">js</a> <img src="data:image/png;base64,AA" alt="i"> <a href="">d</a></p>\n',
    );
    expect(html('[js](javascript:alert(1))', { unsafe: true })).toBe(
      '<p><a href="javascript:alert(1)">js</a></p>\n',
    );
    expect(isDangerousUrl('VBScript:x')).toBe(false);
    expect(isDangerousUrl('vbscript:x')).toBe(true);
  });

  it('writes the alt text from the source: entities stay as typed, typography as entities', () => {
    // Measured with Hugo 0.111.3.
    expect(html('![alt *em* `code` &amp; &copy;](img2.png)')).toBe(
      '<p><img src="img2.png" alt="alt em code &amp;amp; &amp;copy;"></p>\n',
    );
    expect(html("![It's -- yes](a.png)")).toBe(
      '<p><img src="a.png" alt="It&amp;rsquo;s &amp;ndash; yes"></p>\n',
    );
  });

  it('joins the lines of an alt text with nothing between them', () => {
    // Measured with Hugo 0.111.3 (test/fixtures/hugo-cases image-alt-lines.md).
    expect(html('![A long\ndescription](x.jpg)')).toBe(
      '<p><img src="x.jpg" alt="A longdescription"></p>\n',
    );
    expect(html('![Hard  \nbreak\\\nhere](x.jpg)')).toBe(
      '<p><img src="x.jpg" alt="Hardbreakhere"></p>\n',
    );
  });

  it('percent-encodes URLs without punycode', () => {
    expect(html('[u](http://exämple.com/ü path)')).toBe('<p>[u](http://exämple.com/ü path)</p>\n');
    expect(html('[u](<http://exämple.com/ü path>)')).toBe(
      '<p><a href="http://ex%C3%A4mple.com/%C3%BC%20path">u</a></p>\n',
    );
  });
});
