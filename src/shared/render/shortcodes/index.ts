import { renderCallout } from './callout';
import { renderFigure } from './figure';
import { renderPlaceholder, renderTextShortcode } from './placeholder';
import { renderSocialPost } from './social-post';
import type { ShortcodeRenderer } from './types';
import { renderYouTube } from './youtube';

const renderers: ReadonlyMap<string, ShortcodeRenderer> = new Map([
  ['youtube', renderYouTube],
  ['note', renderCallout],
  ['warning', renderCallout],
  ['x', renderSocialPost],
  ['tweet', renderSocialPost],
  ['fig', renderFigure],
  ['figure', renderFigure],
  ['ref', renderTextShortcode],
  ['relref', renderTextShortcode],
  ['param', renderTextShortcode],
]);

/** The preview renderer for a shortcode name; unknown names get a labelled placeholder. */
export function shortcodeRenderer(name: string): ShortcodeRenderer {
  return renderers.get(name) ?? renderPlaceholder;
}

/** Shortcodes that print text rather than an element, and so get no block treatment. */
export function printsText(name: string): boolean {
  return renderers.get(name) === renderTextShortcode;
}

export { formatDuration } from './youtube';
export { isRefNotFound, textShortcodeOutput } from './placeholder';
export type { ShortcodeRenderContext, ShortcodeRenderer, VideoInfo } from './types';
