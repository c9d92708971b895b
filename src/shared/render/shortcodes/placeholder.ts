import { escapeHtml, openTag } from '../html';
import type { ShortcodeCall } from '../../shortcodes/types';
import { named, openTagText, positional } from './arguments';
import type { RefLookup } from '../page-refs';
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
 * where the preview knows it; `ref` and `relref` the target page's URL where
 * the preview knows the site's pages. A target that is not there (Hugo stops
 * the build) prints a visible marker naming it, which also keeps a link
 * around it from being one. Otherwise, such a call prints `shortcode-NAME`,
 * a token Markdown reads as plain text, which the reference renderer prints
 * at the same place.
 */
export function renderTextShortcode(context: ShortcodeRenderContext): string {
  return textShortcodeOutput(context.call, context);
}

/** What a page's text shortcodes can look up. */
export interface TextShortcodeLookups {
  param?: ((key: string) => string | undefined) | undefined;
  ref?: RefLookup | undefined;
}

export function textShortcodeOutput(call: ShortcodeCall, lookups: TextShortcodeLookups): string {
  if (call.name === 'param') {
    const key = positional(call, 0) ?? named(call, 'name');
    const value = key === undefined ? undefined : lookups.param?.(key);
    if (value !== undefined) return escapeLikeGoTemplates(value);
  }
  if ((call.name === 'ref' || call.name === 'relref') && lookups.ref) {
    const target = positional(call, 0) ?? named(call, 'path') ?? '';
    const outcome = lookups.ref(target, call.name === 'relref');
    if ('url' in outcome) return escapeLikeGoTemplates(outcome.url);
    return `${refNotFound}${call.name} not found: ${escapeAsText(target)} (${escapeAsText(outcome.problem)})`;
  }
  return `shortcode-${call.name}`;
}

const refNotFound = '⚠ ';

/** Whether `textShortcodeOutput` gave the marker of a `ref` or `relref` whose page is not there. */
export function isRefNotFound(output: string): boolean {
  return output.startsWith(refNotFound);
}

/** Text that reads the same as Markdown and as HTML: punctuation as numeric entities. */
function escapeAsText(text: string): string {
  return text.replace(/[!-/:-@[-`{-~]/g, (char) => `&#${char.charCodeAt(0)};`);
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
 * The same in a quoted attribute value.
 */
export function escapeLikeGoTemplates(text: string): string {
  return text.replace(/["&'+<>\0]/g, (char) => goTemplateEscapes[char] ?? char);
}
