import { describe, expect, it } from 'vitest';
import { ForwardFinder } from './forward-finder';

describe('ForwardFinder', () => {
  it('answers like indexOf from any position, forwards or backwards', () => {
    const text = 'a >}} b >}} c';
    const finder = new ForwardFinder(text, '>}}');
    for (const from of [0, 1, 2, 3, 7, 8, 9, 12, 13, 4, 0, 2, 8]) {
      expect(finder.next(from)).toBe(text.indexOf('>}}', from));
    }
  });

  it('reports no match once past the last one', () => {
    const finder = new ForwardFinder('x{{y', '{{');
    expect(finder.next(0)).toBe(1);
    expect(finder.next(2)).toBe(-1);
    expect(finder.next(3)).toBe(-1);
    expect(finder.next(1)).toBe(1);
  });
});
