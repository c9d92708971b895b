import { describe, expect, it } from 'vitest';
import { defaultMarkupSettings, type MarkupSettings } from '../markup-settings';
import { renderPostBody } from '../render-post';

function html(markdown: string, settings: Partial<MarkupSettings> = {}): string {
  return renderPostBody(markdown, { markup: { ...defaultMarkupSettings, ...settings } }).html;
}

const linkerd = { attributeBlock: true };

// Expected outputs measured with Hugo 0.111.3 and linkerd.io's settings.
describe('block attributes (Hugo, attribute.block)', () => {
  it('applies a {…} line to the block just before it; the rest of that line is dropped', () => {
    expect(html('para one\n{.a} trailing text', linkerd)).toBe('<p class="a">para one</p>\n');
    expect(html('para six\n{#x .y .z}\n{.w}', linkerd)).toBe(
      '<p id="x" class="y z">para six</p>\n',
    );
  });

  it('applies to lists, tables and paragraphs in quotes; not after a blank line or a code fence', () => {
    expect(html('- item\n{.c}', linkerd)).toBe('<ul class="c">\n<li>item</li>\n</ul>\n');
    expect(html('| a |\n|---|\n| b |\n{.j}', linkerd)).toMatch(/^<table class="j">/);
    expect(html('> quote\n> {.h}', linkerd)).toBe(
      '<blockquote>\n<p class="h">quote</p>\n</blockquote>\n',
    );
    expect(html('para two\n\n{.b}', linkerd)).toBe('<p>para two</p>\n');
    expect(html('```\ncode\n```\n{.i}', linkerd)).toBe('<pre><code>code\n</code></pre>\n');
  });

  it('keeps an id the block already has and renders only allowed attributes', () => {
    expect(html('## Heading\n{.e #hid}', linkerd)).toBe(
      '<h2 id="heading" class="e">Heading</h2>\n',
    );
    expect(html('para\n{data-x="1" onclick="evil()" title=hello num=5}', linkerd)).toBe(
      '<p data-x="1" title="hello">para</p>\n',
    );
  });

  it('is plain text when attribute.block is off', () => {
    expect(html('para\n{.x}')).toBe('<p>para\n{.x}</p>\n');
  });
});
