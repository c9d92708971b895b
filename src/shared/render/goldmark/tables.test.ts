import { describe, expect, it } from 'vitest';
import { defaultMarkupSettings } from '../markup-settings';
import { renderPostBody } from '../render-post';

function html(markdown: string): string {
  return renderPostBody(markdown, { markup: defaultMarkupSettings }).html.replace(/\n/g, '');
}

// Measured with Hugo 0.111.3 (test/fixtures/hugo-cases table-edges.md).
describe('tables (Goldmark)', () => {
  it('takes its columns from the delimiter row, filling a short header', () => {
    expect(html('| One | Two |\n| --- | --- | --- |\n| a | b | c |')).toBe(
      '<table><thead><tr><th>One</th><th>Two</th><th></th></tr></thead>' +
        '<tbody><tr><td>a</td><td>b</td><td>c</td></tr></tbody></table>',
    );
  });

  it('is no table when the header row has more cells than the delimiter row', () => {
    expect(html('| a | b |\n| - |')).toBe('<p>| a | b || - |</p>');
  });

  it('adds the cells a short row lacks without alignment, and drops extra ones', () => {
    expect(html('| A | B |\n| :-- | --: |\n| one |\n| 1 | 2 | 3 |')).toBe(
      '<table><thead><tr><th style="text-align:left">A</th><th style="text-align:right">B</th></tr></thead>' +
        '<tbody><tr><td style="text-align:left">one</td><td></td></tr>' +
        '<tr><td style="text-align:left">1</td><td style="text-align:right">2</td></tr></tbody></table>',
    );
  });

  it('keeps escaped pipes in cells and code spans, and splits at pipes in code', () => {
    expect(html('| C | P |\n| - | - |\n| `a \\| b` | c \\| d |\n| `x | y` |')).toBe(
      '<table><thead><tr><th>C</th><th>P</th></tr></thead><tbody>' +
        '<tr><td><code>a | b</code></td><td>c | d</td></tr>' +
        '<tr><td>`x</td><td>y`</td></tr></tbody></table>',
    );
  });
});
