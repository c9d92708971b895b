import { describe, expect, it } from 'vitest';
import { scanHtmlStructure } from './html-structure';

describe('scanHtmlStructure', () => {
  it('tells balanced fragments from ones left open or mismatched', () => {
    expect(
      scanHtmlStructure('<p>a <em>b</em><br><img src="x>y"></p>\n<!-- <div> -->').balanced,
    ).toBe(true);
    expect(scanHtmlStructure('<div class="box">\n<p>a</p>\n').balanced).toBe(false);
    expect(scanHtmlStructure('<b><p>x</b></p>').balanced).toBe(false);
    expect(scanHtmlStructure('<script>if (a < b) "</div>"</script><p>ok</p>').balanced).toBe(true);
    expect(scanHtmlStructure('<!-- never closed').balanced).toBe(false);
    // A stray end tag parses the same alone as after balanced parts.
    expect(scanHtmlStructure('</div><p>x</p>').balanced).toBe(true);
    expect(scanHtmlStructure('a < b and <3').balanced).toBe(true);
  });

  it('reads the ids of the Markdown headings outside shortcodes', () => {
    const html =
      '<h2 id="one" data-source-line="1">One</h2>\n<h2 id="raw">Raw</h2>\n' +
      '<aside data-shortcode="note"><h3 id="inner" data-source-line="4">In</h3></aside>\n<h3 id="two" data-source-line="6">Two</h3>';
    const { headingIds } = scanHtmlStructure(html);
    expect(headingIds.map((heading) => heading.id)).toEqual(['one', 'two']);
    for (const heading of headingIds) expect(html.slice(heading.from, heading.to)).toBe(heading.id);
  });
});
