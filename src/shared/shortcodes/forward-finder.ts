/**
 * Finds the next occurrence of one needle, remembering the last answer. The
 * lexer asks "where is the next `>}}` after here?" again and again from
 * positions that only move forward; answering from memory while the position is
 * still before the remembered match keeps a whole scan linear instead of
 * searching the rest of the text once per question.
 */
export class ForwardFinder {
  /** No match starts in [searchedFrom, found); found is -1 when none up to the end. */
  private searchedFrom = Number.POSITIVE_INFINITY;
  private found = -1;

  constructor(
    private readonly text: string,
    private readonly needle: string,
  ) {}

  /** Offset of the first occurrence at or after `from`, or -1. */
  next(from: number): number {
    const known = from >= this.searchedFrom && (this.found === -1 || from <= this.found);
    if (!known) {
      this.searchedFrom = from;
      this.found = this.text.indexOf(this.needle, from);
    }
    return this.found;
  }
}
