// @vitest-environment jsdom
import { closeBrackets } from '@codemirror/autocomplete';
import { EditorSelection, EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { afterEach, describe, expect, it } from 'vitest';
import { stubRangeGeometry } from '../../../../test/renderer/dom-test-support';
import { typingOverSelection } from './typing-over-selection';

let view: EditorView;

function editor(doc: string, selection: EditorSelection): EditorView {
  stubRangeGeometry();
  view = new EditorView({
    parent: document.body,
    state: EditorState.create({
      doc,
      selection,
      extensions: [
        EditorState.allowMultipleSelections.of(true),
        closeBrackets(),
        typingOverSelection(),
      ],
    }),
  });
  return view;
}

function typeChar(data: string, init: Partial<InputEventInit> = {}): InputEvent {
  const event = new InputEvent('beforeinput', {
    inputType: 'insertText',
    data,
    cancelable: true,
    bubbles: true,
    ...init,
  });
  view.contentDOM.dispatchEvent(event);
  return event;
}

afterEach(() => view?.destroy());

describe('typingOverSelection', () => {
  it('replaces the selection itself, as one undoable typing event', () => {
    editor('date: 2025-06-01', EditorSelection.create([EditorSelection.range(6, 16)]));
    const event = typeChar('x');
    expect(event.defaultPrevented).toBe(true);
    expect(view.state.doc.toString()).toBe('date: x');
    expect(view.state.selection.main.head).toBe(7);
  });

  it('replaces every selected range', () => {
    editor(
      'one two one',
      EditorSelection.create([EditorSelection.range(0, 3), EditorSelection.range(8, 11)]),
    );
    typeChar('1');
    expect(view.state.doc.toString()).toBe('1 two 1');
  });

  it('lets input handlers act first: a bracket wraps the selection', () => {
    editor('wrap me', EditorSelection.create([EditorSelection.range(5, 7)]));
    typeChar('(');
    expect(view.state.doc.toString()).toBe('wrap (me)');
  });

  it('leaves plain typing at a cursor and composition to the browser', () => {
    editor('abc', EditorSelection.create([EditorSelection.cursor(1)]));
    expect(typeChar('x').defaultPrevented).toBe(false);
    view.dispatch({ selection: { anchor: 0, head: 2 } });
    expect(typeChar('x', { isComposing: true }).defaultPrevented).toBe(false);
    expect(typeChar('x', { inputType: 'insertFromPaste' }).defaultPrevented).toBe(false);
    expect(view.state.doc.toString()).toBe('abc');
  });
});
