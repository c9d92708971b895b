import { describe, expect, it } from 'vitest';
import { diffLines, foldUnchanged, sideBySide, splitLines, type DiffLine } from './line-diff';

/** Applies a diff to its old text; it must give the new text back. */
function apply(diff: readonly DiffLine[]): { old: string[]; new: string[] } {
  return {
    old: diff.filter((l) => l.kind !== 'added').map((l) => l.text),
    new: diff.filter((l) => l.kind !== 'removed').map((l) => l.text),
  };
}

const changes = (diff: readonly DiffLine[]) => diff.filter((l) => l.kind !== 'same').length;

describe('splitLines', () => {
  it('treats a final newline as the end of the last line, in any line ending', () => {
    expect(splitLines('')).toEqual([]);
    expect(splitLines('a\nb\n')).toEqual(['a', 'b']);
    expect(splitLines('a\r\nb')).toEqual(['a', 'b']);
    expect(splitLines('a\n\n')).toEqual(['a', '']);
  });
});

describe('diffLines', () => {
  it('finds one changed line among equal ones, with both line numbers', () => {
    expect(diffLines('a\nb\nc\n', 'a\nB\nc\n')).toEqual([
      { kind: 'same', text: 'a', oldLine: 1, newLine: 1 },
      { kind: 'removed', text: 'b', oldLine: 2 },
      { kind: 'added', text: 'B', newLine: 2 },
      { kind: 'same', text: 'c', oldLine: 3, newLine: 3 },
    ]);
  });

  it('reports insertions and deletions with the right numbers on each side', () => {
    expect(diffLines('a\nc\n', 'a\nb\nc\nd\n')).toEqual([
      { kind: 'same', text: 'a', oldLine: 1, newLine: 1 },
      { kind: 'added', text: 'b', newLine: 2 },
      { kind: 'same', text: 'c', oldLine: 2, newLine: 3 },
      { kind: 'added', text: 'd', newLine: 4 },
    ]);
    expect(changes(diffLines('x\ny\nz', ''))).toBe(3);
    expect(diffLines('same', 'same')).toEqual([
      { kind: 'same', text: 'same', oldLine: 1, newLine: 1 },
    ]);
  });

  it('is minimal: the classic ABCABBA / CBABAC pair takes five edits', () => {
    const diff = diffLines('A\nB\nC\nA\nB\nB\nA', 'C\nB\nA\nB\nA\nC');
    expect(changes(diff)).toBe(5);
    expect(apply(diff)).toEqual({ old: 'ABCABBA'.split(''), new: 'CBABAC'.split('') });
  });

  it('always gives back both texts, on random edits', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 200; round++) {
      const a = Array.from({ length: Math.floor(random() * 30) }, () =>
        String(Math.floor(random() * 5)),
      );
      const b = a.flatMap((line) => {
        const r = random();
        if (r < 0.15) return [];
        if (r < 0.3) return [line, String(Math.floor(random() * 5))];
        if (r < 0.4) return ['x'];
        return [line];
      });
      const diff = diffLines(a.join('\n'), b.join('\n'));
      expect(apply(diff)).toEqual({ old: a, new: b });
      // Never worse than deleting everything and adding it again.
      expect(changes(diff)).toBeLessThanOrEqual(a.length + b.length);
    }
  });

  it('still gives a correct diff past its edit budget', () => {
    const a = Array.from({ length: 50 }, (_, i) => `old ${i}`).join('\n');
    const b = Array.from({ length: 50 }, (_, i) => `new ${i}`).join('\n');
    const diff = diffLines(a, b, 10);
    expect(apply(diff)).toEqual({ old: splitLines(a), new: splitLines(b) });
  });
});

describe('sideBySide', () => {
  it('pairs removed and added lines and leaves gaps where one side has more', () => {
    const rows = sideBySide(diffLines('a\nb\nc\nd\n', 'a\nB\nd\ne\n'));
    expect(rows).toEqual([
      { kind: 'same', left: { line: 1, text: 'a' }, right: { line: 1, text: 'a' } },
      { kind: 'changed', left: { line: 2, text: 'b' }, right: { line: 2, text: 'B' } },
      { kind: 'removed', left: { line: 3, text: 'c' }, right: null },
      { kind: 'same', left: { line: 4, text: 'd' }, right: { line: 3, text: 'd' } },
      { kind: 'added', left: null, right: { line: 4, text: 'e' } },
    ]);
  });
});

describe('foldUnchanged', () => {
  it('keeps the context around changes and folds the rest', () => {
    const old = Array.from({ length: 20 }, (_, i) => `line ${i + 1}`);
    const changed = old.map((line, i) => (i === 9 ? 'changed' : line));
    const sections = foldUnchanged(diffLines(old.join('\n'), changed.join('\n')), 2);
    expect(sections.map((s) => (s.kind === 'folded' ? s.count : s.rows.length))).toEqual([7, 6, 8]);
    expect(sections.map((s) => s.kind)).toEqual(['folded', 'rows', 'folded']);
  });

  it('folds nothing when nothing is unchanged for long', () => {
    expect(foldUnchanged([{ kind: 'same' }, { kind: 'added' }], 3)).toEqual([
      { kind: 'rows', rows: [{ kind: 'same' }, { kind: 'added' }] },
    ]);
  });
});
