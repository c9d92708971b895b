import type { MarkdownIt } from 'markdown-it';
import type { Token } from 'markdown-it';

interface FootnoteMeta {
  id: number;
  subId?: number;
}

/**
 * Footnotes in Goldmark's markup (yuin/goldmark extension/footnote.go):
 * `fn:N` / `fnref:N` ids numbered by first reference, `fnrefK:N` for the
 * K-th repeat, ARIA roles, and a backlink per reference. markdown-it-footnote
 * parses; these rules only change what it writes. Goldmark has no inline
 * footnotes (`^[…]`).
 */
export function useGoldmarkFootnotes(md: MarkdownIt): void {
  md.inline.ruler.disable('footnote_inline');
  const rules = md.renderer.rules;
  const hr = md.options.xhtmlOut ? '<hr />' : '<hr>';
  rules['footnote_ref'] = (tokens, idx) => {
    const { number, repeat } = footnoteNumbers(tokens[idx]!);
    return `<sup id="fnref${repeat}:${number}"><a href="#fn:${number}" class="footnote-ref" role="doc-noteref">${number}</a></sup>`;
  };
  rules['footnote_block_open'] = () => `<div class="footnotes" role="doc-endnotes">\n${hr}\n<ol>\n`;
  rules['footnote_block_close'] = () => '</ol>\n</div>\n';
  rules['footnote_open'] = (tokens, idx) =>
    `<li id="fn:${footnoteNumbers(tokens[idx]!).number}">\n`;
  rules['footnote_close'] = () => '</li>\n';
  rules['footnote_anchor'] = (tokens, idx) => {
    const { number, repeat } = footnoteNumbers(tokens[idx]!);
    return `&#160;<a href="#fnref${repeat}:${number}" class="footnote-backref" role="doc-backlink">&#x21a9;&#xfe0e;</a>`;
  };
}

function footnoteNumbers(token: Token): { number: number; repeat: string } {
  const meta = token.meta as unknown as FootnoteMeta;
  const subId = meta.subId ?? 0;
  return { number: meta.id + 1, repeat: subId > 0 ? String(subId) : '' };
}
