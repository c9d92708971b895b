import { parsePost } from '../post';
import {
  paramLookup,
  refLookup,
  renderPostBody,
  type RefLookup,
  type SiteRefs,
  type SiteShortcode,
  videoInfoById,
  type MarkupSettings,
  type VideoInfo,
} from '../render';
import { footnotePartMarkers, type FootnoteParts } from '../render/goldmark/footnotes';
import { hugoBuiltinShortcodes, scanShortcodes } from '../shortcodes';
import type { FrontMatterData, TextSpan } from '../post/types';
import { scanHtmlStructure, type HtmlStructure } from './html-structure';
import {
  countOccurrences,
  cutParagraph,
  doubleProbe,
  noOpenQuotes,
  primingParagraph,
  singleProbe,
  type QuoteState,
} from './quote-state';

export interface PreviewSettings {
  markup: MarkupSettings;
  /** The site's own shortcodes and whether each uses `.Inner`. */
  shortcodes?: ReadonlyMap<string, SiteShortcode> | undefined;
  /** The site's `params`, for the `param` shortcode after the page's own. */
  siteParams?: Record<string, unknown> | undefined;
  /** The site's pages, for `ref` and `relref`. */
  siteRefs?: SiteRefs | undefined;
  /** The page's path from the content folder, for `ref` and `relref` relative to it. */
  pagePath?: string | undefined;
}

/** What a page's front matter gives its parts: video cards' titles, `param` values. */
export interface PageFacts {
  videoInfo: (id: string) => VideoInfo | undefined;
  param: (key: string) => string | undefined;
  ref?: RefLookup | undefined;
}

/**
 * One part of a page to render on its own: its Markdown, the page's link
 * definitions it mentions, the quotes the parts before it left open, and
 * whether to read back the quotes it leaves open. Plain data, so a worker
 * can render it.
 */
export interface UnitJob {
  text: string;
  /** Definition lines lent to the part, each ending with a line break, in page order. */
  definitions: string;
  /** Labels of footnotes the part may cite that are defined elsewhere on the page. */
  footnoteStubs: string[];
  quotesBefore: QuoteState;
  probe: boolean;
}

export interface UnitRender {
  html: string;
  structure: HtmlStructure;
  /** Quotes left open after the part; null when not asked for, or when the probe was swallowed. */
  quotesAfter: QuoteState | null;
  /** Shortcode calls in the lent definitions: they took the first placeholder numbers. */
  lentCalls: number;
  /** The part's footnotes, numbered by the page (see `PartFootnotes`); null without any. */
  footnotes: PartFootnotes | null;
}

/**
 * Footnotes are numbered across the page and listed at its end. A part
 * writes them as markers (`footnotePartMarkers`) and says which it cites,
 * in reading order, and which it defines, with each one's list item.
 */
export interface PartFootnotes {
  cited: string[];
  /** Label of each local id the markers use. */
  labels: string[];
  /** The part's own definitions, in its list's order: the item's content, markers inside. */
  items: { label: string; html: string }[];
}

/** The Markdown actually rendered for a job; also its cache key. */
export function unitMarkdown(job: UnitJob, settings: PreviewSettings): string {
  const { head, tail } = framing(job, settings);
  return head + job.text + tail;
}

function framing(
  job: UnitJob,
  settings: PreviewSettings,
): { head: string; tail: string; gap: string } {
  const typographer = settings.markup.typographer;
  const { quotesBefore } = job;
  const priming =
    typographer && (quotesBefore.double > 0 || quotesBefore.single > 0)
      ? `${primingParagraph(quotesBefore)}\n\n`
      : '';
  const head =
    priming +
    footnoteStubs(job.footnoteStubs) +
    (job.definitions === '' ? '' : `${job.definitions}\n`);
  const gap = job.text.endsWith('\n') ? '\n' : '\n\n';
  const tail = job.probe && typographer ? `${gap}${doubleProbe}\n\n${singleProbe}\n` : '';
  return { head, tail, gap };
}

/**
 * Renders one part with `renderPostBody`, then cuts away what was put
 * around it: the priming paragraph in front and the probes behind, read
 * for the quotes left open. Source lines count from the part's first line.
 */
