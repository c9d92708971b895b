import { describe, expect, it } from 'vitest';
import { defaultMarkupSettings, type MarkupSettings } from '../markup-settings';
import { renderPostBody } from '../render-post';

function html(markdown: string, settings: Partial<MarkupSettings> = {}): string {
  return renderPostBody(markdown, { markup: { ...defaultMarkupSettings, ...settings } }).html;
}

describe('task lists (Goldmark)', () => {
  it('turns [ ] and [x] at the start of any list item into disabled checkboxes', () => {
    // Measured with Hugo 0.111.3.
    expect(html('- [x] done\n- [ ] todo\n- [X]nospace\n1. [x] ordered')).toBe(
      '<ul>\n<li><input checked="" disabled="" type="checkbox"> done</li>\n' +
        '<li><input disabled="" type="checkbox"> todo</li>\n' +
        '<li><input checked="" disabled="" type="checkbox"> nospace</li>\n</ul>\n' +
        '<ol>\n<li><input checked="" disabled="" type="checkbox"> ordered</li>\n</ol>\n',
    );
  });

  it('leaves brackets elsewhere and when turned off', () => {
    expect(html('[x] not a list')).toBe('<p>[x] not a list</p>\n');
    expect(html('- a [x] b')).toBe('<ul>\n<li>a [x] b</li>\n</ul>\n');
    expect(html('- [x] done', { taskList: false })).toBe('<ul>\n<li>[x] done</li>\n</ul>\n');
  });

  it('writes XHTML checkboxes when xhtml is on', () => {
    expect(html('- [ ] a', { xhtml: true })).toBe(
      '<ul>\n<li><input disabled="" type="checkbox" /> a</li>\n</ul>\n',
    );
  });
});
