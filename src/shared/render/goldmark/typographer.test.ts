import { describe, expect, it } from 'vitest';
import { defaultMarkupSettings, type MarkupSettings } from '../markup-settings';
import { renderPostBody } from '../render-post';

function html(markdown: string, settings: Partial<MarkupSettings> = {}): string {
  return renderPostBody(markdown, { markup: { ...defaultMarkupSettings, ...settings } }).html;
}

// Expected outputs measured with Hugo 0.111.3.
describe('typographer (Goldmark)', () => {
  it("writes Hugo's entities and leaves (c), (tm), +- and typed curly quotes alone", () => {
    expect(html('It\'s "quoted" -- and --- dashes... <<angle>> \'90s (c) (tm) +- “curly”')).toBe(
      '<p>It&rsquo;s &ldquo;quoted&rdquo; &ndash; and &mdash; dashes&hellip; &laquo;angle&raquo; &rsquo;90s (c) (tm) +- “curly”</p>\n',
    );
  });

  it('handles English contractions and nesting', () => {
    expect(html("She said, \"Don't.\" He replied, 'I'll go.'")).toBe(
      '<p>She said, &ldquo;Don&rsquo;t.&rdquo; He replied, &lsquo;I&rsquo;ll go.&rsquo;</p>\n',
    );
    expect(html("Rock 'n' roll, 'twas, the boss' office.")).toBe(
      '<p>Rock &rsquo;n&rsquo; roll, &rsquo;twas, the boss&rsquo; office.</p>\n',
    );
  });

  it('closes a quote between punctuation, as in **"Title."**', () => {
    expect(html('**"Building Your Testing Architecture."**')).toBe(
      '<p><strong>&ldquo;Building Your Testing Architecture.&rdquo;</strong></p>\n',
    );
  });

  it('counts open quotes over the whole page, as Hugo 0.111 does', () => {
    // No quote is open in the last paragraph, but one was left open before it.
    expect(html('Unclosed "quote here\n\nClosing only" here.')).toBe(
      '<p>Unclosed &ldquo;quote here</p>\n<p>Closing only&rdquo; here.</p>\n',
    );
    expect(html('Closing only" here.')).toBe('<p>Closing only&quot; here.</p>\n');
  });

  it('never touches code, link targets or raw HTML', () => {
    expect(html('`"code" -- x` [a "b"](http://x.com/a--b "t \'q\'") <span title="a--b">')).toBe(
      '<p><code>&quot;code&quot; -- x</code> <a href="http://x.com/a--b" title="t \'q\'">a &ldquo;b&rdquo;</a> <!-- raw HTML omitted --></p>\n',
    );
  });

  it('uses custom entities and can be turned off', () => {
    expect(html('"x"', { typographer: null })).toBe('<p>&quot;x&quot;</p>\n');
    const guillemets = {
      ...defaultMarkupSettings.typographer!,
      leftDoubleQuote: '&laquo;',
      rightDoubleQuote: '&raquo;',
    };
    expect(html('"x"', { typographer: guillemets })).toBe('<p>&laquo;x&raquo;</p>\n');
  });
});
