import type { Diagnostic } from '../../../shared/ipc/data';
import { formatShortcut } from '../commands/shortcut';
import type { Tab } from '../tabs/tabs-reducer';
import './TabNotices.css';

export interface TabNoticeActions {
  compare: () => void;
  overwrite: () => void;
  reload: () => void;
  saveAgain: () => void;
  close: () => void;
  retry: () => void;
  dismissRefusal: () => void;
  jump: (diagnostic: Diagnostic) => void;
}

interface TabNoticesProps {
  tab: Tab;
  actions: TabNoticeActions;
  lineOf: (offset: number) => number;
  shortcuts: { compare: string; overwrite: string; reload: string };
}

/** What needs the user's decision about the post shown, above its text. */
export function TabNotices({ tab, actions, lineOf, shortcuts }: TabNoticesProps) {
  const key = (shortcut: string) => <kbd>{formatShortcut(shortcut)}</kbd>;
  return (
    <>
      {tab.deleted ? (
        <div className="notice notice-alert" role="alert">
          <p>
            <strong>This post was deleted on disk by another program.</strong> Your text is still
            here and nothing was written. {tab.failure ?? ''}
          </p>
          <div className="notice-actions">
            <button type="button" className="button button-primary" onClick={actions.saveAgain}>
              Save it again
            </button>
            <button type="button" className="button" onClick={actions.close}>
              Close the tab
            </button>
          </div>
        </div>
      ) : null}
      {tab.conflict ? (
        <div className="notice notice-alert" role="alert">
          <p>
            <strong>
              {tab.conflict.cause === 'save-refused'
                ? 'Not saved: another program changed this post since you opened it.'
                : 'Another program changed this post while you had unsaved changes.'}
            </strong>{' '}
            Compare the two versions, keep yours (it replaces the file), or reload the file (your
            text is replaced; undo brings it back).
          </p>
          <div className="notice-actions">
            <button type="button" className="button" onClick={actions.compare}>
              Compare {key(shortcuts.compare)}
            </button>
            <button type="button" className="button" onClick={actions.overwrite}>
              Overwrite with mine {key(shortcuts.overwrite)}
            </button>
            <button type="button" className="button" onClick={actions.reload}>
              Reload from disk {key(shortcuts.reload)}
            </button>
          </div>
        </div>
      ) : null}
      {tab.refused ? (
        // Not an alert: the app's announcer says the refusal politely, as it says a save.
        <section className="notice notice-refused" aria-label="Save refused">
          <div className="notice-heading">
            <p>
              <strong>
                Not saved:{' '}
                {tab.refused.length === 1 ? 'one error needs' : `${tab.refused.length} errors need`}{' '}
                fixing first.
              </strong>{' '}
              Your text is kept here and in a backup.
            </p>
            <button
              type="button"
              className="button button-quiet"
              aria-label="Hide the list of errors"
              onClick={actions.dismissRefusal}
            >
              ✕
            </button>
          </div>
          <ul className="notice-errors">
            {tab.refused.map((diagnostic, index) => (
              <li key={`${diagnostic.rule}-${index}`}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => actions.jump(diagnostic)}
                >
                  Line {lineOf(diagnostic.from)}
                </button>{' '}
                {diagnostic.message}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {tab.failure && !tab.deleted ? (
        <div className="notice notice-alert" role="alert">
          <p>
            <strong>Not saved.</strong> {tab.failure}
          </p>
          <div className="notice-actions">
            <button type="button" className="button" onClick={actions.retry}>
              Try again
            </button>
          </div>
        </div>
      ) : null}
    </>
  );
}
