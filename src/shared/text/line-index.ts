/** 1-based line and column, as editors and `path:line:col` output count them. */
export interface LineColumn {
  line: number;
  column: number;
}

/**
 * Maps UTF-16 offsets to lines and columns. Lines end at `\n`; a `\r` before it
 * belongs to the line it ends, so CRLF files report the same lines as LF files.
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
      this.starts.push(i + 1);
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset of the first character of a 1-based line. */
  lineStart(line: number): number {
    return this.starts[Math.min(Math.max(line, 1), this.starts.length) - 1] ?? 0;
  }

  /** 0-based number of the line holding `offset` (clamped to the text). */
  private lineNumberAt(offset: number): number {
    const clamped = Math.min(Math.max(offset, 0), this.text.length);
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= clamped) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  position(offset: number): LineColumn {
    const clamped = Math.min(Math.max(offset, 0), this.text.length);
    const line = this.lineNumberAt(clamped);
    return { line: line + 1, column: clamped - (this.starts[line] ?? 0) + 1 };
  }

  offset(position: LineColumn): number {
    return Math.min(this.lineStart(position.line) + position.column - 1, this.text.length);
  }

  /** Offset of the first character of the line holding `offset`. */
  lineStartAt(offset: number): number {
    return this.starts[this.lineNumberAt(offset)] ?? 0;
  }

  /** Offset of the `\n` that ends the line holding `offset`; the text's length on the last line. */
  lineBreakAt(offset: number): number {
    const next = this.starts[this.lineNumberAt(offset) + 1];
    return next === undefined ? this.text.length : next - 1;
  }

  /**
   * Where the text of the line holding `offset` ends: before its `\n` and a
   * `\r` in front of it, but never before `offset` itself.
   */
  lineEndAt(offset: number): number {
    const lineBreak = this.lineBreakAt(offset);
    return lineBreak > offset && this.text.charAt(lineBreak - 1) === '\r'
      ? lineBreak - 1
      : lineBreak;
  }

  /** Offset of the line after the one holding `offset`; the text's length on the last line. */
  nextLineStartAt(offset: number): number {
    return this.starts[this.lineNumberAt(offset) + 1] ?? this.text.length;
  }

  /** The line break that ends the line holding `offset` (`\r\n` or `\n`), or null on the last line. */
  lineBreakTextAt(offset: number): '\r\n' | '\n' | null {
    const lineBreak = this.lineBreakAt(offset);
    if (lineBreak >= this.text.length) return null;
    return lineBreak > 0 && this.text.charAt(lineBreak - 1) === '\r' ? '\r\n' : '\n';
  }

  /** Every line's start and end (before `\n`, a `\r` kept), in order. */
  *lines(): Generator<{ from: number; to: number }> {
    for (let line = 0; line < this.starts.length; line++) {
      const from = this.starts[line] ?? 0;
      const next = this.starts[line + 1];
      yield { from, to: next === undefined ? this.text.length : next - 1 };
    }
  }
}
