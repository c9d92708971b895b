/** One line of a diff: kept in both, only in the old text, or only in the new one. */
export type DiffLine =
  | { kind: 'same'; text: string; oldLine: number; newLine: number }
  | { kind: 'removed'; text: string; oldLine: number }
  | { kind: 'added'; text: string; newLine: number };

export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split(/\r\n|\r|\n/);
  // A final newline ends the last line rather than starting an empty one.
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * The shortest line diff between two texts (Myers' O(ND) algorithm), with
 * the common head and tail taken off first. Line numbers are 1-based. Past
 * `maxEdits` differences it gives up finding the shortest and reports the
 * middle as removed then added, which is still a correct diff.
 */
export function diffLines(oldText: string, newText: string, maxEdits = 4000): DiffLine[] {
  const a = splitLines(oldText);
  const b = splitLines(newText);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  )
    tail++;

  const out: DiffLine[] = [];
  for (let i = 0; i < head; i++)
    out.push({ kind: 'same', text: a[i]!, oldLine: i + 1, newLine: i + 1 });
  const middle = myers(a.slice(head, a.length - tail), b.slice(head, b.length - tail), maxEdits);
  for (const line of middle) {
    if (line.kind === 'same')
      out.push({ ...line, oldLine: line.oldLine + head, newLine: line.newLine + head });
    else if (line.kind === 'removed') out.push({ ...line, oldLine: line.oldLine + head });
    else out.push({ ...line, newLine: line.newLine + head });
  }
  for (let k = tail; k > 0; k--) {
    const i = a.length - k;
    const j = b.length - k;
    out.push({ kind: 'same', text: a[i]!, oldLine: i + 1, newLine: j + 1 });
  }
  return out;
}

function myers(a: readonly string[], b: readonly string[], maxEdits: number): DiffLine[] {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, maxEdits);
  const offset = max + 1;
  let v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max && found === -1; d++) {
    trace.push(v.slice());
    const next = v.slice();
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!)
          ? v[offset + k + 1]!
          : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      next[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    v = next;
  }
  if (found === -1) return replaceAll(a, b);

  // Walk the trace back from (n, m) to (0, 0), collecting lines in reverse.
  const reversed: DiffLine[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const prev = trace[d]!;
    const k = x - y;
    const down = k === -d || (k !== d && prev[offset + k - 1]! < prev[offset + k + 1]!);
    const prevK = down ? k + 1 : k - 1;
    const prevX = prev[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      reversed.push({ kind: 'same', text: a[x]!, oldLine: x + 1, newLine: y + 1 });
    }
    if (down) {
      y--;
      reversed.push({ kind: 'added', text: b[y]!, newLine: y + 1 });
    } else {
      x--;
      reversed.push({ kind: 'removed', text: a[x]!, oldLine: x + 1 });
    }
  }
  while (x > 0 && y > 0) {
    x--;
    y--;
    reversed.push({ kind: 'same', text: a[x]!, oldLine: x + 1, newLine: y + 1 });
  }
  return reversed.reverse();
}

function replaceAll(a: readonly string[], b: readonly string[]): DiffLine[] {
  return [
    ...a.map((text, i): DiffLine => ({ kind: 'removed', text, oldLine: i + 1 })),
    ...b.map((text, j): DiffLine => ({ kind: 'added', text, newLine: j + 1 })),
  ];
}

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
