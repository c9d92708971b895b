import { describe, expect, it } from 'vitest';
import type { SourceBlock } from './preview-document';
import { blockAtLine, lineAtScrollTop, scrollToReveal, scrollTopForLine } from './scroll-sync';

// Blocks at lines 5, 10, 30, with tops 0, 100, 400.
const tops = new Map<string, number>([
  ['a', 0],
  ['b', 100],
  ['c', 400],
]);
const blocks: SourceBlock[] = [
  { line: 5, element: { id: 'a' } as Element },
  { line: 10, element: { id: 'b' } as Element },
  { line: 30, element: { id: 'c' } as Element },
];
const topOf = (element: Element) => tops.get(element.id) ?? 0;

describe('scroll sync', () => {
  it('finds where a source line is shown, between blocks in proportion', () => {
    expect(scrollTopForLine(blocks, 1, topOf)).toBe(0);
    expect(scrollTopForLine(blocks, 5, topOf)).toBe(0);
    expect(scrollTopForLine(blocks, 20, topOf)).toBe(250);
    expect(scrollTopForLine(blocks, 99, topOf)).toBe(400);
    expect(scrollTopForLine([], 3, topOf)).toBeNull();
  });

  it('finds the source line shown at a scroll position', () => {
    expect(lineAtScrollTop(blocks, 0, topOf)).toBe(5);
    expect(lineAtScrollTop(blocks, 50, topOf)).toBe(7);
    expect(lineAtScrollTop(blocks, 250, topOf)).toBe(20);
    expect(lineAtScrollTop(blocks, 5000, topOf)).toBe(30);
    expect(lineAtScrollTop([], 10, topOf)).toBeNull();
  });

  it('goes both ways without drifting', () => {
    for (const line of [5, 8, 10, 17, 29, 30]) {
      expect(lineAtScrollTop(blocks, scrollTopForLine(blocks, line, topOf)!, topOf)).toBe(line);
    }
  });
});

describe('following the cursor', () => {
  const blocks = [1, 5, 9].map((line) => ({ line, element: {} as Element }));

  it('finds the block that holds a line', () => {
    expect(blockAtLine(blocks, 0)).toBeNull();
    expect(blockAtLine(blocks, 5)?.line).toBe(5);
    expect(blockAtLine(blocks, 8)?.line).toBe(5);
    expect(blockAtLine(blocks, 400)?.line).toBe(9);
  });

  it('scrolls only as far as it takes to show the block', () => {
    // In view: no scrolling.
    expect(scrollToReveal({ top: 100, bottom: 200 }, 600)).toBe(0);
    // Below the view: its end comes up to the margin.
    expect(scrollToReveal({ top: 700, bottom: 760 }, 600)).toBe(760 - (600 - 32));
    // Above: its top comes down to the margin.
    expect(scrollToReveal({ top: -300, bottom: -200 }, 600)).toBe(-300 - 32);
    // Taller than the view and running past its end: the end is shown, where the typing is.
    expect(scrollToReveal({ top: -50, bottom: 1500 }, 600)).toBe(1500 - 568);
    // Taller, its end in view: left as it is.
    expect(scrollToReveal({ top: -900, bottom: 400 }, 600)).toBe(0);
    // A hidden preview has no height to show anything in.
    expect(scrollToReveal({ top: 700, bottom: 760 }, 0)).toBe(0);
  });
});
