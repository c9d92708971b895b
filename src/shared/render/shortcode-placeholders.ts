import type { TextSpan } from '../post/types';
import type { ShortcodeCall } from '../shortcodes/types';

/** Markdown with every top-level shortcode call replaced, as Hugo does before Goldmark runs. */
export interface PlacedMarkdown {
  markdown: string;
  /** Top-level calls in order; the first has ordinal `firstOrdinal`. */
  calls: ShortcodeCall[];
  firstOrdinal: number;
  /** Maps a 0-based line of `markdown` to the 0-based line of the text it came from. */
  originalLine(markdownLine: number): number;
  /** Offset in the text of an offset in `markdown` outside any replacement; -1 inside one. */
  originalOffset(markdownOffset: number): number;
}

/** Shortcode calls and commented-out calls, with offsets in the page's text. */
export interface PageShortcodes {
  calls: readonly ShortcodeCall[];
  comments: readonly TextSpan[];
}

/**
 * Hugo's placeholder for the `{{< >}}` call with this ordinal. Its exact
 * text matters: Goldmark sees it, so it ends up in heading ids
 * (`## A {{< x >}}` → `a-hahahugoshortcodes0hbhb`).
 */
export function placeholderOf(ordinal: number): string {
  return `HAHAHUGOSHORTCODEs${ordinal}HBHB`;
}

/**
 * What stands for a `{{% %}}` call: Hugo inserts such a call's output into
 * the Markdown, so the output of its template (an element and a line break)
 * takes part in block parsing.
 */
export function slotOf(ordinal: number): string {
  return `<div data-shortcode-slot="${ordinal}"></div>`;
}

/** Finds slots inside raw HTML (they survive `unsafe: false`). */
export const slotPattern = /<div data-shortcode-slot="\d+"><\/div>/;

/**
 * Replaces the shortcodes of `text[from, to)` (a whole page, or one of its
 * sections) by placeholders, numbered from `firstOrdinal`; a call for
 * which `printedText` gives its output is replaced by that output.
 */
export function placeShortcodes(
  text: string,
  from: number,
  to: number,
  shortcodes: PageShortcodes,
  firstOrdinal = 0,
  printedText: (call: ShortcodeCall) => string | undefined = () => undefined,
): PlacedMarkdown {
  const replacements: { span: TextSpan; text: string }[] = [];
  const calls: ShortcodeCall[] = [];
  let coveredTo = -1;
  const inRange = (span: TextSpan): boolean => span.from >= from && span.to <= to;
  const tagged = [
    ...shortcodes.calls
      .filter((call) => inRange(call.span))
      .map((call) => ({ span: call.span, call })),
    ...shortcodes.comments.filter(inRange).map((span) => ({ span, call: null })),
  ].sort((a, b) => a.span.from - b.span.from);
  for (const { span, call } of tagged) {
    // Calls inside another call's content belong to that call.
    if (span.from < coveredTo) continue;
    coveredTo = span.to;
    if (call) {
      const ordinal = firstOrdinal + calls.length;
      calls.push(call);
      // A `{{% %}}` call that prints text (`param`) is that text in the
      // Markdown, as in Hugo: it can be a link's destination or a table cell.
      // `printedText` decides which calls (see `renderSection`).
      const printed = printedText(call);
      const replacement =
        printed ?? (call.open.delimiter === '<' ? placeholderOf(ordinal) : `${slotOf(ordinal)}\n`);
      replacements.push({ span, text: replacement });
    } else {
      // `{{</* x */>}}` prints `{{< x >}}`.
      const open = text.slice(span.from, span.from + 3);
      const close = text.slice(span.to - 3, span.to);
      replacements.push({ span, text: open + text.slice(span.from + 5, span.to - 5) + close });
    }
  }

  let markdown = '';
  const lineMap: number[] = [0];
  let line = 0;
  let at = from;
  // Unchanged stretches: where each starts in `markdown` and in the text, and how long it is.
  const kept: [markdownFrom: number, textFrom: number, length: number][] = [];
  const copy = (chunk: string, textFrom: number): void => {
    for (let i = chunk.indexOf('\n'); i !== -1; i = chunk.indexOf('\n', i + 1))
      lineMap.push(++line);
    kept.push([markdown.length, textFrom, chunk.length]);
    markdown += chunk;
  };
  for (const { span, text: replacement } of replacements) {
    copy(text.slice(at, span.from), at);
    const startLine = line;
    for (let i = replacement.indexOf('\n'); i !== -1; i = replacement.indexOf('\n', i + 1)) {
      lineMap.push(startLine);
    }
    line += countNewlines(text, span.from, span.to);
    markdown += replacement;
    at = span.to;
  }
  copy(text.slice(at, to), at);
  return {
    markdown,
    calls,
    firstOrdinal,
    originalLine: (markdownLine) => lineMap[Math.min(markdownLine, lineMap.length - 1)] ?? 0,
    originalOffset: (markdownOffset) => {
      let low = 0;
      let high = kept.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (kept[mid]![0] <= markdownOffset) low = mid;
        else high = mid - 1;
      }
      const stretch = kept[low];
      if (!stretch || markdownOffset < stretch[0] || markdownOffset > stretch[0] + stretch[2])
        return -1;
      return stretch[1] + (markdownOffset - stretch[0]);
    },
  };
}

