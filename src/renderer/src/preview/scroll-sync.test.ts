import { describe, expect, it } from 'vitest';
import type { SourceBlock } from './preview-document';
import { lineAtScrollTop, scrollTopForLine } from './scroll-sync';

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
