import { describe, expect, it } from 'vitest';
import { defaultMarkupSettings, type MarkupSettings } from '../markup-settings';
import { renderPostBody } from '../render-post';

function html(markdown: string, settings: Partial<MarkupSettings> = {}): string {
  return renderPostBody(markdown, { markup: { ...defaultMarkupSettings, ...settings } }).html;
}

describe('linkify (Goldmark)', () => {
  it('links www. with the configured protocol, and http(s), ftp and e-mail addresses', () => {
    expect(html('www.example.com http://foo.com/bar. foo@bar.com')).toBe(
      '<p><a href="https://www.example.com">www.example.com</a> <a href="http://foo.com/bar">http://foo.com/bar</a>. <a href="mailto:foo@bar.com">foo@bar.com</a></p>\n',
    );
    expect(html('www.example.com', { linkifyProtocol: 'http' })).toBe(
      '<p><a href="http://www.example.com">www.example.com</a></p>\n',
    );
  });

  it('balances parentheses and leaves trailing punctuation out', () => {
    // Measured with Hugo 0.111.3: an unbalanced `)` at the end is left out, but
    // not when more punctuation follows it inside the match (`d),`).
    expect(html('(https://example.com/c) https://example.com/a_(b) https://x.com/d) end')).toBe(
      '<p>(<a href="https://example.com/c">https://example.com/c</a>) <a href="https://example.com/a_(b)">https://example.com/a_(b)</a> <a href="https://x.com/d">https://x.com/d</a>) end</p>\n',
    );
    expect(html('https://x.com/d), end')).toBe(
      '<p><a href="https://x.com/d)">https://x.com/d)</a>, end</p>\n',
    );
  });

  it('links right after emphasis or strikethrough delimiters, not after other text', () => {
    expect(html('*https://a.com/x* ~~www.b.com~~ see:http://c.com')).toBe(
      '<p><em><a href="https://a.com/x">https://a.com/x</a></em> <del><a href="https://www.b.com">www.b.com</a></del> see:http://c.com</p>\n',
    );
  });

  it('does not link bare domains, inside link text, or when turned off', () => {
    expect(html('example.com')).toBe('<p>example.com</p>\n');
    expect(html('[www.a.com](http://b.com)')).toBe('<p><a href="http://b.com">www.a.com</a></p>\n');
    expect(html('www.a.com', { linkify: false })).toBe('<p>www.a.com</p>\n');
  });
});
