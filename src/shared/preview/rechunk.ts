import type { TextSpan } from '../post/types';
import type { ChunkFacts } from './chunk-facts';
import { splitMarkdownRange, type MarkdownChunk } from './markdown-chunks';

/** A body cut into chunks, with each chunk's facts. */
export interface ChunkedBody {
  body: string;
  chunks: MarkdownChunk[];
  facts: ChunkFacts[];
}

/** Which chunks of the new body are the previous body's, unchanged (possibly moved). */
export interface ChunkCorrespondence {
  /** Chunks `[0, prefix)` are the previous body's `[0, prefix)`. */
  prefix: number;
  /** Chunks from `suffixFrom` on are the previous body's, `suffixShift` indices earlier. */
  suffixFrom: number;
  suffixShift: number;
}

/**
 * Cuts `body` into chunks, reusing the previous cut where the text did not
 * change: chunks before the first changed line stay, splitting resumes at
 * the last of them, and stops as soon as it reaches a chunk start of the
 * previous cut inside the unchanged end of the text. Shortcode calls
 * (`noSplit`) may pair differently after an edit; if one now spans a reused
 * chunk start, the whole body is cut again.
 */
export function rechunk(
  previous: ChunkedBody | null,
  body: string,
  noSplit: readonly TextSpan[],
  factsOf: (text: string) => ChunkFacts,
): { chunked: ChunkedBody; reused: ChunkCorrespondence } {
  const none: ChunkCorrespondence = {
    prefix: 0,
    suffixFrom: Number.MAX_SAFE_INTEGER,
    suffixShift: 0,
  };
  if (previous === null || previous.chunks.length === 0)
    return { chunked: cutAll(body, noSplit, factsOf), reused: none };

  const old = previous.body;
  const same = commonPrefixLength(old, body);
  if (same === old.length && same === body.length) {
    if (!boundariesClear(previous.chunks, noSplit))
      return { chunked: cutAll(body, noSplit, factsOf), reused: none };
    return {
      chunked: { body, chunks: previous.chunks, facts: previous.facts },
      reused: {
        prefix: previous.chunks.length,
        suffixFrom: previous.chunks.length,
        suffixShift: 0,
      },
    };
  }
  const sameEnd = commonSuffixLength(old, body, Math.min(old.length, body.length) - same);
  const delta = body.length - old.length;

  // A chunk is kept when the line starting the next one lies wholly before the change.
  let prefix = 0;
  while (prefix < previous.chunks.length - 1) {
    const next = (previous.chunks[prefix] as MarkdownChunk).to;
    const lineEnd = old.indexOf('\n', next);
    if (lineEnd === -1 || lineEnd + 1 > same) break;
    prefix++;
  }
  // Splitting resumes at the start of the first chunk not kept.
  const resume = previous.chunks[prefix] as MarkdownChunk;
  const unchangedFrom = body.length - sameEnd;
  let suffixOld = -1;
  const { chunks: middle, stopped } = splitMarkdownRange(body, noSplit, {
    from: resume.from,
    line: resume.line,
    stopAt: (offset) => {
      // The line before a chunk start decides it too: both must be unchanged.
      const lineBefore = body.lastIndexOf('\n', offset - 2) + 1;
      if (lineBefore < unchangedFrom) return false;
      suffixOld = chunkStartingAt(previous.chunks, offset - delta);
      return suffixOld !== -1;
    },
  });

  const chunks = previous.chunks.slice(0, prefix);
  const facts = previous.facts.slice(0, prefix);
  for (const chunk of middle) {
    chunks.push(chunk);
    facts.push(factsOf(chunk.text));
  }
  const suffixFrom = chunks.length;
  let suffixShift = 0;
  if (stopped !== null && suffixOld !== -1) {
    const lineShift = stopped.line - (previous.chunks[suffixOld] as MarkdownChunk).line;
    suffixShift = suffixFrom - suffixOld;
    for (let index = suffixOld; index < previous.chunks.length; index++) {
      const chunk = previous.chunks[index] as MarkdownChunk;
      chunks.push({
        ...chunk,
        from: chunk.from + delta,
        to: chunk.to + delta,
        line: chunk.line + lineShift,
      });
      facts.push(previous.facts[index] as ChunkFacts);
    }
  }
  if (!boundariesClear(chunks, noSplit))
    return { chunked: cutAll(body, noSplit, factsOf), reused: none };
  return {
    chunked: { body, chunks, facts },
    reused: {
      prefix,
      suffixFrom: stopped === null ? Number.MAX_SAFE_INTEGER : suffixFrom,
      suffixShift,
    },
  };
}

function cutAll(
  body: string,
  noSplit: readonly TextSpan[],
  factsOf: (text: string) => ChunkFacts,
): ChunkedBody {
  const { chunks } = splitMarkdownRange(body, noSplit, { from: 0, line: 0 });
  return { body, chunks, facts: chunks.map((chunk) => factsOf(chunk.text)) };
}

function chunkStartingAt(chunks: readonly MarkdownChunk[], offset: number): number {
  let low = 0;
  let high = chunks.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const from = (chunks[mid] as MarkdownChunk).from;
    if (from === offset) return mid;
    if (from < offset) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

/** True when no span strictly contains a chunk start. */
function boundariesClear(chunks: readonly MarkdownChunk[], spans: readonly TextSpan[]): boolean {
  for (const span of spans) {
    // The first chunk starting after the span's start must start at or after its end.
    let low = 0;
    let high = chunks.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((chunks[mid] as MarkdownChunk).from <= span.from) low = mid + 1;
      else high = mid;
    }
    const next = chunks[low];
    if (next !== undefined && next.from < span.to) return false;
  }
  return true;
}

const block = 256;

export function commonPrefixLength(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let at = 0;
  while (at + block <= limit && a.slice(at, at + block) === b.slice(at, at + block)) at += block;
  while (at < limit && a.charCodeAt(at) === b.charCodeAt(at)) at++;
  return at;
}

/** Length of the common end of `a` and `b`, at most `limit`. */
export function commonSuffixLength(a: string, b: string, limit: number): number {
  let length = 0;
  while (
    length + block <= limit &&
    a.slice(a.length - length - block, a.length - length) ===
      b.slice(b.length - length - block, b.length - length)
  ) {
    length += block;
  }
  while (
    length < limit &&
    a.charCodeAt(a.length - 1 - length) === b.charCodeAt(b.length - 1 - length)
  )
    length++;
  return length;
}
