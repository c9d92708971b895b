import { EditorView } from '@codemirror/view';
import { useEffect, useRef } from 'react';
import { formatShortcut } from '../commands/shortcut';
import type { EditorSession } from './editor-session';
import './EditorPane.css';

interface EditorPaneProps {
  session: EditorSession;
  hasPost: boolean;
  shortcuts: { open: string; newPost: string; palette: string };
}

/**
 * The one editor view; the session puts the state of the post being edited
 * into it. While no post is open it says how to open one.
 */
export function EditorPane({ session, hasPost, shortcuts }: EditorPaneProps) {
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = host.current;
    if (!element) return;
    // CodeMirror styles a document through a <style> element, which the page's CSP
    // (style-src 'self') refuses; in a shadow root it uses constructed style sheets instead.
    const root = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    const parent = document.createElement('div');
    // The app's style sheets do not reach into the shadow root; the CSSOM is allowed by the CSP.
    parent.style.height = '100%';
    root.replaceChildren(parent);
    const view = new EditorView({ root, parent });
    session.editors.attach(view);
    return () => {
      session.editors.detach();
      view.destroy();
      parent.remove();
    };
  }, [session]);

  return (
    <div className="editor-pane">
      <div ref={host} className="editor-host" hidden={!hasPost} aria-label="Post text" />
      {!hasPost ? (
        <div className="editor-empty">
          <h2>No post open</h2>
          <p>Choose a post in the list on the left, or create one.</p>
          <ul>
            <li>
              Find a post: <kbd>{formatShortcut(shortcuts.open)}</kbd>
            </li>
            <li>
              New post: <kbd>{formatShortcut(shortcuts.newPost)}</kbd>
            </li>
            <li>
              Every command: <kbd>{formatShortcut(shortcuts.palette)}</kbd>
            </li>
          </ul>
        </div>
      ) : null}
    </div>
  );
}
