import { splitFrontMatter } from '../post/split';
import { parsePost } from '../post';
import { trimOldest } from '../recently-used';
import { videoInfoById, type MarkupSettings, type VideoInfo } from '../render';
import { scanShortcodes } from '../shortcodes';
import {
  chunkFacts,
  mentionedReferences,
  pageReferences,
  type ChunkFacts,
  type PageReferences,
} from './chunk-facts';
import { cutIntoPieces, scanHtmlStructure } from './html-structure';
import type { MarkdownChunk } from './markdown-chunks';
import {
  numberFootnoteReferences,
  numberPageFootnotes,
  pageFootnoteList,
  partFootnotesKey,
  type PageFootnotes,
} from './page-footnotes';
import { pageHeadingIds } from './page-heading-ids';
import { canProbe, noOpenQuotes, sameQuoteState, type QuoteState } from './quote-state';
import { rechunk, type ChunkCorrespondence, type ChunkedBody } from './rechunk';
import {
  countLineBreaks,
  pageFactsOfData,
  renderUnitJob,
  topLevelCallStarts,
  unitMarkdown,
  usesInnerOf,
  type PageFacts,
  type PreviewSettings,
  type UnitJob,
  type UnitRender,
} from './unit-jobs';

export type { PreviewSettings, UnitJob, UnitRender } from './unit-jobs';

/**
 * How the preview's parts change: parts `start` to `start + deleteCount - 1`
 * go, `insert` (unsanitized HTML, one string per part) takes their place.
 * The preview is the parts' HTML in order.
 */
export interface PreviewPatch {
  start: number;
  deleteCount: number;
  insert: string[];
  /**
   * For every part of the new preview: what to add to the `data-source-line`
   * values inside it to get lines of the file. Parts are rendered on their
   * own, numbered from 1, so a line inserted above moves no HTML.
   */
  lineOffsets: number[];
}

/** What the preview shows for a file, part by part. */
export interface RenderedParts {
  html: string[];
  lineOffsets: number[];
}

/** Parts that must be rendered before the page can be put together (see `attempt`). */
export interface MissingParts {
  missing: UnitJob[];
}

/** A run of chunks rendered together: `[from, to)` chunk indices. */
interface Unit {
  from: number;
  to: number;
}

/** How a unit was rendered in the last pass, to reuse when nothing it depends on changed. */
interface UnitRecord extends Unit {
  quotesBefore: QuoteState;
  probe: boolean;
  /** The footnote definitions it was lent, joined. */
  stubs: string;
  rendered: UnitRender;
  /** What it was rendered from (`unitMarkdown`): a video it shows is named there. */
  markdown: string;
}

interface Pass {
  chunked: ChunkedBody;
  referencesKey: string;
  /** By first chunk index. */
  units: Map<number, UnitRecord>;
  /** Labels of the footnotes the page defines. */
  footnotesDefined: ReadonlySet<string>;
}

const cacheLimit = 4096;

const noStubs: string[] = [];

function stubsKey(stubs: readonly string[]): string {
  return stubs.length === 0 ? '' : stubs.join('\n');
}

