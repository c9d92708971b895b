import type { TextSpan } from '../post/types';

/** A run of whole lines of a Markdown body that renders the same alone as in its document. */
export interface MarkdownChunk {
  /** Offset of the chunk's first character in the body. */
  from: number;
  /** Offset just after the chunk's last character (its last line break included). */
  to: number;
  /** 0-based line of the body the chunk starts on. */
  line: number;
  /** The chunk's lines; `body.slice(from, to)`. */
  text: string;
}

const fenceOpen = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const listMarker = /^(?:[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$))/;

/**
 * HTML blocks of CommonMark types 1 to 5 run across blank lines, up to their
 * own end marker; a chunk never starts inside one.
 */
export const htmlBlockKinds: readonly { start: RegExp; end: RegExp }[] = [
  {
    start: /^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i,
    end: /<\/(?:script|pre|style|textarea)>/i,
  },
  { start: /^ {0,3}<!--/, end: /-->/ },
  { start: /^ {0,3}<\?/, end: /\?>/ },
  { start: /^ {0,3}<![A-Za-z]/, end: />/ },
  { start: /^ {0,3}<!\[CDATA\[/, end: /\]\]>/ },
];

/**
 * Cuts a Markdown body into chunks that each render exactly as they do in
 * the whole document, so an edit re-renders only its own chunk. A chunk
 * starts on a line that begins a new top-level block whatever came before:
 * after a blank line, at column 0 (not indented code, not a list item's
 * continuation), and not a line that can still belong to the block before a
 * blank line: a list item (loose lists), a definition (`: …`) or a block
 * attribute line (`{.class}`). Never inside a fenced code block, a
 * multi-line HTML block, or `noSplit` (shortcode calls and comments).
 *
 * What this cannot see (reference definitions, footnotes, heading ids,
 * unbalanced raw HTML) the incremental renderer handles across chunks.
 */
export function splitMarkdownChunks(
  body: string,
  noSplit: readonly TextSpan[] = [],
): MarkdownChunk[] {
  return splitMarkdownRange(body, noSplit, { from: 0, line: 0 }).chunks;
}

export interface RangeStart {
  /** Where to start: 0 or the start of a chunk (where nothing is open). */
  from: number;
  /** The body's 0-based line at `from`. */
  line: number;
  /** Asked at each new chunk's start; true stops the split there. */
  stopAt?: (offset: number, line: number) => boolean;
}

/**
 * `splitMarkdownChunks` from a chunk start on, stopping early where `stopAt`
 * says (where the rest is known to split as before). `stopped` gives the
 * offset and line the split stopped at, or null when it ran to the end.
 */
export function splitMarkdownRange(
  body: string,
  noSplit: readonly TextSpan[],
  start: RangeStart,
): { chunks: MarkdownChunk[]; stopped: { offset: number; line: number } | null } {
  const chunks: MarkdownChunk[] = [];
  let chunkFrom = start.from;
  let chunkLine = start.line;
  let fence: { char: string; length: number } | null = null;
  let htmlEnd: RegExp | null = null;
  let previousBlank = false;
  // Spans are taken in order of their start; `coveredTo` is the furthest end of those begun.
  const spans = [...noSplit].sort((a, b) => a.from - b.from);
  let spanIndex = 0;
  while (spanIndex < spans.length && (spans[spanIndex]?.from ?? 0) < start.from) spanIndex += 1;
  let coveredTo = -1;

  let line = start.line;
  for (let at = start.from; at < body.length; line += 1) {
    const newline = body.indexOf('\n', at);
    const end = newline === -1 ? body.length : newline + 1;
    const content = body.slice(at, newline === -1 ? body.length : newline).replace(/\r$/, '');

    for (let span = spans[spanIndex]; span && span.from < at; span = spans[++spanIndex]) {
      coveredTo = Math.max(coveredTo, span.to);
    }
    const insideSpan = coveredTo > at;

    if (
      at > chunkFrom &&
      previousBlank &&
      fence === null &&
      htmlEnd === null &&
      !insideSpan &&
      startsFreshBlock(content)
    ) {
      chunks.push({
        from: chunkFrom,
        to: at,
        line: chunkLine,
        text: body.slice(chunkFrom, at),
      });
      if (start.stopAt?.(at, line)) return { chunks, stopped: { offset: at, line } };
      chunkFrom = at;
      chunkLine = line;
    }

    if (fence !== null) {
      if (closesFence(content, fence)) fence = null;
    } else if (htmlEnd !== null) {
      if (htmlEnd.test(content)) htmlEnd = null;
    } else {
      const opened = fenceOpen.exec(content);
      const marker = opened?.[1];
      if (marker && !(marker.startsWith('`') && (opened[2] ?? '').includes('`'))) {
        fence = { char: marker.charAt(0), length: marker.length };
      } else {
        const kind = htmlBlockKinds.find((candidate) => candidate.start.test(content));
        // The end marker may sit on the opening line itself.
        if (kind && !kind.end.test(content.replace(kind.start, ''))) htmlEnd = kind.end;
      }
    }
    previousBlank = fence === null && content.trim() === '';
    at = end;
  }
  if (chunkFrom < body.length || chunks.length === 0) {
    chunks.push({
      from: chunkFrom,
      to: body.length,
      line: chunkLine,
      text: body.slice(chunkFrom),
    });
  }
  return { chunks, stopped: null };
}

function startsFreshBlock(line: string): boolean {
  const first = line.charAt(0);
  if (first === '' || first === ' ' || first === '\t') return false;
  if (first === ':' || first === '{') return false;
  return !listMarker.test(line);
}

function closesFence(line: string, fence: { char: string; length: number }): boolean {
  const match = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
  const marker = match?.[1];
  return marker !== undefined && marker.charAt(0) === fence.char && marker.length >= fence.length;
}
