import { diffLines, type DiffLine } from '../text/line-diff';

/**
 * The differences between two texts in `diff -u` form (three lines of
 * context), headed `--- a/NAME` / `+++ b/NAME`; empty when they are equal.
 */
export function unifiedDiff(name: string, oldText: string, newText: string, context = 3): string {
  const lines = diffLines(oldText, newText);
  const changed = lines.flatMap((line, index) => (line.kind === 'same' ? [] : [index]));
  if (changed.length === 0) return '';
  const out = [`--- a/${name}`, `+++ b/${name}`];
  let next = 0;
  while (next < changed.length) {
    const first = changed[next] ?? 0;
    let last = first;
    // Changes closer than twice the context share one hunk.
    while (next + 1 < changed.length && (changed[next + 1] ?? 0) - last <= context * 2 + 1) {
      next += 1;
      last = changed[next] ?? last;
    }
    next += 1;
    const hunk = lines.slice(
      Math.max(0, first - context),
      Math.min(lines.length, last + context + 1),
    );
    out.push(hunkHeader(hunk), ...hunk.map(hunkLine));
  }
  return out.join('\n') + '\n';
}

function hunkHeader(hunk: readonly DiffLine[]): string {
  const old = hunk.filter((line) => line.kind !== 'added');
  const fresh = hunk.filter((line) => line.kind !== 'removed');
  const start = (
    lines: readonly DiffLine[],
    side: 'oldLine' | 'newLine',
    before: number,
  ): number => {
    const line = lines[0];
    if (line && side in line) return (line as Record<typeof side, number>)[side];
    return before;
  };
  const oldStart = start(old, 'oldLine', 0);
  const newStart = start(fresh, 'newLine', 0);
  return `@@ -${oldStart},${old.length} +${newStart},${fresh.length} @@`;
}

function hunkLine(line: DiffLine): string {
  const mark = line.kind === 'same' ? ' ' : line.kind === 'removed' ? '-' : '+';
  return mark + line.text;
}
