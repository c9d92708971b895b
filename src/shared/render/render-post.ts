import type { MarkdownIt } from 'markdown-it';
import { hugoBuiltinShortcodes, scanShortcodes, type ShortcodeScan } from '../shortcodes';
import { LineIndex } from '../text/line-index';
import { createMarkdownEngine } from './markdown-engine';
import type { MarkupSettings } from './markup-settings';
import type { RefLookup } from './page-refs';
import { placeShortcodes, restoreShortcodes, slotPattern } from './shortcode-placeholders';
import {
  isRefNotFound,
  printsText,
  shortcodeRenderer,
  textShortcodeOutput,
  type VideoInfo,
} from './shortcodes';
import type { FootnoteParts } from './goldmark/footnotes';
import { HeadingIdFactory } from './goldmark/heading-ids';
import type { OpenQuotes, RenderEnv } from './render-env';
import { runSiteTemplate } from './shortcodes/site-template';
import { sourceLineAttribute } from './source-lines';

/** One of the site's own shortcodes. */
export interface SiteShortcode {
  usesInner: boolean;
  /** The template's text, when the preview can compute its output. */
  template?: string | undefined;
}

export interface RenderOptions {
  markup: MarkupSettings;
  /**
   * The site's own shortcode templates and whether each uses `.Inner`
   * (SiteFacts.shortcodes), with the template's text when the preview can
   * compute what it prints (`isComputableTemplate`).
   */
  shortcodes?: ReadonlyMap<string, SiteShortcode>;
  /** Title and duration of a video, for its card (from the post's videoSchema). */
  videoInfo?: (id: string) => VideoInfo | undefined;
  /** Hugo's `.Param KEY` for the page, for the `param` shortcode (see `paramLookup`). */
  param?: (key: string) => string | undefined;
  /** Target pages' URLs for `ref` and `relref` (see `refLookup`). */
  ref?: RefLookup | undefined;
  /** URL of a file of the post's bundle, given its path relative to the post. */
  assetUrl?: (relativePath: string) => string;
  /** Tag blocks with `data-source-line` and return a source map, for scroll sync. */
  sourceLines?: boolean;
  /** 1-based line of the body's first line in the file (default 1). */
  firstLine?: number;
  /**
   * The body is one part of a page (`src/shared/preview`): footnotes are
   * written as markers for the page to number, and what they are is put here.
   */
  footnoteParts?: FootnoteParts | undefined;
}

/** One block of the preview tied to a source line. */
export interface SourceMapEntry {
  /** 1-based line in the file. */
  line: number;
  /** Position among the preview's `[data-source-line]` elements, in document order. */
  blockIndex: number;
}

export interface RenderedBody {
  /** Unsanitized HTML: pass it through `sanitizePreviewHtml` before showing it. */
  html: string;
  /** Present when `sourceLines` was asked for. */
  sourceMap?: SourceMapEntry[];
}

/**
 * Renders a post's Markdown body the way Hugo would, for the preview:
 * shortcodes are found first and replaced by placeholders (like Hugo's),
 * the Markdown is rendered by markdown-it set up like the site's Goldmark,
 * and each shortcode's preview HTML goes where its placeholder ended up.
 */
export function renderPostBody(body: string, options: RenderOptions): RenderedBody {
  const page = preparePage(body, options);
  const html = renderSection(page, 0, body.length, newPageState(options), options.firstLine ?? 1);
  if (!options.sourceLines) return { html };
  const sourceMap: SourceMapEntry[] = [];
  const attribute = new RegExp(`${sourceLineAttribute}="(\\d+)"`, 'g');
  for (const match of html.matchAll(attribute)) {
    sourceMap.push({ line: Number(match[1]), blockIndex: sourceMap.length });
  }
  return { html, sourceMap };
}

/** A page ready to render, whole or section by section. */
export interface Page {
  text: string;
  options: RenderOptions;
  shortcodes: ShortcodeScan;
  lines: LineIndex;
  engine: MarkdownIt;
}

