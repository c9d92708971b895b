import { escapeHtml, openTag } from '../html';
import { named, positional } from './arguments';
import type { ShortcodeRenderContext } from './types';

/**
 * `x` and `tweet`: a link card to the post. The post itself is not fetched;
 * the preview never loads X's scripts.
 */
export function renderSocialPost(context: ShortcodeRenderContext): string {
  const { call } = context;
  const user = named(call, 'user') ?? (call.open.args.length > 1 ? positional(call, 0) : undefined);
  const id = named(call, 'id') ?? positional(call, call.open.args.length > 1 ? 1 : 0);
  const validId = id !== undefined && /^\d{1,25}$/.test(id);
  const validUser = user !== undefined && /^\w{1,50}$/.test(user);
  const url = validId
    ? validUser
      ? `https://x.com/${user}/status/${id}`
      : `https://x.com/i/status/${id}`
    : undefined;
  const label = validUser ? `Post by @${user} on X` : 'Post on X';
  const body = url
    ? `${openTag('a', { href: url, class: 'shortcode-x-link' })}${escapeHtml(label)}</a>`
    : `<span class="shortcode-label">${escapeHtml(`This ${call.name} shortcode has no post ID.`)}</span>`;
  return (
    openTag('div', {
      class: 'shortcode-x',
      'data-shortcode': call.name,
      'data-source-line': context.sourceLine?.toString(),
    }) +
    body +
    (validId ? ` <span class="shortcode-x-id">${escapeHtml(id)}</span>` : '') +
    '</div>'
  );
}
