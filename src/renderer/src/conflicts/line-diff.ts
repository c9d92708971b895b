import type { DiffLine } from '../../../shared/text/line-diff';

export { diffLines, splitLines, type DiffLine } from '../../../shared/text/line-diff';

/** A row of the side-by-side view: the old line on the left, the new one on the right. */
export interface SideBySideRow {
  left: { line: number; text: string } | null;
  right: { line: number; text: string } | null;
  kind: 'same' | 'changed' | 'removed' | 'added';
}

/** Pairs each run of removed lines with the added lines that follow it, line by line. */
export function sideBySide(diff: readonly DiffLine[]): SideBySideRow[] {
  const rows: SideBySideRow[] = [];
  let i = 0;
  while (i < diff.length) {
    const line = diff[i]!;
    if (line.kind === 'same') {
      rows.push({
        kind: 'same',
        left: { line: line.oldLine, text: line.text },
        right: { line: line.newLine, text: line.text },
      });
      i++;
      continue;
    }
    const removed: { line: number; text: string }[] = [];
    const added: { line: number; text: string }[] = [];
    while (i < diff.length && diff[i]!.kind !== 'same') {
      const change = diff[i]!;
      if (change.kind === 'removed') removed.push({ line: change.oldLine, text: change.text });
      else if (change.kind === 'added') added.push({ line: change.newLine, text: change.text });
      i++;
    }
    for (let r = 0; r < Math.max(removed.length, added.length); r++) {
      const left = removed[r] ?? null;
      const right = added[r] ?? null;
      rows.push({ left, right, kind: left && right ? 'changed' : left ? 'removed' : 'added' });
    }
  }
  return rows;
}

/** A stretch of rows to show, or a run of unchanged rows folded away. */
export type DiffSection<Row> = { kind: 'rows'; rows: Row[] } | { kind: 'folded'; count: number };

/**
 * Keeps `context` unchanged rows around each change and folds longer runs of
 * unchanged rows, as a unified diff does.
 */
export function foldUnchanged<Row extends { kind: string }>(
  rows: readonly Row[],
  context = 3,
): DiffSection<Row>[] {
  const keep = rows.map(() => false);
  rows.forEach((row, index) => {
    if (row.kind === 'same') return;
    for (let j = Math.max(0, index - context); j <= Math.min(rows.length - 1, index + context); j++)
      keep[j] = true;
  });
  const sections: DiffSection<Row>[] = [];
  let index = 0;
  while (index < rows.length) {
    if (keep[index]) {
      const shown: Row[] = [];
      while (index < rows.length && keep[index]) shown.push(rows[index++]!);
      sections.push({ kind: 'rows', rows: shown });
    } else {
      let count = 0;
      while (index < rows.length && !keep[index]) {
        count++;
        index++;
      }
      sections.push({ kind: 'folded', count });
    }
  }
  return sections;
}
