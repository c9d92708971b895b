import { describe, expect, it } from 'vitest';
import { scrollToReveal, visibleRows } from './windowed-range';

describe('visibleRows', () => {
  it('draws the rows in view plus the overscan, within the list', () => {
    expect(visibleRows(0, 100, 20, 1000, 2)).toEqual({ start: 0, end: 8 });
    expect(visibleRows(400, 100, 20, 1000, 2)).toEqual({ start: 18, end: 28 });
    expect(visibleRows(19_900, 100, 20, 1000, 2)).toEqual({ start: 993, end: 1000 });
  });

  it('copes with empty lists, no height and scrolling past the end', () => {
    expect(visibleRows(0, 100, 20, 0)).toEqual({ start: 0, end: 0 });
    expect(visibleRows(0, 0, 20, 10, 0)).toEqual({ start: 0, end: 1 });
    expect(visibleRows(5000, 100, 20, 10, 1)).toEqual({ start: 8, end: 10 });
  });
});

describe('scrollToReveal', () => {
  it('scrolls up or down just enough, or not at all', () => {
    expect(scrollToReveal(5, 200, 100, 20)).toBe(100);
    expect(scrollToReveal(20, 200, 100, 20)).toBe(320);
    expect(scrollToReveal(12, 200, 100, 20)).toBeNull();
  });
});
