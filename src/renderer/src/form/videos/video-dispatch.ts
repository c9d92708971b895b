import { isolateHistory } from '@codemirror/commands';
import { EditorSelection } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import { PostEditError, type PostDocument } from '../../../../shared/post';
import type { VideoEdit } from '../../../../shared/videos';
import { postOfDoc } from './post-of-doc';

/**
 * How the editor's history takes a form edit: `input.type.form` for letters
 * typed in a text field (consecutive ones undo together, like typing in the
 * text), the others each as one step of their own.
 */
export type FormUserEvent = 'input.type.form' | 'input.form' | 'move.form' | 'delete.form';

/**
 * Computes an edit from the text the view shows now (never from a copy that
 * may lag) and applies it as one transaction. Returns a message in plain
 * words when the edit cannot be made; the text is then left as it was.
 */
export function dispatchVideoEdit(
  view: EditorView,
  userEvent: FormUserEvent,
  edit: (doc: PostDocument) => VideoEdit,
): string | null {
  let computed: VideoEdit;
  try {
    computed = edit(postOfDoc(view.state.doc));
  } catch (error) {
    if (error instanceof PostEditError) return error.message;
    throw error;
  }
  if (computed.changes.length === 0) return null;
  const { cursor } = computed;
  view.dispatch({
    changes: computed.changes,
    userEvent,
    ...(cursor === undefined
      ? {}
      : {
          selection: EditorSelection.cursor(cursor),
          scrollIntoView: true,
        }),
    ...(userEvent === 'input.type.form' ? {} : { annotations: isolateHistory.of('full') }),
  });
  return null;
}