const placeholderStart = 'HAHAHUGOSHORTCODEs';
const slotStart = '<div data-shortcode-slot="';
const slotEnd = '"></div>';
// What may stand right before a placeholder that is alone in its paragraph
// (our paragraphs may carry a source line).
const paragraphOpen = /<p(?: data-source-line="\d+")?>$/;

/**
 * Puts each call's output where its placeholder or slot ended up in the
 * rendered HTML. A placeholder alone in a paragraph loses the paragraph, as
 * in Hugo (hugolib/shortcode.go expandShortcodeTokens). `render` returns
 * undefined for an ordinal it does not know, which leaves that text alone;
 * `inCode()` says whether the call stands inside a `<pre>` (a code block).
 */
export function restoreShortcodes(
  html: string,
  render: (ordinal: number, inCode: () => boolean) => string | undefined,
): string {
  let result = '';
  let copied = 0;
  let at = 0;
  for (;;) {
    const placeholder = html.indexOf(placeholderStart, at);
    const slot = html.indexOf(slotStart, at);
    if (placeholder === -1 && slot === -1) break;
    const isSlot = placeholder === -1 || (slot !== -1 && slot < placeholder);
    const from = isSlot ? slot : placeholder;
    const digitsFrom = from + (isSlot ? slotStart.length : placeholderStart.length);
    let digitsTo = digitsFrom;
    while (digitsTo < html.length && isDigit(html.charCodeAt(digitsTo))) digitsTo++;
    const close = isSlot ? slotEnd : 'HBHB';
    if (digitsTo === digitsFrom || !html.startsWith(close, digitsTo)) {
      at = digitsFrom;
      continue;
    }
    const to = digitsTo + close.length;
    const output = render(
      Number(html.slice(digitsFrom, digitsTo)),
      () => html.lastIndexOf('<pre', from) > html.lastIndexOf('</pre>', from),
    );
    at = to;
    if (output === undefined) continue;
    let replaceFrom = from;
    let replaceTo = to;
    if (!isSlot && html.startsWith('</p>', to)) {
      const open = paragraphOpen.exec(html.slice(Math.max(copied, from - 40), from));
      if (open) {
        replaceFrom = from - open[0].length;
        replaceTo = to + 4;
      }
    }
    result += html.slice(copied, replaceFrom) + output;
    copied = replaceTo;
    at = replaceTo;
  }
  return copied === 0 ? html : result + html.slice(copied);
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
