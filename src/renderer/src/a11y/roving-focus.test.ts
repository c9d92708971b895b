import { describe, expect, it } from 'vitest';
import { rovingTarget } from './roving-focus';

describe('rovingTarget', () => {
  it('steps with the arrows of its orientation and wraps at the ends', () => {
    expect(rovingTarget('ArrowRight', 0, 3, 'horizontal')).toBe(1);
    expect(rovingTarget('ArrowRight', 2, 3, 'horizontal')).toBe(0);
    expect(rovingTarget('ArrowLeft', 0, 3, 'horizontal')).toBe(2);
    expect(rovingTarget('ArrowDown', 1, 3, 'vertical')).toBe(2);
    expect(rovingTarget('ArrowUp', 0, 3, 'vertical')).toBe(2);
  });

  it('goes to the ends with Home and End', () => {
    expect(rovingTarget('Home', 2, 3, 'vertical')).toBe(0);
    expect(rovingTarget('End', 0, 3, 'horizontal')).toBe(2);
  });

  it('leaves other keys, the other orientation and empty lists alone', () => {
    expect(rovingTarget('ArrowDown', 0, 3, 'horizontal')).toBeNull();
    expect(rovingTarget('ArrowLeft', 0, 3, 'vertical')).toBeNull();
    expect(rovingTarget('Enter', 0, 3, 'vertical')).toBeNull();
    expect(rovingTarget('ArrowDown', 0, 0, 'vertical')).toBeNull();
  });

  it('starts from an end when there is no current item', () => {
    expect(rovingTarget('ArrowDown', -1, 3, 'vertical')).toBe(0);
    expect(rovingTarget('ArrowUp', -1, 3, 'vertical')).toBe(2);
  });
});
