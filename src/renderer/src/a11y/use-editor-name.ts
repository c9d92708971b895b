import { useEffect } from 'react';
import type { EditorSession } from '../editor-pane/editor-session';

/** What a screen reader calls the editor: which post's text it holds. */
export function editorName(title: string): string {
  return `Text of ${title}`;
}

/**
 * Names the editor's text area after the post it shows. The one view shows
 * each tab's state in turn; the name is set on its content element, which
 * survives `setState`, rather than in each post's state, which the session
 * builds.
 */
export function useEditorName(session: EditorSession, title: string | null): void {
  useEffect(() => {
    const content = session.editors.attachedView?.contentDOM;
    if (!content) return;
    if (title === null) content.removeAttribute('aria-label');
    else content.setAttribute('aria-label', editorName(title));
  }, [session, title]);
}
