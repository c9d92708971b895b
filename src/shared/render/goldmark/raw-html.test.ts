import { describe, expect, it } from 'vitest';
import { defaultMarkupSettings, type MarkupSettings } from '../markup-settings';
import { renderPostBody } from '../render-post';

function html(markdown: string, settings: Partial<MarkupSettings> = {}): string {
  return renderPostBody(markdown, { markup: { ...defaultMarkupSettings, ...settings } }).html;
}

describe('raw HTML (Goldmark unsafe)', () => {
  it('is omitted by default, block and inline', () => {
    expect(html('<div class="raw">raw</div>\n\ninline <span>html</span> here')).toBe(
      '<!-- raw HTML omitted -->\n<p>inline <!-- raw HTML omitted -->html<!-- raw HTML omitted --> here</p>\n',
    );
  });

  it('passes through with unsafe', () => {
    expect(html('<div class="raw">raw</div>\n\ninline <span>html</span>', { unsafe: true })).toBe(
      '<div class="raw">raw</div>\n<p>inline <span>html</span></p>\n',
    );
  });
});
