// @vitest-environment jsdom
import { ensureSyntaxTree } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { afterEach, describe, expect, it } from 'vitest';
import { postMarkdown } from './markdown-language';
import { hangingColumns, wrappedIndent, wrappedIndentDecorations } from './wrapped-indent';

describe('hangingColumns', () => {
  it('hangs a YAML value under itself, after its key and list dashes', () => {
    expect(hangingColumns('description: A long text', 'front-matter')).toBe(13);
    expect(hangingColumns('  - title: Talk one', 'front-matter')).toBe(11);
    expect(hangingColumns('    description: Text', 'front-matter')).toBe(17);
    expect(hangingColumns('"quoted key": value', 'front-matter')).toBe(14);
    // A continuation line of a plain scalar hangs at its own indent.
    expect(hangingColumns('  more words of the value', 'front-matter')).toBe(2);
    expect(hangingColumns('title = "TOML"', 'front-matter')).toBe(8);
  });

  it('leaves a key with its value on later lines, and unindented text, at column 0', () => {
    expect(hangingColumns('videoSchema:', 'front-matter')).toBe(0);
    expect(hangingColumns('description: >-', 'front-matter')).toBe(13);
    expect(hangingColumns('Plain prose', 'markdown')).toBe(0);
    expect(hangingColumns('   ', 'markdown')).toBe(0);
  });

  it('hangs Markdown list items, tasks and quotes under their text', () => {
    expect(hangingColumns('- item text', 'markdown')).toBe(2);
    expect(hangingColumns('  * nested item', 'markdown')).toBe(4);
    expect(hangingColumns('10. tenth item', 'markdown')).toBe(4);
    expect(hangingColumns('- [x] done task', 'markdown')).toBe(6);
    expect(hangingColumns('> quoted text', 'markdown')).toBe(2);
    expect(hangingColumns('> - item in a quote', 'markdown')).toBe(4);
    expect(hangingColumns('\tindented by a tab', 'markdown', 4)).toBe(4);
    // A dash with no space is text, not a list.
    expect(hangingColumns('-not a list', 'markdown')).toBe(0);
  });
});

const post = [
  '---',
  'title: A title',
  'videoSchema:',
  '  - description: A description long enough to wrap',
  '---',
  '',
  'Some prose.',
  '',
  '- a list item',
  '  continued',
  'description: not front matter',
].join('\n');

function classesByLine(state: EditorState): Map<number, string> {
  const decorations = wrappedIndentDecorations(state, [{ from: 0, to: state.doc.length }]);
  const found = new Map<number, string>();
  decorations.between(0, state.doc.length, (from, _to, decoration) => {
    found.set(state.doc.lineAt(from).number, String(decoration.spec.class));
  });
  return found;
}

describe('wrappedIndentDecorations', () => {
  it('puts a hang class on each line that hangs, by its grammar', () => {
    const state = EditorState.create({ doc: post, extensions: [postMarkdown()] });
    ensureSyntaxTree(state, state.doc.length);
    expect(classesByLine(state)).toEqual(
      new Map([
        [2, 'cm-hang-7'],
        [4, 'cm-hang-17'],
        [9, 'cm-hang-2'],
        [10, 'cm-hang-2'],
      ]),
    );
  });

  it('caps the hang of a deeply indented line', () => {
    const state = EditorState.create({ doc: `${' '.repeat(60)}- deep` });
    const decorations = wrappedIndentDecorations(state, [{ from: 0, to: state.doc.length }], 40);
    const classes: string[] = [];
    decorations.between(0, state.doc.length, (_f, _t, d) => void classes.push(d.spec.class));
    expect(classes).toEqual(['cm-hang-40']);
  });
});

describe('wrappedIndent in an editor', () => {
  let view: EditorView | null = null;
  afterEach(() => view?.destroy());

  it('styles the lines it decorates, and follows edits', () => {
    view = new EditorView({
      state: EditorState.create({
        doc: 'Prose\n- item',
        extensions: [postMarkdown(), wrappedIndent({ linePadding: '10px' })],
      }),
      parent: document.body,
    });
    const lines = () => [...view!.contentDOM.querySelectorAll('.cm-line')].map((l) => l.className);
    expect(lines()[1]).toContain('cm-hang-2');
    expect(lines()[0]).not.toContain('cm-hang');
    view.dispatch({ changes: { from: 0, insert: '  1. ' } });
    expect(lines()[0]).toContain('cm-hang-5');
  });
});
