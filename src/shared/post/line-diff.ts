/**
 * Which lines differ between two texts, as one changed block between an
 * unchanged beginning and an unchanged end. Lines keep their line endings, so
 * a CRLF that became LF counts as a change. Tests use this to prove an edit
 * touched only the lines it should.
 */
export interface LineChange {
  oldLines: string[];
  newLines: string[];
  /** First changed line (0-based), the same in both texts. */
  start: number;
  /** End (exclusive) of the changed lines in the old text. */
  oldEnd: number;
  /** End (exclusive) of the changed lines in the new text. */
  newEnd: number;
}

export function splitLinesKeepingEnds(text: string): string[] {
  return text === '' ? [] : text.split(/(?<=\n)/);
}

export function lineChange(oldText: string, newText: string): LineChange {
  const oldLines = splitLinesKeepingEnds(oldText);
  const newLines = splitLinesKeepingEnds(newText);
  let start = 0;
  while (start < oldLines.length && start < newLines.length && oldLines[start] === newLines[start])
    start += 1;
  let oldEnd = oldLines.length;
  let newEnd = newLines.length;
  while (oldEnd > start && newEnd > start && oldLines[oldEnd - 1] === newLines[newEnd - 1]) {
    oldEnd -= 1;
    newEnd -= 1;
  }
  return { oldLines, newLines, start, oldEnd, newEnd };
}
