import { StateEffect, StateField, type EditorState, type Extension, Text } from '@codemirror/state';

/** What the file on disk held when the post was last read or saved. */
export interface SavedState {
  /** The text last read from or written to disk. */
  baseline: Text;
  /** The version on disk that text is; null when the file is gone or was never read. */
  version: string | null;
}

/** The text `doc` is now on disk as `version` (a save, a reload, the disk catching up). */
export const markSaved = StateEffect.define<SavedState>();

const savedStateField = StateField.define<SavedState>({
  create: (state) => ({ baseline: state.doc, version: null }),
  update(value, transaction) {
    let next = value;
    for (const effect of transaction.effects) if (effect.is(markSaved)) next = effect.value;
    return next;
  },
});

/**
 * Keeps, beside the text, the text and version last read from or saved to
 * disk, so that whether the post is dirty is a function of the state alone:
 * no map beside the editor to keep in step. The baseline defaults to the
 * document the state starts with.
 */
export function savedState(initial: { version: string | null; baseline?: Text }): Extension {
  return savedStateField.init((state) => ({
    baseline: initial.baseline ?? state.doc,
    version: initial.version,
  }));
}

/** Whether the text differs from what is on disk (false for a state without the field). */
export function isDirty(state: EditorState): boolean {
  const saved = state.field(savedStateField, false);
  return saved !== undefined && !state.doc.eq(saved.baseline);
}

/** The version on disk the text is based on, or null. */
export function savedVersion(state: EditorState): string | null {
  return state.field(savedStateField, false)?.version ?? null;
}

/** A state with nothing on disk behind it: every character is unsaved. */
export const nothingSaved = Text.empty;
