import type { ShortcodeCall } from '../../shortcodes/types';
import type { RefLookup } from '../page-refs';

/** What a video's card shows besides its thumbnail, when known. */
export interface VideoInfo {
  title?: string;
  /** ISO 8601, as in a post's videoSchema (`PT12M5S`). */
  duration?: string;
}

export interface ShortcodeRenderContext {
  call: ShortcodeCall;
  /** The text `call`'s offsets are in. */
  text: string;
  /** 1-based line of the call in the file, when source lines are wanted. */
  sourceLine: number | undefined;
  videoInfo?: (id: string) => VideoInfo | undefined;
  /** Hugo's `.Param KEY` for the page (front matter, then site params), when known. */
  param?: ((key: string) => string | undefined) | undefined;
  /** URLs of the site's pages for `ref` and `relref`, when known. */
  ref?: RefLookup | undefined;
  assetUrl?: (relativePath: string) => string;
  /** Renders Markdown found inside a call (a callout's content); `firstLine` is its 1-based file line. */
  renderMarkdown(markdown: string, firstLine: number): string;
  /** 1-based file line of an offset in `text`. */
  lineOf(offset: number): number;
}

/** Writes one shortcode call as preview HTML. */
export type ShortcodeRenderer = (context: ShortcodeRenderContext) => string;
