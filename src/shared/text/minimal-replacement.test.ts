import { describe, expect, it } from 'vitest';
import { minimalReplacement } from './minimal-replacement';

function applied(before: string, after: string): string {
  const change = minimalReplacement(before, after);
  if (!change) return before;
  return before.slice(0, change.from) + change.insert + before.slice(change.to);
}

describe('minimalReplacement', () => {
  it('replaces only the middle that changed', () => {
    expect(minimalReplacement('hello world', 'hello brave world')).toEqual({
      from: 6,
      to: 6,
      insert: 'brave ',
    });
    expect(minimalReplacement('abcdef', 'abXef')).toEqual({ from: 2, to: 4, insert: 'X' });
    expect(minimalReplacement('same', 'same')).toBeNull();
  });

  it('handles repeated characters where start and end overlap', () => {
    for (const [a, b] of [
      ['aaa', 'aaaa'],
      ['aaaa', 'aa'],
      ['', 'x'],
      ['x', ''],
      ['abab', 'ab'],
    ] as const)
      expect(applied(a, b)).toBe(b);
  });

  it('keeps surrogate pairs whole', () => {
    const change = minimalReplacement('a😀b', 'a😃b');
    expect(change).toEqual({ from: 1, to: 3, insert: '😃' });
  });
});
