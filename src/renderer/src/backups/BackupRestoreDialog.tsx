import type { Backup } from '../../../shared/ipc/data';
import { Dialog } from '../dialogs/Dialog';
import './BackupRestoreDialog.css';

interface BackupRestoreDialogProps {
  backups: readonly Backup[];
  titleOf: (path: string) => string;
  onRestore: (backup: Backup) => void;
  onDiscard: (backup: Backup) => void;
  /** Leaves the backups where they are, to decide at the next start. */
  onClose: () => void;
  /** Where focus goes on closing, when nothing had it before (the dialog opens at start). */
  focusFallback?: () => void;
}

function when(savedAt: string): string {
  const time = Date.parse(savedAt);
  return Number.isNaN(time) ? savedAt : new Date(time).toLocaleString();
}

/** Unsaved text found from last time, post by post: restore it into the editor or throw it away. */
export function BackupRestoreDialog({
  backups,
  titleOf,
  onRestore,
  onDiscard,
  onClose,
  focusFallback,
}: BackupRestoreDialogProps) {
  return (
    <Dialog
      title="Unsaved changes from last time"
      onClose={onClose}
      focusFallback={focusFallback}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Decide later
          </button>
          <button type="button" className="button" onClick={() => backups.forEach(onDiscard)}>
            Discard all
          </button>
          <button
            type="button"
            className="button button-primary"
            onClick={() => backups.forEach(onRestore)}
          >
            Restore all
          </button>
        </>
      }
    >
      <p>
        Recap Studio kept a backup of text that was not saved when it last closed. Restore puts it
        back in the editor as unsaved changes; Discard throws the backup away. The files on disk
        stay as they are either way.
      </p>
      <ul className="backup-list">
        {backups.map((backup) => (
          <li key={backup.path} className="backup-item">
            <div className="backup-what">
              <strong>{titleOf(backup.path)}</strong>
              <span className="backup-detail">
                {backup.path} · backed up {when(backup.savedAt)}
              </span>
            </div>
            <button type="button" className="button" onClick={() => onDiscard(backup)}>
              Discard
            </button>
            <button
              type="button"
              className="button button-primary"
              onClick={() => onRestore(backup)}
            >
              Restore
            </button>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
