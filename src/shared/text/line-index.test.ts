import { describe, expect, it } from 'vitest';
import { LineIndex } from './line-index';

describe('LineIndex', () => {
  it('maps offsets to 1-based lines and columns and back', () => {
    const lines = new LineIndex('ab\ncd\n\nef');
    expect(lines.lineCount).toBe(4);
    expect(lines.position(0)).toEqual({ line: 1, column: 1 });
    expect(lines.position(4)).toEqual({ line: 2, column: 2 });
    expect(lines.position(6)).toEqual({ line: 3, column: 1 });
    expect(lines.position(8)).toEqual({ line: 4, column: 2 });
    expect(lines.offset({ line: 4, column: 2 })).toBe(8);
  });

  it('counts CRLF lines like LF lines and clamps out-of-range offsets', () => {
    const lines = new LineIndex('a\r\nb');
    expect(lines.position(3)).toEqual({ line: 2, column: 1 });
    expect(lines.position(99)).toEqual({ line: 2, column: 2 });
    expect(lines.position(-1)).toEqual({ line: 1, column: 1 });
  });
});

describe('LineIndex line walks', () => {
  const text = 'ab\r\ncd\n\nef';
  const lines = new LineIndex(text);

  it('finds the start, break, end and next start of the line holding an offset', () => {
    expect(lines.lineStartAt(5)).toBe(4);
    expect(lines.lineBreakAt(0)).toBe(3);
    expect(lines.lineEndAt(0)).toBe(2);
    expect(lines.lineEndAt(4)).toBe(6);
    expect(lines.nextLineStartAt(1)).toBe(4);
    expect(lines.nextLineStartAt(9)).toBe(text.length);
    expect(lines.lineBreakAt(9)).toBe(text.length);
  });

  it('never ends a line before the offset asked about', () => {
    expect(lines.lineEndAt(2)).toBe(2);
    expect(lines.lineEndAt(3)).toBe(3);
  });

  it('tells the line break of each line', () => {
    expect(lines.lineBreakTextAt(0)).toBe('\r\n');
    expect(lines.lineBreakTextAt(4)).toBe('\n');
    expect(lines.lineBreakTextAt(9)).toBeNull();
  });

  it('walks every line, the last one included', () => {
    expect([...lines.lines()]).toEqual([
      { from: 0, to: 3 },
      { from: 4, to: 6 },
      { from: 7, to: 7 },
      { from: 8, to: 10 },
    ]);
    expect([...new LineIndex('a\n').lines()]).toEqual([
      { from: 0, to: 1 },
      { from: 2, to: 2 },
    ]);
  });
});
