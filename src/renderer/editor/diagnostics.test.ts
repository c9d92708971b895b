// @vitest-environment jsdom
import { EditorState, Text } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Diagnostic } from '../../shared/diagnostics';
import { stubRangeGeometry } from '../../../test/renderer/dom-test-support';
import {
  diagnosticsUpdate,
  jumpToDiagnostic,
  postDiagnostics,
  showDiagnostics,
  shownDiagnostics,
  toLintDiagnostics,
} from './diagnostics';

const longTitle: Diagnostic = {
  severity: 'warning',
  rule: 'seo/title-length',
  message: 'The title is longer than 60 characters.',
  from: 11,
  to: 20,
};

describe('toLintDiagnostics', () => {
  it('keeps severity, message and range, with the rule as source', () => {
    expect(toLintDiagnostics(Text.of(['---', 'title: a long title', '---']), [longTitle])).toEqual([
      {
        from: 11,
        to: 20,
        severity: 'warning',
        source: 'seo/title-length',
        message: 'The title is longer than 60 characters.',
      },
    ]);
  });

  it('keeps offsets inside the document', () => {
    const doc = Text.of(['short']);
    expect(toLintDiagnostics(doc, [{ ...longTitle, severity: 'error', from: 3, to: 99 }])).toEqual([
      expect.objectContaining({ from: 3, to: 5, severity: 'error' }),
    ]);
    expect(toLintDiagnostics(doc, [{ ...longTitle, severity: 'info', from: 50, to: 40 }])).toEqual([
      expect.objectContaining({ from: 5, to: 5, severity: 'info' }),
    ]);
  });
});

describe('shown diagnostics on a plain state', () => {
  it('round-trips and moves with edits', () => {
    let state = EditorState.create({ doc: 'Intro\n\ntitle: a long title' });
    state = state.update(diagnosticsUpdate(state, [{ ...longTitle, from: 14, to: 18 }])).state;
    expect(shownDiagnostics(state)).toEqual([{ ...longTitle, from: 14, to: 18 }]);
    state = state.update({ changes: { from: 0, insert: 'New ' } }).state;
    expect(shownDiagnostics(state)).toEqual([{ ...longTitle, from: 18, to: 22 }]);
  });
});

describe('postDiagnostics', () => {
  let view: EditorView | null = null;
  beforeAll(stubRangeGeometry);
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    view?.destroy();
    vi.useRealTimers();
  });

  function mount(
    doc: string,
    validate: (text: string) => Promise<readonly Diagnostic[]>,
    onChange?: (d: Diagnostic[]) => void,
    onError?: (e: unknown) => void,
  ): EditorView {
    view = new EditorView({
      state: EditorState.create({
        doc,
        extensions: [postDiagnostics({ validate, delay: 500, onChange, onError })],
      }),
      parent: document.body,
    });
    return view;
  }

  function type(editor: EditorView, text: string): void {
    const at = editor.state.doc.length;
    editor.dispatch({ changes: { from: at, insert: text }, userEvent: 'input.type' });
  }

  it('checks once after typing pauses, with the latest text', async () => {
    const validate = vi.fn(async (text: string) => [{ ...longTitle, from: 0, to: text.length }]);
    const editor = mount('', validate);
    for (const char of 'hello') {
      type(editor, char);
      await vi.advanceTimersByTimeAsync(200);
    }
    expect(validate).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(300);
    expect(validate).toHaveBeenCalledTimes(1);
    expect(validate).toHaveBeenCalledWith('hello');
    expect(shownDiagnostics(editor.state)).toEqual([{ ...longTitle, from: 0, to: 5 }]);
  });

  it('drops a result for a text that changed while it was being checked', async () => {
    const pending: ((found: Diagnostic[]) => void)[] = [];
    const validate = vi.fn(
      (_text: string) => new Promise<Diagnostic[]>((resolve) => pending.push(resolve)),
    );
    const editor = mount('first', validate);
    await vi.advanceTimersByTimeAsync(500);
    expect(validate).toHaveBeenCalledWith('first');
    type(editor, ' and more');
    pending[0]?.([{ ...longTitle, from: 0, to: 5 }]);
    await vi.advanceTimersByTimeAsync(0);
    expect(shownDiagnostics(editor.state)).toEqual([]);

    await vi.advanceTimersByTimeAsync(500);
    expect(validate).toHaveBeenLastCalledWith('first and more');
    pending[1]?.([{ ...longTitle, from: 6, to: 9 }]);
    await vi.advanceTimersByTimeAsync(0);
    expect(shownDiagnostics(editor.state)).toEqual([{ ...longTitle, from: 6, to: 9 }]);
  });

  it('keeps what it showed when a check fails, and says so', async () => {
    let fail = false;
    const validate = vi.fn(async () => {
      if (fail) throw new Error('The workspace is closed.');
      return [longTitle];
    });
    const onError = vi.fn();
    const editor = mount('---\ntitle: a long title\n---\n', validate, undefined, onError);
    await vi.advanceTimersByTimeAsync(500);
    expect(shownDiagnostics(editor.state)).toHaveLength(1);
    fail = true;
    type(editor, 'Body');
    await vi.advanceTimersByTimeAsync(500);
    expect(onError).toHaveBeenCalledWith(new Error('The workspace is closed.'));
    expect(shownDiagnostics(editor.state)).toEqual([longTitle]);
  });

  it('reports every replacement to onChange', async () => {
    const onChange = vi.fn();
    const editor = mount('text', async () => [{ ...longTitle, from: 0, to: 4 }], onChange);
    await vi.advanceTimersByTimeAsync(500);
    expect(onChange).toHaveBeenLastCalledWith([{ ...longTitle, from: 0, to: 4 }]);
    showDiagnostics(editor, []);
    expect(onChange).toHaveBeenLastCalledWith([]);
  });

  it('shows diagnostics from a save only for the text that was saved', () => {
    const editor = mount('saved text', async () => []);
    const saved = editor.state.doc;
    expect(showDiagnostics(editor, [{ ...longTitle, from: 0, to: 5 }], saved)).toBe(true);
    expect(shownDiagnostics(editor.state)).toHaveLength(1);
    type(editor, '!');
    expect(showDiagnostics(editor, [], saved)).toBe(false);
    expect(shownDiagnostics(editor.state)).toHaveLength(1);
  });
});

describe('jumpToDiagnostic', () => {
  let view: EditorView | null = null;
  beforeAll(stubRangeGeometry);
  afterEach(() => view?.destroy());

  it('selects the range and focuses the editor', () => {
    view = new EditorView({ doc: 'line one\nline two\nline three', parent: document.body });
    jumpToDiagnostic(view, { from: 9, to: 13 });
    expect(view.state.selection.main).toMatchObject({ anchor: 9, head: 13 });
    expect(view.hasFocus).toBe(true);
    jumpToDiagnostic(view, { from: 500, to: 600 });
    expect(view.state.selection.main).toMatchObject({ anchor: 28, head: 28 });
  });
});
