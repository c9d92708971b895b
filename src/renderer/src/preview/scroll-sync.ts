import type { SourceBlock } from './preview-document';

/** Where a block's top is, in the preview document's coordinates (pixels from its top). */
export type TopOf = (element: Element) => number;

/**
 * The preview's scroll position that shows `line` of the file at the top:
 * the block that starts at or before the line, moved on towards the next
 * block in proportion to how far the line lies between the two. Before the
 * first block it is 0; null when the preview has no blocks.
 */
export function scrollTopForLine(
  blocks: readonly SourceBlock[],
  line: number,
  topOf: TopOf,
): number | null {
  if (blocks.length === 0) return null;
  const index = lastAtOrBefore(blocks.length, (i) => (blocks[i] as SourceBlock).line <= line);
  if (index === -1) return 0;
  const block = blocks[index] as SourceBlock;
  const top = topOf(block.element);
  const next = blocks[index + 1];
  if (next === undefined || next.line === block.line) return top;
  const fraction = Math.min(1, (line - block.line) / (next.line - block.line));
  return top + fraction * (topOf(next.element) - top);
}

/**
 * The line of the file at the top of the preview when it is scrolled to
 * `scrollTop`: the block there, plus how far into it (up to the next
 * block) the view has scrolled, in lines. Blocks are assumed to lie in page
 * order top to bottom, so finding one takes a binary search.
 */
export function lineAtScrollTop(
  blocks: readonly SourceBlock[],
  scrollTop: number,
  topOf: TopOf,
): number | null {
  if (blocks.length === 0) return null;
  const index = lastAtOrBefore(
    blocks.length,
    (i) => topOf((blocks[i] as SourceBlock).element) <= scrollTop,
  );
  if (index === -1) return (blocks[0] as SourceBlock).line;
  const block = blocks[index] as SourceBlock;
  const next = blocks[index + 1];
  if (next === undefined) return block.line;
  const top = topOf(block.element);
  const height = topOf(next.element) - top;
  if (height <= 0) return block.line;
  const fraction = Math.min(1, (scrollTop - top) / height);
  return Math.floor(block.line + fraction * (next.line - block.line));
}

/** The block that holds `line`: the last one starting at or before it; null before the first. */
export function blockAtLine(blocks: readonly SourceBlock[], line: number): SourceBlock | null {
  const index = lastAtOrBefore(blocks.length, (i) => (blocks[i] as SourceBlock).line <= line);
  return index === -1 ? null : (blocks[index] as SourceBlock);
}

/** How far from the preview's edges the block being edited is kept, in pixels. */
const revealMargin = 32;

/**
 * How far to scroll (down positive, in pixels) to bring a block into view,
 * given its box relative to a view `viewHeight` high: none when it is in
 * view; otherwise the least that shows it, and of a block taller than the
 * view its end, where the cursor is when typing at the end of a post.
 */
export function scrollToReveal(
  rect: { top: number; bottom: number },
  viewHeight: number,
  margin = revealMargin,
): number {
  // A view this small (or hidden, 0 high) has no room to show anything in.
  if (viewHeight <= margin * 3) return 0;
  const bottomLimit = viewHeight - margin;
  if (rect.bottom > bottomLimit) return Math.round(rect.bottom - bottomLimit);
  if (rect.top >= margin) return 0;
  if (rect.bottom - rect.top <= bottomLimit - margin) return Math.round(rect.top - margin);
  if (rect.bottom < margin) return Math.round(rect.bottom - bottomLimit);
  return 0;
}

/** The last index in `[0, length)` for which `holds` is true, given it holds for a prefix; -1 when none. */
function lastAtOrBefore(length: number, holds: (index: number) => boolean): number {
  let low = 0;
  let high = length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (holds(mid)) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}
