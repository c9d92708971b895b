import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { sanitizePreviewHtml } from './sanitize';

const purify = createDOMPurify(
  new JSDOM('').window as unknown as Parameters<typeof createDOMPurify>[0],
);
const clean = (html: string, extraUriSchemes?: string[]) =>
  sanitizePreviewHtml(html, purify, { extraUriSchemes });

describe('sanitizePreviewHtml', () => {
  it('keeps what the renderer writes: cards, callouts, footnotes, tables, task lists', () => {
    const rendered =
      '<div class="shortcode-youtube" data-shortcode="youtube" data-video-id="dDW1OoTaMdU" data-source-line="3">' +
      '<img src="https://i.ytimg.com/vi/dDW1OoTaMdU/hqdefault.jpg" alt="x" loading="lazy"></div>' +
      '<aside class="shortcode-callout" data-shortcode="note" role="note"><p>n</p></aside>' +
      '<sup id="fnref:1"><a href="#fn:1" class="footnote-ref" role="doc-noteref">1</a></sup>' +
      '<table><tbody><tr><td style="text-align:center">c</td></tr></tbody></table>' +
      '<ul><li><input checked="" disabled="" type="checkbox"> done</li></ul>';
    expect(clean(rendered)).toBe(rendered.replace('id="fnref:1"', 'id="user-content-fnref:1"'));
  });

  it('keeps style attributes and elements as written when nothing in them loads or runs', () => {
    expect(clean('<style>.note { color: #336 }</style><p style="float:left;">x</p>')).toBe(
      '<style>.note { color: #336 }</style><p style="float:left;">x</p>',
    );
    expect(clean('<table><tr><th style="text-align:right">h</th></tr></table>')).toContain(
      '<th style="text-align:right">h</th>',
    );
  });

  it('strips from styles what could load or run something: url(, expression(, @import, behavior', () => {
    expect(
      clean(
        '<p style="background:url(https://t.example/p.png); color: red">a</p>' +
          '<p style="width: expression(alert(1))">b</p>' +
          '<p style="behavior: url(x.htc)">c</p>' +
          '<p style="background: u\\72l(https://t.example/p.png)">d</p>' +
          '<p style="background-image: image-set(\'x.png\' 1x)">e</p>',
      ),
    ).toBe('<p style="color: red">a</p><p>b</p><p>c</p><p>d</p><p>e</p>');
    const sheet = clean(
      '<style>@import "https://t.example/x.css";\n' +
        '.a { color: red; background: url(https://t.example/p.png) }\n' +
        '.b { background: ur/**/l(x.png); -moz-binding: x }\n' +
        '.c { width: expression(alert(1)); behavior: url(x.htc) }</style>',
    );
    expect(sheet).not.toMatch(/url|@import|expression|behavior|binding/i);
    expect(sheet).toContain('.a { color: red;');
  });

  it('moves style attributes to the attribute the preview frame asks for', () => {
    expect(
      sanitizePreviewHtml('<p style="color: red; background: url(x)">x</p>', purify, {
        styleAttribute: 'data-preview-style',
      }),
    ).toBe('<p data-preview-style="color: red">x</p>');
  });

  it('turns every input into a disabled checkbox and drops forms and their controls', () => {
    expect(clean('<input type="text" name="q" value="x" onfocus="alert(1)" autofocus>')).toBe(
      '<input disabled="" type="checkbox">',
    );
    // Their text stays, as text.
    expect(
      clean(
        '<form action="https://evil.example"><button formaction="x">b</button><textarea>t</textarea></form>',
      ),
    ).toBe('bt');
  });

  it('prefixes ids and names against DOM clobbering', () => {
    expect(clean('<h2 id="location">x</h2><a name="cookie">y</a>')).toBe(
      '<h2 id="user-content-location">x</h2><a name="user-content-cookie">y</a>',
    );
  });

  it('keeps http(s), ftp, mailto and relative URLs, and extra schemes only when asked', () => {
    expect(
      clean(
        '<a href="https://x.com">a</a><a href="mailto:a@b.c">b</a><a href="#fn:1">c</a><img src="img.png">',
      ),
    ).toBe(
      '<a href="https://x.com">a</a><a href="mailto:a@b.c">b</a><a href="#fn:1">c</a><img src="img.png">',
    );
    expect(clean('<img src="recap-asset://post/img.png">')).toBe('<img>');
    expect(clean('<img src="recap-asset://post/img.png">', ['recap-asset'])).toBe(
      '<img src="recap-asset://post/img.png">',
    );
  });

  it('leaves the DOMPurify instance without its hooks afterwards', () => {
    clean('<p style="text-align:left">x</p>');
    expect(purify.sanitize('<input type="text">')).toBe('<input type="text">');
    expect(purify.sanitize('<p style="background:url(x)">x</p>')).toContain('url(x)');
  });
});
