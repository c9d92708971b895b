import { useState } from 'react';
import { Dialog } from '../dialogs/Dialog';
import { DiffView } from './DiffView';
import './ConflictDialog.css';

interface ConflictDialogProps {
  title: string;
  /** The file as it is on disk now; null while it is read. */
  diskText: string | null;
  mine: string;
  onOverwrite: () => void;
  onReload: () => void;
  onClose: () => void;
  /** Where focus goes on closing when what had it is gone (the notice that opened it). */
  focusFallback?: () => void;
}

/** The file on disk next to the text in the editor, and the two ways out. */
export function ConflictDialog({
  title,
  diskText,
  mine,
  onOverwrite,
  onReload,
  onClose,
  focusFallback,
}: ConflictDialogProps) {
  const [layout, setLayout] = useState<'side-by-side' | 'unified'>('side-by-side');
  return (
    <Dialog
      title={`Compare: ${title}`}
      onClose={onClose}
      focusFallback={focusFallback}
      wide
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            Decide later
          </button>
          <button type="button" className="button" onClick={onReload}>
            Reload from disk
          </button>
          <button type="button" className="button button-primary" onClick={onOverwrite}>
            Overwrite with mine
          </button>
        </>
      }
    >
      <div className="conflict-intro">
        <p>
          Left: the file as another program left it. Right: your text in the editor. Reload replaces
          your text with the file; Overwrite replaces the file with your text.
        </p>
        <div className="conflict-layout" role="group" aria-label="Layout">
          <label>
            <input
              type="radio"
              name="diff-layout"
              checked={layout === 'side-by-side'}
              onChange={() => setLayout('side-by-side')}
            />
            Side by side
          </label>
          <label>
            <input
              type="radio"
              name="diff-layout"
              checked={layout === 'unified'}
              onChange={() => setLayout('unified')}
            />
            One column
          </label>
        </div>
      </div>
      {diskText === null ? (
        <p>Reading the file on disk…</p>
      ) : (
        <DiffView
          oldText={diskText}
          newText={mine}
          oldLabel="On disk"
          newLabel="Yours"
          layout={layout}
        />
      )}
    </Dialog>
  );
}
