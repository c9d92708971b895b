import { escapeHtml, openTag } from '../html';
import type { ShortcodeCall } from '../../shortcodes/types';
import { named, openTagText, positional } from './arguments';
import type { ShortcodeRenderContext } from './types';

/** Any other shortcode: a visible, labelled box showing the call as written. */
export function renderPlaceholder(context: ShortcodeRenderContext): string {
  const { call, text } = context;
  const note = call.inner ? ' (with content)' : '';
  return (
    openTag('div', {
      class: 'shortcode-placeholder',
      'data-shortcode': call.name,
      'data-source-line': context.sourceLine?.toString(),
    }) +
    `<span class="shortcode-label">${escapeHtml(`Shortcode ${call.name}${note}, shown on the site only`)}</span> ` +
    `<code>${escapeHtml(openTagText(call, text))}</code>` +
    '</div>'
  );
}

/**
 * `ref`, `relref` and `param` print text (often a URL inside a link), so no
 * element can hold them. `param` prints the page's or the site's parameter
 * where the preview knows it; otherwise, and for `ref` / `relref` (the
 * preview does not know other pages' URLs), it prints `shortcode-NAME`, a
 * token Markdown reads as plain text, which the reference renderer prints
 * at the same place.
 */
export function renderTextShortcode(context: ShortcodeRenderContext): string {
  return textShortcodeOutput(context.call, context.param);
}

export function textShortcodeOutput(
  call: ShortcodeCall,
  param: ((key: string) => string | undefined) | undefined,
): string {
  if (call.name === 'param') {
    const key = positional(call, 0) ?? named(call, 'name');
    const value = key === undefined ? undefined : param?.(key);
    if (value !== undefined) return escapeLikeGoTemplates(value);
  }
  return `shortcode-${call.name}`;
}

const goTemplateEscapes: Record<string, string> = {
  '"': '&#34;',
  '&': '&amp;',
  "'": '&#39;',
  '+': '&#43;',
  '<': '&lt;',
  '>': '&gt;',
  '\0': '\uFFFD',
};

/**
 * What `{{ . }}` prints in a Hugo template (Go's html/template): these
 * characters as entities, so the typographer does not curl a printed `'`.
 */
function escapeLikeGoTemplates(text: string): string {
  return text.replace(/["&'+<>\0]/g, (char) => goTemplateEscapes[char] ?? char);
}
