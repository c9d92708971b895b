import { escapeHtml, openTag } from '../html';
import { named, namedOrPositional } from './arguments';
import type { ShortcodeRenderContext } from './types';

/**
 * `figure` (Hugo's) and `fig` (linkerd.io's): an image from the post's bundle
 * with its title and caption. Relative sources go through `assetUrl`, so the
 * preview reaches them through the app's confined asset route.
 */
export function renderFigure(context: ShortcodeRenderContext): string {
  const { call } = context;
  const src = namedOrPositional(call, 'src', 0);
  const alt = named(call, 'alt') ?? '';
  const title = named(call, 'title');
  const caption = named(call, 'caption');
  const link = named(call, 'link');
  let image = src
    ? openTag('img', {
        src: resolveSource(src, context.assetUrl),
        alt,
        width: named(call, 'width'),
        height: named(call, 'height'),
        loading: 'lazy',
      })
    : `<span class="shortcode-label">${escapeHtml(`This ${call.name} shortcode has no image (src).`)}</span>`;
  if (link) image = `${openTag('a', { href: link })}${image}</a>`;
  let captionHtml = '';
  if (title || caption) {
    captionHtml = '<figcaption>';
    if (title) captionHtml += `<h4>${escapeHtml(title)}</h4>`;
    if (caption) captionHtml += `<p>${escapeHtml(caption)}</p>`;
    captionHtml += '</figcaption>';
  }
  const extraClass = named(call, 'class');
  return (
    openTag('figure', {
      class: extraClass ? `shortcode-figure ${extraClass}` : 'shortcode-figure',
      'data-shortcode': call.name,
      'data-source-line': context.sourceLine?.toString(),
    }) +
    image +
    captionHtml +
    '</figure>'
  );
}

function resolveSource(src: string, assetUrl: ((path: string) => string) | undefined): string {
  const isRelative =
    !/^[a-z][a-z0-9+.-]*:/i.test(src) && !src.startsWith('/') && !src.startsWith('#');
  if (!isRelative || !assetUrl) return src;
  return assetUrl(src.replace(/^\.\//, ''));
}
