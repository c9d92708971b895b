/**
 * Line diffs (Myers), shared by the conflict dialog, the migration preview
 * and the command line's `migrate --dry-run`.
 */
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
