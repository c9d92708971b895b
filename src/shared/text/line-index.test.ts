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
