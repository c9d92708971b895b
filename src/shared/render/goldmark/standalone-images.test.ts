import { describe, expect, it } from 'vitest';
import { defaultMarkupSettings, type MarkupSettings } from '../markup-settings';
import { renderPostBody } from '../render-post';

function html(markdown: string, settings: Partial<MarkupSettings> = {}): string {
  return renderPostBody(markdown, { markup: { ...defaultMarkupSettings, ...settings } }).html;
}

describe('standalone images', () => {
  it('stay in a paragraph by default', () => {
    expect(html('![alt](img.png)')).toBe('<p><img src="img.png" alt="alt"></p>\n');
  });

  it('lose the paragraph when wrapStandAloneImageWithinParagraph is off, taking its attributes', () => {
    const linkerd = { wrapStandAloneImageWithinParagraph: false, attributeBlock: true };
    expect(html('![alt](img.png)\n\n![a](b.png) text', linkerd)).toBe(
      '<img src="img.png" alt="alt"><p><img src="b.png" alt="a"> text</p>\n',
    );
    expect(html('![alt](img.png)\n{.wide}', linkerd)).toBe(
      '<img src="img.png" alt="alt" class="wide">',
    );
    expect(html('[![alt](img.png)](http://x.com)', linkerd)).toBe(
      '<p><a href="http://x.com"><img src="img.png" alt="alt"></a></p>\n',
    );
  });
});