/** A `param` shortcode call, whose output depends on the front matter. */
const paramCall = /\{\{[<%]-?\s*param\b/;

/**
 * Renders a post's body for the preview part by part, so an edit re-renders
 * only the part it touches. The result is what `renderPostBody` gives for
 * the whole body, cut at part boundaries: the parts are chunks that render
 * alone as they do in the page (see `splitMarkdownChunks`), joined where raw
 * HTML spans them; link references are lent to each part that mentions
 * them, open quotes are carried from part to part (see `quote-state.ts`),
 * heading ids are made unique across the page, and footnotes are numbered
 * and listed for the page (see `page-footnotes.ts`).
 *
 * `attempt` renders at most a budget of Markdown itself and names the
 * parts it left for someone else (a worker) to render with `renderUnitJob`;
 * `supply` hands their renders back.
 */
export class IncrementalRenderer {
  private settings: PreviewSettings | null = null;
  private settingsKey = '';
  private frontMatterText: string | null = null;
  /** The front matter as `param` calls see it; empty when the page has none. */
  private paramsKey = '';
  private page: PageFacts = { videoInfo: () => undefined, param: () => undefined };
  private usesParams = false;
  private videoById = new Map<string, VideoInfo>();
  private readonly chunkFacts = new Map<string, ChunkFacts>();
  private readonly renders = new Map<string, UnitRender>();
  private pass: Pass | null = null;
  private previous: string[] = [];
  private readonly finished = new WeakMap<UnitRender, { key: string; html: string }>();

  /**
   * The parts for `fileText` (front matter and body), and how they differ
   * from the last call's, or from nothing when `fresh` (the shown preview
   * was emptied). Should rendering throw, the last call's parts still count.
   */
  update(
    fileText: string,
    settings: PreviewSettings,
    fresh = false,
  ): { parts: RenderedParts; patch: PreviewPatch } {
    const parts = this.render(fileText, settings);
    return { parts, patch: this.patchTo(parts, fresh) };
  }

  /** Like `update`, rendering at most `budget` characters of Markdown here; else what is missing. */
  attemptUpdate(
    fileText: string,
    settings: PreviewSettings,
    fresh: boolean,
    budget: number,
  ): { parts: RenderedParts; patch: PreviewPatch } | MissingParts {
    const attempt = this.attempt(fileText, settings, budget);
    if ('missing' in attempt) return attempt;
    return { parts: attempt, patch: this.patchTo(attempt, fresh) };
  }

  render(fileText: string, settings: PreviewSettings): RenderedParts {
    const attempt = this.attempt(fileText, settings, Number.POSITIVE_INFINITY);
    if ('missing' in attempt) throw new Error('A part was left unrendered without a budget.');
    return attempt;
  }

  /** Renders of jobs done elsewhere (for the settings and front matter of the last attempt). */
  supply(
    jobs: readonly UnitJob[],
    renders: readonly UnitRender[],
    settings: PreviewSettings,
  ): void {
    this.useSettings(settings);
    jobs.forEach((job, index) => {
      const rendered = renders[index];
      if (rendered) this.renders.set(unitMarkdown(job, settings), rendered);
    });
  }

  /** The front matter the last attempt saw, for whoever renders its missing parts. */
  get frontMatter(): string {
    return this.frontMatterText ?? '';
  }

  /**
   * Renders the page, rendering missing parts here until `budget`
   * characters of Markdown are spent. Past that, parts still missing are
   * listed instead (assuming, for those after them, that they leave the
   * open quotes as they found them and hold no unclosed HTML), and nothing
   * of this attempt is kept but what was rendered.
   */
  attempt(
    fileText: string,
    settings: PreviewSettings,
    budget: number,
  ): RenderedParts | MissingParts {
    this.useSettings(settings);
    const bodyFrom = splitFrontMatter(fileText).bodyFrom;
    const frontMatterText = fileText.slice(0, bodyFrom);
    const firstLine = countLineBreaks(frontMatterText) + 1;
    let body = fileText.slice(bodyFrom);
    if (body.charCodeAt(0) === 0xfeff) body = body.slice(1);
    this.useFrontMatter(frontMatterText, settings, paramCall.test(body));

    const scan = scanShortcodes(body, { usesInner: usesInnerOf(settings) });
    const { chunked, reused } = rechunk(
      this.pass?.chunked ?? null,
      body,
      [...scan.calls.map((call) => call.span), ...scan.comments],
      (text) => this.factsOf(text),
    );
    const { chunks, facts } = chunked;
    const units = initialUnits(facts, settings.markup);
    const hidden = [
      ...scan.calls.filter((call) => call.inner !== null).map((call) => call.span),
      ...scan.comments,
    ];
    const references = pageReferences(
      facts,
      chunks.map((chunk) => chunk.from),
      hidden,
    );
    const previousUnits =
      this.pass !== null && this.pass.referencesKey === references.key ? this.pass.units : null;
    const reuse: Reuse = { previousUnits, correspondence: reused };
    // Footnotes defined on the page, as far as can be told before rendering
    // it; checked against what the parts turn out to define below.
    let footnotesDefined = new Set(
      settings.markup.footnote
        ? [
            ...facts.flatMap((fact) => fact.footnotesDefined),
            ...(this.pass?.footnotesDefined ?? []),
          ]
        : [],
    );
    const stubsOf = (unit: Unit): string[] => {
      if (footnotesDefined.size === 0) return noStubs;
      let labels: string[] | null = null;
      for (let index = unit.from; index < unit.to; index++) {
        for (const label of (facts[index] as ChunkFacts).footnotesUsed) {
          if (!footnotesDefined.has(label) || labels?.includes(label)) continue;
          (labels ??= []).push(label);
        }
      }
      return labels ?? noStubs;
    };

    let spend = budget;
    const missing: UnitJob[] = [];
    const renderOrPostpone = (
      unit: Unit,
      quotesBefore: QuoteState,
      probe: boolean,
      stubs: string[],
    ): { rendered: UnitRender; markdown: string } | null => {
      const reusable = reusableRecord(reuse, unit, quotesBefore, probe, stubsKey(stubs));
      if (reusable) return reusable;
      const job = this.jobFor(body, chunked, unit, references, quotesBefore, probe, stubs);
      const markdown = unitMarkdown(job, settings);
      const cached = this.renders.get(markdown);
      if (cached) {
        this.renders.delete(markdown);
        this.renders.set(markdown, cached);
        return { rendered: cached, markdown };
      }
      if (spend < markdown.length) {
        missing.push(job);
        return null;
      }
      spend -= markdown.length;
      const rendered = renderUnitJob(job, settings, this.page);
      this.renders.set(markdown, rendered);
      return { rendered, markdown };
    };

    const records: UnitRecord[] = [];
    let quotes = noOpenQuotes;
    for (let index = 0; index < units.length; index++) {
      const unit = units[index] as Unit;
      let probe = index < units.length - 1;
      let stubs = stubsOf(unit);
      let done = renderOrPostpone(unit, quotes, probe, stubs);
      // Raw HTML left open here closes further on, or the quote count after
      // this part cannot be read: render it together with the next part.
      while (
        done !== null &&
        index + 1 < units.length &&
        (!done.rendered.structure.balanced || done.rendered.quotesAfter === null)
      ) {
        unit.to = (units[index + 1] as Unit).to;
        units.splice(index + 1, 1);
        probe = index < units.length - 1;
        stubs = stubsOf(unit);
        done = renderOrPostpone(unit, quotes, probe, stubs);
      }
      if (done === null) continue;
      records.push({
        from: unit.from,
        to: unit.to,
        quotesBefore: quotes,
        probe,
        stubs: stubsKey(stubs),
        rendered: done.rendered,
        markdown: done.markdown,
      });
      quotes = done.rendered.quotesAfter ?? noOpenQuotes;
    }
    if (missing.length === 0) {
      // What the parts define is what the page defines (a definition inside
      // a quote or a list, none inside code): parts lent the wrong
      // definitions are rendered again. Lent definitions change neither
      // raw HTML nor quotes, so the parts stay as they are.
      footnotesDefined = new Set(
        records.flatMap(
          (record) => record.rendered.footnotes?.items.map((item) => item.label) ?? [],
        ),
      );
      for (const record of records) {
        const stubs = stubsOf(record);
        if (stubsKey(stubs) === record.stubs) continue;
        const done = renderOrPostpone(record, record.quotesBefore, record.probe, stubs);
        if (done === null) continue;
        record.stubs = stubsKey(stubs);
        record.rendered = done.rendered;
        record.markdown = done.markdown;
      }
    }
    trimOldest(this.renders, cacheLimit);
    trimOldest(this.chunkFacts, cacheLimit);
    if (missing.length > 0) return { missing };
    this.pass = {
      chunked,
      referencesKey: references.key,
      units: new Map(records.map((record) => [record.from, record])),
      footnotesDefined,
    };
    const renders = records.map((record) => record.rendered);

    const callStarts = topLevelCallStarts(scan.calls, scan.comments);
    const unitStarts = units.map((unit) => (chunks[unit.from] as MarkdownChunk).from);
    // Placeholder numbers count calls across the page; a part's count from its own start.
    const callOffsets = unitStarts.map(
      (start, index) => countBelow(callStarts, start) - (renders[index]?.lentCalls ?? 0),
    );
    const ids = pageHeadingIds(
      renders.map((rendered) => rendered.structure.headingIds.map((heading) => heading.id)),
      callOffsets,
    );

    const partFootnotes = renders.map((rendered) => rendered.footnotes);
    const footnotes = numberPageFootnotes(partFootnotes);
    const html: string[] = [];
    const lineOffsets: number[] = [];
    const unitLineOffsets = units.map(
      (unit) => firstLine + (chunks[unit.from] as MarkdownChunk).line - 1,
    );
    renders.forEach((rendered, index) => {
      const unitHtml = this.finish(rendered, ids[index] ?? null, footnotes, index);
      for (const piece of pieces(shiftLeakedSlots(unitHtml, callOffsets[index] ?? 0))) {
        html.push(piece);
        lineOffsets.push(unitLineOffsets[index] ?? 0);
      }
    });
    // The page's footnote list comes last, after every part; its items come
    // from different parts, so their source lines are the file's own.
    const list = pageFootnoteList(footnotes, partFootnotes, settings.markup.xhtml, (item, index) =>
      shiftLeakedSlots(
        shiftSourceLines(item, unitLineOffsets[index] ?? 0),
        callOffsets[index] ?? 0,
      ),
    );
    if (list !== '') {
      html.push(list);
      lineOffsets.push(0);
    }
    return { html, lineOffsets };
  }

  private patchTo(parts: RenderedParts, fresh: boolean): PreviewPatch {
    const patch = diffParts(fresh ? [] : this.previous, parts);
    this.previous = parts.html;
    return patch;
  }

  private useSettings(settings: PreviewSettings): void {
    // The same settings object comes with every keystroke; the site's pages can be many.
    if (settings === this.settings) return;
    this.settings = settings;
    const key = JSON.stringify([
      settings.markup,
      [...(settings.shortcodes ?? new Map())],
      settings.siteParams ?? null,
      settings.siteRefs ?? null,
      settings.pagePath ?? null,
    ]);
    if (key === this.settingsKey) return;
    this.settingsKey = key;
    this.renders.clear();
    this.pass = null;
    // Page facts (`ref` lookups) follow the settings.
    this.frontMatterText = null;
  }

  private useFrontMatter(text: string, settings: PreviewSettings, usesParams: boolean): void {
    if (text === this.frontMatterText && usesParams === this.usesParams) return;
    this.frontMatterText = text;
    this.usesParams = usesParams;
    const data = text === '' ? null : parsePost(text).data;
    const before = this.videoById;
    const after = videoInfoById(data);
    this.videoById = after;
    this.page = pageFactsOfData(data, after, settings);
    // `param` calls print front matter values: where the page has any, a
    // change there renders every part again.
    const key = usesParams ? JSON.stringify(data) : '';
    if (key !== this.paramsKey) {
      this.paramsKey = key;
      this.renders.clear();
      this.pass = null;
      return;
    }
    // Video cards show titles and durations from the front matter: the parts
    // showing a video whose card changed are rendered again (the part's
    // Markdown names its ID), the others kept, so typing a video's title in
    // the form re-renders one part.
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter(
      (id) => JSON.stringify(before.get(id)) !== JSON.stringify(after.get(id)),
    );
    if (changed.length === 0) return;
    const showsChanged = (markdown: string): boolean => changed.some((id) => markdown.includes(id));
    for (const markdown of [...this.renders.keys()]) {
      if (showsChanged(markdown)) this.renders.delete(markdown);
    }
    // The last pass's other parts stay reusable: with sixty videos, finding
    // every part in the cache again cost a keystroke more than rendering one.
    const pass = this.pass;
    if (pass === null) return;
    for (const [from, record] of pass.units) {
      if (showsChanged(record.markdown)) pass.units.delete(from);
    }
  }

  private factsOf(text: string): ChunkFacts {
    let facts = this.chunkFacts.get(text);
    if (facts === undefined) facts = chunkFacts(text);
    else this.chunkFacts.delete(text);
    this.chunkFacts.set(text, facts);
    return facts;
  }

  private jobFor(
    body: string,
    { chunks, facts }: ChunkedBody,
    unit: Unit,
    references: PageReferences,
    quotesBefore: QuoteState,
    probe: boolean,
    footnoteStubs: string[],
  ): UnitJob {
    const text = body.slice(
      (chunks[unit.from] as MarkdownChunk).from,
      (chunks[unit.to - 1] as MarkdownChunk).to,
    );
    const lent = new Set<string>();
    for (let index = unit.from; index < unit.to; index++) {
      for (const line of mentionedReferences(facts[index] as ChunkFacts, references)) {
        lent.add(line);
      }
    }
    // In page order, so the first definition of a label wins, as in the page.
    const definitions = references.all
      .filter((reference) => lent.has(reference.line))
      .map((reference) => `${reference.line}\n`)
      .join('');
    return { text, definitions, footnoteStubs, quotesBefore, probe };
  }

  /** The part's HTML with the page's heading ids and footnote numbers. */
  private finish(
    rendered: UnitRender,
    ids: readonly string[] | null,
    footnotes: PageFootnotes,
    index: number,
  ): string {
    const part = rendered.footnotes;
    if (ids === null && part === null) return rendered.html;
    const key = `${ids?.join('\n') ?? ''}\0${part ? partFootnotesKey(footnotes, part, index) : ''}`;
    let finished = this.finished.get(rendered);
    if (finished?.key !== key) {
      let html = rendered.html;
      if (ids !== null) {
        html = '';
        let at = 0;
        rendered.structure.headingIds.forEach((heading, headingIndex) => {
          html += rendered.html.slice(at, heading.from) + (ids[headingIndex] ?? heading.id);
          at = heading.to;
        });
        html += rendered.html.slice(at);
      }
      if (part !== null) html = numberFootnoteReferences(html, footnotes, part, index);
      finished = { key, html };
      this.finished.set(rendered, finished);
    }
    return finished.html;
  }
}

interface Reuse {
  previousUnits: ReadonlyMap<number, UnitRecord> | null;
  correspondence: ChunkCorrespondence;
}

/**
 * The last pass's record of `unit` (its render and the Markdown it was
 * rendered from), when all its chunks are the last pass's (none new, not
 * spanning the edit), and everything it depends on is the same.
 */
function reusableRecord(
  { previousUnits, correspondence }: Reuse,
  unit: Unit,
  quotesBefore: QuoteState,
  probe: boolean,
  stubs: string,
): UnitRecord | null {
  if (previousUnits === null) return null;
  const { prefix, suffixFrom, suffixShift } = correspondence;
  let from: number;
  if (unit.to <= prefix) from = unit.from;
  else if (unit.from >= suffixFrom) from = unit.from - suffixShift;
  else return null;
  const record = previousUnits.get(from);
  if (record === undefined || record.to - record.from !== unit.to - unit.from) return null;
  if (record.probe !== probe || record.stubs !== stubs) return null;
  return sameQuoteState(record.quotesBefore, quotesBefore) ? record : null;
}

/** One unit per chunk. */
function initialUnits(facts: readonly ChunkFacts[], markup: MarkupSettings): Unit[] {
  // Quote counts cannot be carried over when closing quotes print as nothing.
  if (markup.typographer && !canProbe(markup.typographer)) return [{ from: 0, to: facts.length }];
  return facts.map((_, index) => ({ from: index, to: index + 1 }));
}

/**
 * Parts longer than this go to the preview in pieces (cut between
 * top-level elements), so an edit inside a long part is sanitized and
 * shown as the one piece it changed.
 */
const pieceSize = 4096;

function pieces(html: string): string[] {
  if (html.length <= pieceSize) return [html];
  return cutIntoPieces(html, scanHtmlStructure(html).topLevelEnds, pieceSize);
}

const sourceLine = /data-source-line="(-?\d+)"/g;

/** Source lines counted from a part's first line made lines of the file. */
function shiftSourceLines(html: string, offset: number): string {
  if (offset === 0) return html;
  return html.replace(
    sourceLine,
    (_, line: string) => `data-source-line="${Number(line) + offset}"`,
  );
}

const leakedSlot = /data-shortcode-slot=&quot;(\d+)&quot;/g;

/**
 * A `{{% %}}` call inside code stays there as its slot's escaped text, with
 * its number among the page's calls; a part numbers from its own start.
 */
function shiftLeakedSlots(html: string, offset: number): string {
  if (offset === 0 || !html.includes('data-shortcode-slot=&quot;')) return html;
  return html.replace(
    leakedSlot,
    (_, ordinal: string) => `data-shortcode-slot=&quot;${Number(ordinal) + offset}&quot;`,
  );
}

function countBelow(sorted: readonly number[], limit: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] ?? 0) < limit) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The smallest patch from `before` to `after`: unchanged parts at both ends stay. */
export function diffParts(before: readonly string[], after: RenderedParts): PreviewPatch {
  const next = after.html;
  let start = 0;
  while (start < before.length && start < next.length && before[start] === next[start]) start++;
  let end = 0;
  while (
    end < before.length - start &&
    end < next.length - start &&
    before[before.length - 1 - end] === next[next.length - 1 - end]
  ) {
    end++;
  }
  return {
    start,
    deleteCount: before.length - start - end,
    insert: next.slice(start, next.length - end),
    lineOffsets: after.lineOffsets,
  };
}
