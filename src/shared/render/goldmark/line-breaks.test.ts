import { describe, expect, it } from 'vitest';
import { defaultMarkupSettings, type MarkupSettings } from '../markup-settings';
import { renderPostBody } from '../render-post';

function html(markdown: string, settings: Partial<MarkupSettings> = {}): string {
  return renderPostBody(markdown, { markup: { ...defaultMarkupSettings, ...settings } }).html;
}

describe('line breaks (Goldmark)', () => {
  it('makes two trailing spaces or a backslash a hard break and drops trailing tabs', () => {
    expect(html('one  \ntwo\\\nthree\t\nfour')).toBe('<p>one<br>\ntwo<br>\nthree\nfour</p>\n');
  });

  it('makes every line break hard with hardWraps', () => {
    expect(html('one\ntwo', { hardWraps: true })).toBe('<p>one<br>\ntwo</p>\n');
  });
});