export function renderUnitJob(
  job: UnitJob,
  settings: PreviewSettings,
  page: PageFacts,
): UnitRender {
  const typographer = settings.markup.typographer;
  const { head, tail, gap } = framing(job, settings);
  const firstLine = 1 - countLineBreaks(head);
  const footnoteParts: FootnoteParts = {
    lent: job.footnoteStubs.length,
    cited: [],
    labels: [],
    defined: [],
  };
  let html = renderPostBody(head + job.text + tail, {
    markup: settings.markup,
    shortcodes: settings.shortcodes,
    videoInfo: page.videoInfo,
    param: page.param,
    ref: page.ref,
    sourceLines: true,
    firstLine,
    footnoteParts,
  }).html;
  const list = cutFootnoteList(html, footnoteParts);
  html = list.html;
  const primed =
    typographer !== null && (job.quotesBefore.double > 0 || job.quotesBefore.single > 0);
  if (primed) html = cutParagraph(html, firstLine)?.html ?? html;
  let quotesAfter: QuoteState | null = job.probe ? noOpenQuotes : null;
  if (tail !== '' && typographer) {
    const doubleLine = countLineBreaks(job.text + gap) + 1;
    const doubles = cutParagraph(html, doubleLine);
    const singles = doubles && cutParagraph(doubles.html, doubleLine + 2);
    // The part ends inside something (an unclosed fence) that took the probes in.
    if (!doubles || !singles) return renderUnitJob({ ...job, probe: false }, settings, page);
    html = singles.html;
    quotesAfter = {
      double: countOccurrences(doubles.content, typographer.rightDoubleQuote),
      single: countOccurrences(singles.content, typographer.rightSingleQuote),
    };
  }
  return {
    html,
    structure: scanHtmlStructure(html),
    quotesAfter,
    lentCalls: job.definitions === '' ? 0 : countTopLevelCalls(job.definitions, settings),
    footnotes: list.footnotes,
  };
}

/**
 * Definitions of the footnotes cited here but defined in other parts, so
 * that the citations are footnotes as in the page. A link definition with
 * a label no one writes ends the last one, so that an indented first line
 * of the part is not taken as the footnote's text.
 */
function footnoteStubs(labels: readonly string[]): string {
  if (labels.length === 0) return '';
  return `${labels.map((label) => `[^${label}]: x\n`).join('')}\n[\uE000]: #\n\n`;
}

/** Takes the part's footnote list (markers) out of its HTML. */
function cutFootnoteList(
  html: string,
  parts: FootnoteParts,
): { html: string; footnotes: PartFootnotes | null } {
  const open = html.lastIndexOf(footnotePartMarkers.listOpen);
  const close = open === -1 ? -1 : html.indexOf(footnotePartMarkers.listClose, open);
  const items: PartFootnotes['items'] = [];
  if (close !== -1) {
    const list = html.slice(open, close);
    for (const match of list.matchAll(footnotePartMarkers.itemOpenPattern)) {
      const label = parts.labels[Number(match[1])];
      const from = match.index + match[0].length;
      const to = list.indexOf(footnotePartMarkers.itemClose, from);
      if (label === undefined || to === -1 || !parts.defined.includes(label)) continue;
      items.push({ label, html: list.slice(from, to) });
    }
    html = html.slice(0, open) + html.slice(close + footnotePartMarkers.listClose.length);
  }
  if (parts.cited.length === 0 && items.length === 0) return { html, footnotes: null };
  return { html, footnotes: { cited: parts.cited, labels: parts.labels, items } };
}

/** The video titles and durations a post's front matter gives its cards, and its `param` values. */
export function pageFactsOf(frontMatterText: string, settings: PreviewSettings): PageFacts {
  const data = frontMatterText === '' ? null : parsePost(frontMatterText).data;
  return pageFactsOfData(data, videoInfoById(data), settings);
}

/**
 * The same from front matter already read and its videos already found: the
 * renderer reads both once per change, and a keystroke in a 60-entry
 * videoSchema should not read 20 kB of YAML twice.
 */
export function pageFactsOfData(
  data: FrontMatterData | null,
  videoById: ReadonlyMap<string, VideoInfo>,
  settings: PreviewSettings,
): PageFacts {
  return {
    videoInfo: (id) => videoById.get(id),
    param: paramLookup(data, settings.siteParams),
    ref: settings.siteRefs ? refLookup(settings.siteRefs, settings.pagePath ?? null) : undefined,
  };
}

export function usesInnerOf(settings: PreviewSettings): (name: string) => boolean | undefined {
  return (name) =>
    settings.shortcodes?.get(name)?.usesInner ?? hugoBuiltinShortcodes.get(name)?.usesInner;
}

function countTopLevelCalls(text: string, settings: PreviewSettings): number {
  const scan = scanShortcodes(text, { usesInner: usesInnerOf(settings) });
  return topLevelCallStarts(scan.calls, scan.comments).length;
}

/** Starts of the calls that get a placeholder number: those not inside another call or a comment. */
export function topLevelCallStarts(
  calls: readonly { span: TextSpan }[],
  comments: readonly TextSpan[],
): number[] {
  const tagged = [
    ...calls.map((call) => ({ span: call.span, isCall: true })),
    ...comments.map((span) => ({ span, isCall: false })),
  ].sort((a, b) => a.span.from - b.span.from);
  const starts: number[] = [];
  let coveredTo = -1;
  for (const { span, isCall } of tagged) {
    if (span.from < coveredTo) continue;
    coveredTo = span.to;
    if (isCall) starts.push(span.from);
  }
  return starts;
}

export function countLineBreaks(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
