import { useMemo, useState } from 'react';
import { describeAction, migratePost } from '../../../shared/migrate';
import type { PostDocument } from '../../../shared/post';
import { DiffView } from '../conflicts/DiffView';
import { Dialog } from '../dialogs/Dialog';

interface LegacyBannerProps {
  doc: PostDocument;
  readOnly: boolean;
  /** Applies the migration to the editor's current text as one undoable edit. */
  onMigrate: () => void;
}

/**
 * Said when the post uses the site's older front matter shape: what differs,
 * and "Migrate to today's shape", which shows the change as a diff first.
 */
export function LegacyBanner({ doc, readOnly, onMigrate }: LegacyBannerProps) {
  const [reviewing, setReviewing] = useState(false);
  const migration = useMemo(() => migratePost(doc), [doc]);
  if (migration.status === 'refused' || migration.actions.length === 0) return null;
  const movable = migration.status === 'migrated';
  return (
    <section className="form-banner" aria-labelledby="form-legacy-title">
      <h3 id="form-legacy-title" className="form-banner-title">
        This post uses the site&apos;s older front matter shape
      </h3>
      <ul className="form-banner-list">
        {migration.actions.map((action) => (
          <li key={action.from.join('.')}>{describeAction(action)}</li>
        ))}
      </ul>
      {movable && !readOnly ? (
        <button type="button" className="button" onClick={() => setReviewing(true)}>
          Migrate to today&apos;s shape…
        </button>
      ) : null}
      {reviewing && movable ? (
        <Dialog
          title="Migrate to today's shape"
          wide
          onClose={() => setReviewing(false)}
          actions={
            <>
              <button type="button" className="button" onClick={() => setReviewing(false)}>
                Cancel
              </button>
              <button
                type="button"
                className="button button-primary"
                onClick={() => {
                  setReviewing(false);
                  onMigrate();
                }}
              >
                Migrate
              </button>
            </>
          }
        >
          <p>
            These lines of the front matter change; the rest of the post stays as it is. Undo brings
            the old shape back.
          </p>
          <DiffView
            oldText={migration.before.text}
            newText={migration.after.text}
            oldLabel="Now"
            newLabel="Migrated"
            layout="unified"
          />
        </Dialog>
      ) : null}
    </section>
  );
}
