import { describe, expect, it } from 'vitest';
import { parseYamlText } from './yaml-read';
import { findUnclosedOpening } from './yaml-unclosed';

/** `^` in the source marks where the opening must be found. */
function expectOpening(marked: string, kind: string): void {
  const offset = marked.indexOf('^');
  const source = marked.replace('^', '');
  expect(parseYamlText(source).errors.length, 'yaml must reject the case').toBeGreaterThan(0);
  expect(findUnclosedOpening(source)).toEqual({ kind, offset });
}

describe('findUnclosedOpening', () => {
  it('finds a list never closed before the next key', () => {
    expectOpening('title: x\nkeywords: ^[community, kubecon\nparams:\n  author: jason\n', 'list');
  });

  it('finds a list never closed at the end', () => {
    expectOpening('title: x\nkeywords: ^[community\n', 'list');
  });

  it('finds the inner one of nested collections', () => {
    expectOpening('a: [1, ^{b: 2, c: [3]\nd: 4\n', 'mapping');
  });

  it('finds a list in a list item', () => {
    expectOpening('items:\n  - ^[a, b\n  - c\n', 'list');
  });

  it('finds quotes never closed', () => {
    expectOpening('title: ^"Linkerd at KubeCon\ndate: 2021-06-17\n', 'double-quoted');
    expectOpening("title: ^'It''s here\n", 'single-quoted');
  });

  it('is not fooled by brackets and quotes inside plain scalars, comments and block scalars', () => {
    const fine = [
      'title: Linkerd [beta] "quoted" release\n',
      "title: It's here # a [comment\n",
      'description: |-\n  An [unclosed bracket\n  and a "quote\nkeywords: [a, b]\n',
      'keywords: [a,\n  b, "c, d"]\n',
      'title: "A \\" escaped quote and [bracket"\n',
      "title: 'It''s [x'\n",
      'list:\n  - [a, {b: c}]\n  - "d"\n',
    ];
    for (const source of fine) {
      expect(parseYamlText(source).errors, source).toEqual([]);
      expect(findUnclosedOpening(source), source).toBeNull();
    }
  });
});
