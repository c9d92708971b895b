import { escapeHtml, openTag } from '../html';
import { named, positional } from './arguments';
import type { ShortcodeRenderContext } from './types';

const labels: Record<string, string> = { note: 'Note', warning: 'Warning' };

/** `note` and `warning`: a callout holding the call's inner Markdown, rendered. */
export function renderCallout(context: ShortcodeRenderContext): string {
  const { call, text } = context;
  const label = named(call, 'title') ?? positional(call, 0) ?? labels[call.name] ?? call.name;
  let inner = '';
  if (call.inner) {
    inner = context.renderMarkdown(
      text.slice(call.inner.from, call.inner.to),
      context.lineOf(call.inner.from),
    );
  }
  return (
    openTag('aside', {
      class: `shortcode-callout shortcode-${call.name}`,
      'data-shortcode': call.name,
      role: 'note',
      'data-source-line': context.sourceLine?.toString(),
    }) +
    `<p class="shortcode-label">${escapeHtml(label)}</p>` +
    inner +
    '</aside>'
  );
}
