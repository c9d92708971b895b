import { describe, expect, it } from 'vitest';
import { defaultMarkupSettings, type MarkupSettings } from '../markup-settings';
import { renderPostBody } from '../render-post';

function html(markdown: string, settings: Partial<MarkupSettings> = {}): string {
  return renderPostBody(markdown, { markup: { ...defaultMarkupSettings, ...settings } }).html;
}

describe('headings (Goldmark ids and attributes)', () => {
  it('gives GitHub-style ids from the raw heading text, repeats suffixed', () => {
    expect(html('## Dup\n## Dup\n## [Link](http://x.com) and *em* a -- b')).toBe(
      '<h2 id="dup">Dup</h2>\n<h2 id="dup-1">Dup</h2>\n' +
        '<h2 id="linkhttpxcom-and-em-a----b"><a href="http://x.com">Link</a> and <em>em</em> a &ndash; b</h2>\n',
    );
  });

  it('reads a trailing {#id .class}, also after closing hashes, and ignores one mid-line', () => {
    expect(html('# Title {#custom .cls}')).toBe('<h1 id="custom" class="cls">Title</h1>\n');
    expect(html('### Heading3 ### {#h3}')).toBe('<h3 id="h3">Heading3</h3>\n');
    expect(html('## Heading2 {.f}')).toBe('<h2 class="f" id="heading2">Heading2</h2>\n');
    expect(html('## Heading4 {#h4} more')).toBe(
      '<h2 id="heading4-h4-more">Heading4 {#h4} more</h2>\n',
    );
    expect(html('## Esc \\{#notid}')).toBe('<h2 id="esc-notid">Esc {#notid}</h2>\n');
  });

  it('takes the id of a setext heading from its last line', () => {
    expect(html('First line\nsecond line\n---')).toBe(
      '<h2 id="second-line">First line\nsecond line</h2>\n',
    );
  });

  it('puts the shortcode placeholder in the id, as Hugo does', () => {
    expect(html('## Head {{< x a >}} here')).toMatch(
      /^<h2 id="head-hahahugoshortcodes0hbhb-here">/,
    );
  });

  it('follows autoHeadingID, the id type and attribute.title', () => {
    expect(html('## Dup', { autoHeadingID: false })).toBe('<h2>Dup</h2>\n');
    expect(html('## Café Olé', { autoHeadingIDType: 'github-ascii' })).toBe(
      '<h2 id="cafe-ole">Café Olé</h2>\n',
    );
    expect(html('## Title {.x}', { attributeTitle: false })).toBe(
      '<h2 id="title-x">Title {.x}</h2>\n',
    );
  });
});