export function preparePage(body: string, options: RenderOptions): Page {
  // markdown-it (like the editor) ends a line at a lone \r too; making it a
  // \n keeps every offset and lets line numbers agree.
  const text = body.includes('\r') ? body.replace(/\r(?!\n)/g, '\n') : body;
  const usesInner = (name: string): boolean | undefined =>
    options.shortcodes?.get(name)?.usesInner ?? hugoBuiltinShortcodes.get(name)?.usesInner;
  return {
    text,
    options,
    shortcodes: scanShortcodes(text, { usesInner }),
    lines: new LineIndex(text),
    engine: engineFor(options.markup),
  };
}

/** What Goldmark keeps for a whole page, carried from one section to the next. */
export interface PageState {
  headingIds: HeadingIdFactory;
  quotes: OpenQuotes;
  /** Ordinal of the next top-level shortcode call. */
  ordinal: number;
}

export function newPageState(options: RenderOptions): PageState {
  return {
    headingIds: new HeadingIdFactory(options.markup.autoHeadingIDType),
    quotes: { single: 0, double: 0 },
    ordinal: 0,
  };
}

/**
 * Renders `page.text[from, to)`, carrying `state` on; `firstLine` is the
 * number source lines give to the section's first line.
 */
export function renderSection(
  page: Page,
  from: number,
  to: number,
  state: PageState,
  firstLine: number,
): string {
  const { options, text } = page;
  // `{{% %}}` calls that print text are their text in the Markdown; so is
  // the marker of a `ref` whose page is not there, so that a link around it
  // shows it (Hugo stops the build instead).
  const placed = placeShortcodes(text, from, to, page.shortcodes, state.ordinal, (call) => {
    if (!printsText(call.name)) return undefined;
    const output = textShortcodeOutput(call, options);
    return call.open.delimiter === '%' || isRefNotFound(output) ? output : undefined;
  });
  const env: RenderEnv = {
    headingIds: state.headingIds,
    quotes: state.quotes,
    videoInfo: options.videoInfo,
    footnoteParts: options.footnoteParts,
  };
  if (options.sourceLines) env.sourceLine = (line) => firstLine + placed.originalLine(line);
  const html = page.engine.render(placed.markdown, env);
  if (env.quotes) state.quotes = env.quotes;
  state.ordinal += placed.calls.length;
  if (placed.calls.length === 0) return html;

  const sectionLine = page.lines.position(from).line;
  const lineOf = (offset: number): number =>
    firstLine + page.lines.position(offset).line - sectionLine;
  return restoreShortcodes(html, (ordinal, inCode) => {
    const call = placed.calls[ordinal - placed.firstOrdinal];
    if (!call) return undefined;
    // In a code block, a call shows what the site prints there, as far as
    // the preview can compute it from the site's own template; elsewhere
    // the site's shortcodes stay labelled boxes.
    const template = options.shortcodes?.get(call.name)?.template;
    if (template !== undefined && call.open.delimiter === '<' && inCode()) {
      const printed = runSiteTemplate(template, call, text);
      if (printed !== null) return printed;
    }
    const output = shortcodeRenderer(call.name)({
      call,
      text,
      sourceLine: options.sourceLines ? lineOf(call.span.from) : undefined,
      videoInfo: options.videoInfo,
      param: options.param,
      ref: options.ref,
      assetUrl: options.assetUrl,
      // A call's inner Markdown is a page of its own, footnotes included.
      renderMarkdown: (markdown, line) => {
        const inner = { ...options, footnoteParts: undefined };
        return renderSection(
          preparePage(markdown, inner),
          0,
          markdown.length,
          newPageState(inner),
          line,
        );
      },
      lineOf,
    });
    // A shortcode template's output ends with the template file's last line break.
    return printsText(call.name) || call.open.delimiter === '%' ? output : `${output}\n`;
  });
}

const engines = new Map<string, MarkdownIt>();

/** Building an engine takes a while; sites rarely change settings. */
export function engineFor(settings: MarkupSettings): MarkdownIt {
  const key = JSON.stringify(settings);
  let engine = engines.get(key);
  if (!engine) {
    engine = createMarkdownEngine(settings, { keepRawHtml: slotPattern });
    if (engines.size >= 8) engines.clear();
    engines.set(key, engine);
  }
  return engine;
}
