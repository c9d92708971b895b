import { isolateHistory } from '@codemirror/commands';
import type { EditorState, TransactionSpec } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import { parsePost, PostEditError, type PostDocument } from '../../../shared/post';
import { frontMatterHead } from '../../../shared/front-matter-form';
import { minimalReplacement } from '../../../shared/text/minimal-replacement';

/**
 * How the editor's history takes a form edit: `input.type.form` for letters
 * typed in a text field (a burst of them undoes together, like typing in the
 * text), the others each as one undo step of their own.
 */
export type FormUserEvent = 'input.type.form' | 'input.form' | 'delete.form' | 'move.form';

/**
 * The transaction for a form edit, computed from the editor's current text
 * (never from a copy that may lag behind it): the smallest replacement that
 * turns the text into the edited post. The selection is mapped through it,
 * so the cursor stays where it was. Null when the edit changes nothing.
 */
export function formTransaction(
  state: EditorState,
  userEvent: FormUserEvent,
  edit: (doc: PostDocument) => PostDocument,
  { newGroup = false }: FormEditOptions = {},
): TransactionSpec | null {
  // Only the front matter is read and edited: the body cannot change.
  const head = frontMatterHead(state.doc.toString());
  const change = minimalReplacement(head, edit(parsePost(head)).text);
  if (!change) return null;
  return {
    changes: change,
    userEvent,
    ...(userEvent !== 'input.type.form'
      ? { annotations: isolateHistory.of('full') }
      : newGroup
        ? { annotations: isolateHistory.of('before') }
        : {}),
  };
}

export interface FormEditOptions {
  /**
   * The first keystroke in a field: starts an undo step of its own instead
   * of joining typing that came before it in the text.
   */
  newGroup?: boolean;
}

/**
 * Applies a form edit to the view as one transaction. Returns a message in
 * plain words when the post model refuses the edit; the text is then left as
 * it was.
 */
export function dispatchFormEdit(
  view: EditorView,
  userEvent: FormUserEvent,
  edit: (doc: PostDocument) => PostDocument,
  options: FormEditOptions = {},
): string | null {
  try {
    const spec = formTransaction(view.state, userEvent, edit, options);
    if (spec) view.dispatch(spec);
    return null;
  } catch (error) {
    if (error instanceof PostEditError) return error.message;
    throw error;
  }
}
