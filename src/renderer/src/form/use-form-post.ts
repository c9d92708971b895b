import { redo, undo } from '@codemirror/commands';
import type { EditorView } from '@codemirror/view';
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { frontMatterHead } from '../../../shared/front-matter-form';
import { parsePost, type PostDocument } from '../../../shared/post';
import type { EditorSession } from '../editor-pane/editor-session';
import { useStoreValue } from '../external-store';
import { dispatchFormEdit, type FormEditOptions, type FormUserEvent } from './form-transaction';

export interface FormPost {
  path: string;
  /**
   * The post's front matter block (the file up to the end of it), as the
   * form shows it: parsed from the editor's text when the page is next idle.
   */
  doc: PostDocument;
  /** The editor showing the post, when it is mounted. */
  view: () => EditorView | null;
  /**
   * Applies a form edit as one transaction; a refused edit is shown as
   * `editError`. Says whether the edit reached the editor.
   */
  edit: (
    userEvent: FormUserEvent,
    change: (doc: PostDocument) => PostDocument,
    options?: FormEditOptions,
  ) => boolean;
  editError: string | null;
  /**
   * Changes whenever the form itself undoes or redoes: fields drop what was
   * typed in them and show the document again.
   */
  resyncToken: number;
  undo: () => void;
  redo: () => void;
}

/**
 * The open post for the front matter form. The editor's text is the only
 * truth: the form derives everything from it (deferred, so typing in the
 * text never waits for the form) and writes through editor transactions.
 */
export function useFormPost(session: EditorSession): FormPost | null {
  const shown = useStoreValue(session.shownDocument);
  const deferred = useDeferredValue(shown);
  // The front matter block alone: its offsets are the file's, and the body's length costs nothing.
  const doc = useMemo(
    () => (deferred ? parsePost(frontMatterHead(deferred.doc.toString())) : null),
    [deferred],
  );
  const [editError, setEditError] = useState<string | null>(null);
  const [resyncToken, setResyncToken] = useState(0);
  const path = shown?.path ?? null;

  const view = useCallback(() => (path ? session.editors.viewOf(path) : null), [session, path]);
  const edit = useCallback(
    (
      userEvent: FormUserEvent,
      change: (doc: PostDocument) => PostDocument,
      options?: FormEditOptions,
    ) => {
      const target = view();
      if (!target) return false;
      const error = dispatchFormEdit(target, userEvent, change, options);
      setEditError(error);
      return error === null;
    },
    [view],
  );
  const history = useCallback(
    (command: typeof undo) => {
      const target = view();
      if (target) command(target);
      setResyncToken((token) => token + 1);
    },
    [view],
  );

  const ready = path !== null && doc !== null && deferred?.path === path;
  // One object per document: the form below skips rendering while the editor's
  // text moves on and the deferred document has not caught up yet.
  return useMemo(
    () =>
      ready
        ? {
            path,
            doc,
            view,
            edit,
            editError,
            resyncToken,
            undo: () => history(undo),
            redo: () => history(redo),
          }
        : null,
    [ready, path, doc, view, edit, editError, resyncToken, history],
  );
}
