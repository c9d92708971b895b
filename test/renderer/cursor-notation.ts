import {
  EditorSelection,
  EditorState,
  type Extension,
  type SelectionRange,
  type StateCommand,
} from '@codemirror/state';

/**
 * The notation editor tests write documents in, after lang-markdown's
 * `test/test-commands.ts`: `|` is a cursor, `«` and `»` the anchor and head of
 * a selected range (`«bold»` selects forward). Used by the tests only.
 */
const markers = /[|«»]/g;

/** A state holding `doc` with the selection its markers describe. */
export function stateWithCursors(doc: string, extensions: Extension = []): EditorState {
  const ranges: SelectionRange[] = [];
  let text = '';
  let anchor: number | null = null;
  let last = 0;
  for (const match of doc.matchAll(markers)) {
    text += doc.slice(last, match.index);
    last = match.index + 1;
    if (match[0] === '|') ranges.push(EditorSelection.cursor(text.length));
    else if (match[0] === '«') anchor = text.length;
    else if (anchor !== null) {
      ranges.push(EditorSelection.range(anchor, text.length));
      anchor = null;
    }
  }
  text += doc.slice(last);
  return EditorState.create({
    doc: text,
    selection: ranges.length > 0 ? EditorSelection.create(ranges) : undefined,
    extensions: [EditorState.allowMultipleSelections.of(true), extensions],
  });
}

/** The document with its selection written back in the same notation. */
export function stateToString(state: EditorState): string {
  let doc = state.doc.toString();
  const ranges = [...state.selection.ranges].sort((a, b) => b.from - a.from);
  for (const range of ranges) {
    const inner = doc.slice(range.from, range.to);
    doc = doc.slice(0, range.from) + (range.empty ? '|' : `«${inner}»`) + doc.slice(range.to);
  }
  return doc;
}

/** Runs a command on a state and returns the state it dispatched (or the same one). */
export function runCommand(state: EditorState, command: StateCommand): EditorState {
  let result = state;
  command({
    state,
    dispatch(transaction) {
      result = transaction.state;
    },
  });
  return result;
}
