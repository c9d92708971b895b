import type { Env } from 'markdown-it';
import type { FootnoteParts } from './goldmark/footnotes';
import type { HeadingIdFactory } from './goldmark/heading-ids';
import type { VideoInfo } from './shortcodes/types';

/** Quotes the typographer has opened and not closed yet. */
export interface OpenQuotes {
  single: number;
  double: number;
}

/**
 * What one markdown-it render carries besides the text: the things Goldmark
 * keeps for the whole page, handed on to a shortcode's inner Markdown and
 * primed by the preview's part renders (`src/shared/preview`).
 */
export interface RenderEnv extends Env {
  /** Maps a 0-based line of the rendered Markdown to a 1-based line; absent: no source lines. */
  sourceLine?: (line: number) => number;
  /** Heading ids taken so far on the page. */
  headingIds?: HeadingIdFactory;
  /** Open quotes so far on the page (Hugo 0.111 counts them per page). */
  quotes?: OpenQuotes;
  /** Title and duration of a video, for the cards of raw YouTube embeds. */
  videoInfo?: ((id: string) => VideoInfo | undefined) | undefined;
  /** Set when rendering one part of a page: footnotes are written as markers and reported here. */
  footnoteParts?: FootnoteParts | undefined;
}
