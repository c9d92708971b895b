import type { Token } from 'markdown-it';
import type { IdRecording } from './goldmark/heading-ids';
import type { RenderEnv } from './render-env';
import { placeShortcodes } from './shortcode-placeholders';
import {
  newPageState,
  preparePage,
  renderPostBody,
  renderSection,
  type Page,
  type PageState,
  type RenderedBody,
  type RenderOptions,
  type SourceMapEntry,
} from './render-post';
import { sourceLineAttribute } from './source-lines';

/** One section of the preview: a heading and what follows it up to the next section. */
export interface RenderedSection {
  /** Stays the same while the section's HTML does (apart from its line numbers). */
  id: number;
  html: string;
  /** 1-based file line of the section's first line. */
  firstLine: number;
}

export interface IncrementalRender extends RenderedBody {
  /** The page's HTML cut into sections; their HTML put together is `html`. */
  sections: RenderedSection[];
  /** How many sections were reused from the previous render rather than rendered. */
  reused: number;
}

export interface IncrementalRenderer {
  /** Renders the body like `renderPostBody`, re-rendering only sections that changed. */
  render(body: string, options: RenderOptions): IncrementalRender;
}

/** A rendered section and what its HTML depended on. */
interface CachedSection {
  id: number;
  /** HTML split around source line numbers, which are relative to the section's first line. */
  parts: (string | number)[];
  quotesIn: string;
  quotesOut: string;
  ordinalIn: number;
  calls: number;
  references: string;
  ids: IdRecording;
}

/**
 * A renderer for a page being edited: the page is cut into sections at
 * headings (see `sectionStarts`) and a section is rendered again only when
 * its text, or what Goldmark carries into it from the sections before (heading
 * ids, open quotes, shortcode numbering, link references), has changed. The
 * result is the same HTML `renderPostBody` gives. Pages with footnotes (their
 * notes are gathered from everywhere) or with link definitions holding a
 * shortcode are rendered whole.
 */
export function createIncrementalRenderer(): IncrementalRenderer {
  let cache = new Map<string, CachedSection[]>();
  let lastOptions: RenderOptions | null = null;
  let nextId = 1;

  return {
    render(body, options) {
      if (!sameOptions(lastOptions, options)) cache = new Map();
      lastOptions = options;
      const firstLine = options.firstLine ?? 1;
      const page = preparePage(body, options);
      const { starts, references: definitions, hasFootnotes } = outline(page);
      const references = JSON.stringify(definitions);
      // Footnotes are gathered from the whole page; a definition whose target
      // holds a shortcode has its placeholder put back only in the section of
      // the call. Such pages are rendered whole.
      if (hasFootnotes || references.includes('HAHAHUGOSHORTCODE')) {
        cache = new Map();
        const rendered = renderPostBody(body, options);
        return {
          ...rendered,
          sections: [{ id: nextId++, html: rendered.html, firstLine }],
          reused: 0,
        };
      }
      const state = newPageState(options);
      state.references = definitions;

      const used = new Map<string, CachedSection[]>();
      const sections: RenderedSection[] = [];
      const sourceMap: SourceMapEntry[] = [];
      let html = '';
      let reused = 0;
      for (let i = 0; i < starts.length; i++) {
        const from = starts[i]!;
        const to = starts[i + 1] ?? page.text.length;
        const text = page.text.slice(from, to);
        const sectionLine = firstLine + page.lines.position(from).line - 1;
        let section = findReusable(cache.get(text), state, references, used.get(text));
        if (section) {
          reused++;
          for (const id of section.ids.taken) state.headingIds.reserve(id);
          state.quotes = parseQuotes(section.quotesOut);
          state.ordinal += section.calls;
        } else {
          section = renderAndRecord(page, from, to, state, references, nextId++);
        }
        const list = used.get(text) ?? [];
        list.push(section);
        used.set(text, list);

        let sectionHtml = '';
        for (const part of section.parts) {
          if (typeof part === 'string') {
            sectionHtml += part;
          } else {
            const line = part + sectionLine - 1;
            sourceMap.push({ line, blockIndex: sourceMap.length });
            sectionHtml += String(line);
          }
        }
        sections.push({ id: section.id, html: sectionHtml, firstLine: sectionLine });
        html += sectionHtml;
      }
      cache = used;
      return options.sourceLines
        ? { html, sourceMap, sections, reused }
        : { html, sections, reused };
    },
  };
}

/** Where the page's sections start, and what Goldmark needs from the whole page. */
interface Outline {
  /** Offsets in the page's text, the first being 0. */
  starts: number[];
  /** The page's link reference definitions, as markdown-it's block parser found them. */
  references: Record<string, unknown>;
  hasFootnotes: boolean;
}

