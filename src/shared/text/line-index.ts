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

  position(offset: number): LineColumn {
    const clamped = Math.min(Math.max(offset, 0), this.text.length);
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: clamped - (this.starts[low] ?? 0) + 1 };
  }

  offset(position: LineColumn): number {
    return Math.min(this.lineStart(position.line) + position.column - 1, this.text.length);
  }
}
