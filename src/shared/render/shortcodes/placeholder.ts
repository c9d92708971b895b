import { escapeHtml, openTag } from '../html';
import { openTagText } from './arguments';
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
 * `ref`, `relref` and `param` print text (usually a URL inside a link), so no
 * element can hold them. The preview cannot resolve pages or parameters; it
 * prints the reference renderer's token `shortcode-NAME`, which the Hugo
 * comparison expects at the same place.
 */
export function renderTextShortcode(context: ShortcodeRenderContext): string {
  return `shortcode-${context.call.name}`;
}
