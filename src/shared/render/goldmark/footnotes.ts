import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import type { RenderEnv } from '../render-env';

interface FootnoteMeta {
  id: number;
  subId?: number;
  label?: string;
}

/** markdown-it-footnote's page-wide bookkeeping in `env.footnotes`. */
interface FootnoteEnv {
  refs?: Record<string, number>;
  list?: { label?: string; count: number }[];
}

/**
 * Footnotes in Goldmark's markup (yuin/goldmark extension/footnote.go):
 * `fn:N` / `fnref:N` ids numbered by first reference, `fnrefK:N` for the
 * K-th repeat, ARIA roles, and a backlink per reference. markdown-it-footnote
 * parses; these rules only change what it writes. Goldmark has no inline
 * footnotes (`^[…]`).
 *
 * With `env.footnoteParts` (the preview renders a page part by part, see
 * `src/shared/preview`), numbers depend on the whole page, so references,
 * list items and backlinks are written as markers (`footnotePartMarkers`)
 * that the page puts its numbers into, and every footnote the part defines
 * gets a list item, cited here or not.
 */
export function useGoldmarkFootnotes(md: MarkdownIt): void {
  md.inline.ruler.disable('footnote_inline');
  md.core.ruler.before('footnote_tail', 'goldmark_footnote_parts', recordFootnoteParts);
  const rules = md.renderer.rules;
  const hr = md.options.xhtmlOut ? '<hr />' : '<hr>';
  const parts = (env: unknown): boolean => (env as RenderEnv).footnoteParts !== undefined;
  rules['footnote_ref'] = (tokens, idx, _options, env) => {
    const meta = tokens[idx]!.meta as unknown as FootnoteMeta;
    if (parts(env)) return footnotePartMarkers.reference(meta.id, meta.subId ?? 0);
    const { number, repeat } = footnoteNumbers(meta);
    return footnoteReferenceHtml(number, repeat);
  };
  rules['footnote_block_open'] = (_tokens, _idx, _options, env) =>
    parts(env) ? footnotePartMarkers.listOpen : footnoteListOpen(hr);
  rules['footnote_block_close'] = (_tokens, _idx, _options, env) =>
    parts(env) ? footnotePartMarkers.listClose : footnoteListClose;
  rules['footnote_open'] = (tokens, idx, _options, env) => {
    const meta = tokens[idx]!.meta as unknown as FootnoteMeta;
    if (parts(env)) return footnotePartMarkers.itemOpen(meta.id);
    return footnoteItemOpen(footnoteNumbers(meta).number);
  };
  rules['footnote_close'] = (_tokens, _idx, _options, env) =>
    parts(env) ? footnotePartMarkers.itemClose : '</li>\n';
  rules['footnote_anchor'] = (tokens, idx, _options, env) => {
    const meta = tokens[idx]!.meta as unknown as FootnoteMeta;
    if (parts(env)) return (meta.subId ?? 0) === 0 ? footnotePartMarkers.backlinks : '';
    const { number, repeat } = footnoteNumbers(meta);
    return footnoteBacklinkHtml(number, repeat);
  };
}

function footnoteNumbers(meta: FootnoteMeta): { number: number; repeat: number } {
  return { number: meta.id + 1, repeat: meta.subId ?? 0 };
}

/** A citation: `repeat` is 0 for the first citation of footnote `number`, K for the K-th repeat. */
export function footnoteReferenceHtml(number: number, repeat: number): string {
  return `<sup id="fnref${repeat > 0 ? repeat : ''}:${number}"><a href="#fn:${number}" class="footnote-ref" role="doc-noteref">${number}</a></sup>`;
}

export function footnoteBacklinkHtml(number: number, repeat: number): string {
  return `&#160;<a href="#fnref${repeat > 0 ? repeat : ''}:${number}" class="footnote-backref" role="doc-backlink">&#x21a9;&#xfe0e;</a>`;
}

export const footnoteListOpen = (hr: string): string =>
  `<div class="footnotes" role="doc-endnotes">\n${hr}\n<ol>\n`;
export const footnoteListClose = '</ol>\n</div>\n';
export const footnoteItemOpen = (number: number): string => `<li id="fn:${number}">\n`;
export const footnoteItemClose = '</li>\n';

/**
 * What a part's footnotes are written as. Private-use characters, which no
 * Markdown turns into anything else, fence each marker.
 */
export const footnotePartMarkers = {
  reference: (id: number, repeat: number): string => `\uE000r${id}:${repeat}\uE001`,
  /** Matches a reference marker: local id, repeat. */
  referencePattern: /\uE000r(\d+):(\d+)\uE001/g,
  listOpen: '\uE000[\uE001',
  listClose: '\uE000]\uE001',
  itemOpen: (id: number): string => `\uE000<${id}\uE001`,
  itemOpenPattern: /\uE000<(\d+)\uE001/g,
  itemClose: '\uE000>\uE001',
  /** Where a footnote's backlinks go, one per citation on the page. */
  backlinks: '\uE000a\uE001',
};

/** What a part's render tells the page about its footnotes (filled in while rendering). */
export interface FootnoteParts {
  /** How many footnote definitions at the start of the Markdown were lent (see `footnoteStubs`). */
  lent: number;
  /** Labels of the footnotes cited, in the order the page reads them (definitions' text included). */
  cited: string[];
  /** Label of each local footnote id, as the markers number them. */
  labels: string[];
  /** Labels the part itself defines (the lent definitions left out). */
  defined: string[];
}

/**
 * Reads, before markdown-it-footnote moves definitions to the end, which
 * footnotes the part cites and defines, and lists every footnote it defines,
 * so that the page can take each one's text from the part defining it.
 */
function recordFootnoteParts(state: StateCore): void {
  const parts = (state.env as RenderEnv).footnoteParts;
  if (!parts) return;
  const env = (state.env as { footnotes?: FootnoteEnv }).footnotes;
  let definitions = 0;
  const visit = (tokens: readonly Token[]): void => {
    for (const token of tokens) {
      if (token.type === 'footnote_reference_open') {
        const label = (token.meta as { label: string }).label;
        if (definitions++ >= parts.lent && !parts.defined.includes(label)) {
          parts.defined.push(label);
        }
      } else if (token.type === 'footnote_ref') {
        parts.cited.push((token.meta as unknown as FootnoteMeta).label ?? '');
      } else if (token.children) {
        visit(token.children);
      }
    }
  };
  visit(state.tokens);
  if (!env?.refs || parts.defined.length === 0) {
    parts.labels = (env?.list ?? []).map((entry) => entry.label ?? '');
    return;
  }
  const list = (env.list ??= []);
  for (const label of parts.defined) {
    const key = `:${label}`;
    if ((env.refs[key] ?? -1) >= 0) continue;
    env.refs[key] = list.length;
    list.push({ label, count: 0 });
  }
  parts.labels = list.map((entry) => entry.label ?? '');
}