/**
 * Block-parses the whole page (shortcodes replaced, as it is rendered) and
 * cuts it before each top-level heading that follows a blank line: every
 * block before it has ended there, so what follows renders on its own as it
 * does within the page. Block parsing is a small part of rendering; inline
 * parsing and writing HTML are what sections save. Never cuts inside a
 * shortcode call, a commented-out call or a broken tag.
 */
function outline(page: Page): Outline {
  const placed = placeShortcodes(page.text, 0, page.text.length, page.shortcodes);
  // markdown-it's core normalizes line breaks and NUL before block parsing.
  const markdown = placed.markdown.replace(/\r\n?/g, '\n').replace(/\0/g, '\uFFFD');
  const env: RenderEnv = {};
  const tokens: Token[] = [];
  page.engine.block.parse(markdown, page.engine, env, tokens);
  const spans = [
    ...page.shortcodes.calls.map((call) => call.span),
    ...page.shortcodes.comments,
    ...page.shortcodes.problems.map((problem) => problem.span),
  ];
  const lineStarts = [0];
  for (let i = markdown.indexOf('\n'); i !== -1; i = markdown.indexOf('\n', i + 1))
    lineStarts.push(i + 1);
  const isBlank = (line: number): boolean => {
    const from = lineStarts[line];
    if (from === undefined) return false;
    const to = lineStarts[line + 1] ?? markdown.length + 1;
    return markdown.slice(from, to - 1).trim() === '';
  };
  const rawLineStarts = lineStartsOf(placed.markdown);
  const starts = [0];
  for (const token of tokens) {
    if (token.type !== 'heading_open' || token.level !== 0 || !token.map) continue;
    const line = token.map[0];
    if (line === 0 || !isBlank(line - 1)) continue;
    // Lines start at the same place before and after normalizing, but for \r\n.
    const offset = placed.originalOffset(rawLineStarts[line] ?? placed.markdown.length);
    if (offset > 0 && !spans.some((span) => span.from < offset && offset < span.to)) {
      starts.push(offset);
    }
  }
  const footnotes = (env as { footnotes?: { refs?: object } }).footnotes;
  return {
    starts,
    references: env.references ?? {},
    hasFootnotes: footnotes?.refs !== undefined && Object.keys(footnotes.refs).length > 0,
  };
}

/** Offsets where lines start, lines ending at \n or \r\n (lone \r are gone by now). */
function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function sameOptions(a: RenderOptions | null, b: RenderOptions): boolean {
  return (
    a !== null &&
    JSON.stringify(a.markup) === JSON.stringify(b.markup) &&
    a.shortcodes === b.shortcodes &&
    a.videoInfo === b.videoInfo &&
    a.assetUrl === b.assetUrl &&
    Boolean(a.sourceLines) === Boolean(b.sourceLines)
  );
}

function quotesKey(state: PageState): string {
  return `${state.quotes.single},${state.quotes.double}`;
}

function parseQuotes(key: string): PageState['quotes'] {
  const [single = 0, double = 0] = key.split(',').map(Number);
  return { single, double };
}

function findReusable(
  candidates: CachedSection[] | undefined,
  state: PageState,
  references: string,
  alreadyUsed: CachedSection[] | undefined,
): CachedSection | undefined {
  return candidates?.find(
    (section) =>
      // Two sections with the same text keep two ids.
      !alreadyUsed?.includes(section) &&
      section.quotesIn === quotesKey(state) &&
      (section.calls === 0 || section.ordinalIn === state.ordinal) &&
      section.references === references &&
      state.headingIds.agreesWith(section.ids),
  );
}

function renderAndRecord(
  page: Page,
  from: number,
  to: number,
  state: PageState,
  references: string,
  id: number,
): CachedSection {
  const quotesIn = quotesKey(state);
  const ordinalIn = state.ordinal;
  const ids = state.headingIds.startRecording();
  let html: string;
  try {
    html = renderSection(page, from, to, state, 1);
  } finally {
    state.headingIds.stopRecording();
  }
  return {
    id,
    parts: page.options.sourceLines ? splitSourceLines(html) : [html],
    quotesIn,
    quotesOut: quotesKey(state),
    ordinalIn,
    calls: state.ordinal - ordinalIn,
    references,
    ids,
  };
}

const sourceLineValue = new RegExp(`(${sourceLineAttribute}=")(\\d+)"`, 'g');

function splitSourceLines(html: string): (string | number)[] {
  const parts: (string | number)[] = [];
  let at = 0;
  for (const match of html.matchAll(sourceLineValue)) {
    const valueStart = match.index + match[1]!.length;
    parts.push(html.slice(at, valueStart), Number(match[2]));
    at = valueStart + match[2]!.length;
  }
  parts.push(html.slice(at));
  return parts;
}
