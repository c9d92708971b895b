import { history, undo, redo } from '@codemirror/commands';
import { EditorState, type Transaction } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { setFieldValue, setTypedText } from '../../../shared/front-matter-form';
import { formTransaction } from './form-transaction';

const text = '---\ntitle: Retries\nparams:\n  author: ada\n---\n\nBody text.\n';

/** Runs a history command on a plain state, as Ctrl+Z would. */
function run(state: EditorState, command: typeof undo): EditorState {
  let next = state;
  command({ state, dispatch: (tr: Transaction) => (next = tr.state) });
  return next;
}

function typeInTitle(state: EditorState, value: string, newGroup = false): EditorState {
  const spec = formTransaction(
    state,
    'input.type.form',
    (doc) => setTypedText(doc, { written: ['title'] }, value, true),
    { newGroup },
  );
  return spec ? state.update(spec).state : state;
}

describe('formTransaction', () => {
  it('changes only the value, keeps the cursor, and undo brings the text back', () => {
    const cursor = text.indexOf('Body') + 2;
    const state = EditorState.create({
      doc: text,
      selection: { anchor: cursor },
      extensions: history(),
    });
    const spec = formTransaction(state, 'input.form', (doc) =>
      setFieldValue(doc, { written: ['params', 'author'] }, 'kiersten'),
    );
    expect(spec).toMatchObject({
      changes: { from: text.indexOf('ada'), to: text.indexOf('ada') + 3 },
    });
    const edited = state.update(spec ?? {});
    expect(edited.isUserEvent('input.form')).toBe(true);
    expect(edited.state.doc.toString()).toBe(text.replace('ada', 'kiersten'));
    expect(edited.state.selection.main.head).toBe(cursor + 'kiersten'.length - 3);
    const undone = run(edited.state, undo);
    expect(undone.doc.toString()).toBe(text);
    expect(run(undone, redo).doc.toString()).toBe(text.replace('ada', 'kiersten'));
  });

  it('is nothing when the edit changes nothing', () => {
    const state = EditorState.create({ doc: text });
    expect(
      formTransaction(state, 'input.form', (doc) =>
        setFieldValue(doc, { written: ['title'] }, 'Retries'),
      ),
    ).toBeNull();
  });

  it('undoes a burst typed in a field in one step, apart from typing in the text before it', () => {
    let state = EditorState.create({ doc: text, extensions: history() });
    // Typing in the text, at the end of the title line.
    const end = text.indexOf('\nparams');
    state = state.update({ changes: { from: end, insert: '!' }, userEvent: 'input.type' }).state;
    state = typeInTitle(state, 'Retries! a', true);
    state = typeInTitle(state, 'Retries! ab');
    expect(state.doc.toString()).toContain('title: Retries! ab\n');
    state = run(state, undo);
    expect(state.doc.toString()).toContain('title: Retries!\n');
    state = run(state, undo);
    expect(state.doc.toString()).toBe(text);
  });
});
