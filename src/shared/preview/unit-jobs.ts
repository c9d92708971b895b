import { parsePost } from '../post';
import {
  paramLookup,
  renderPostBody,
  videoInfoById,
  type MarkupSettings,
  type VideoInfo,
} from '../render';
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
  shortcodes?: ReadonlyMap<string, { usesInner: boolean }> | undefined;
  /** The site's `params`, for the `param` shortcode after the page's own. */
  siteParams?: Record<string, unknown> | undefined;
}

/** What a page's front matter gives its parts: video cards' titles, `param` values. */
export interface PageFacts {
  videoInfo: (id: string) => VideoInfo | undefined;
  param: (key: string) => string | undefined;
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
  const head = priming + (job.definitions === '' ? '' : `${job.definitions}\n`);
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
  let html = renderPostBody(head + job.text + tail, {
    markup: settings.markup,
    shortcodes: settings.shortcodes,
    videoInfo: page.videoInfo,
    param: page.param,
    sourceLines: true,
    firstLine,
  }).html;
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
  };
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
