import type { EditorStatus } from '../editor-pane/editor-session';
import type { Store } from '../external-store';
import { useStoreValue } from '../external-store';
import { saveStateLabel, type Tab } from '../tabs/tabs-reducer';
import './StatusBar.css';

interface StatusBarProps {
  tab: Tab | null;
  status: Store<EditorStatus>;
  /** Where the app runs, when worth saying (web mode). */
  mode: string | null;
  folder: string;
}

function stateClass(tab: Tab): string {
  if (tab.saving) return 'saving';
  if (tab.deleted || tab.conflict || tab.failure || (tab.refused && tab.dirty)) return 'alert';
  return tab.dirty ? 'unsaved' : 'saved';
}

/** Saved or not, where the cursor is, and how long the post is. */
export function StatusBar({ tab, status, mode, folder }: StatusBarProps) {
  const { line, column, words, minutes } = useStoreValue(status);
  return (
    <footer className="status-bar">
      <span className="status-item">{folder}</span>
      {mode ? <span className="status-item status-mode">{mode}</span> : null}
      {tab ? (
        <>
          <span
            className={`status-item status-save status-${stateClass(tab)}`}
            role="status"
            aria-label="Save state"
            // The app's announcer says each save in a sentence; this would only repeat it.
            aria-live="off"
          >
            {saveStateLabel(tab)}
          </span>
          <span className="status-spacer" />
          <span className="status-item" aria-label="Cursor position">
            Ln {line}, Col {column}
          </span>
          <span className="status-item">
            {words} word{words === 1 ? '' : 's'}
          </span>
          <span className="status-item">{minutes} min read</span>
        </>
      ) : (
        <span className="status-spacer" />
      )}
    </footer>
  );
}
