import { Dialog } from './Dialog';

interface CloseTabDialogProps {
  title: string;
  onSave: () => void;
  onDiscard: () => void;
  onCancel: () => void;
  /** Where focus goes once the post's tab is closed. */
  focusFallback?: () => void;
}

/** Asked before closing a post with unsaved text. */
export function CloseTabDialog({
  title,
  onSave,
  onDiscard,
  onCancel,
  focusFallback,
}: CloseTabDialogProps) {
  return (
    <Dialog
      title="Save your changes?"
      onClose={onCancel}
      focusFallback={focusFallback}
      actions={
        <>
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="button" className="button" onClick={onDiscard}>
            Close without saving
          </button>
          <button type="button" className="button button-primary" data-autofocus onClick={onSave}>
            Save and close
          </button>
        </>
      }
    >
      <p>
        “{title}” has changes that are not saved. If you close it without saving, they are lost.
      </p>
    </Dialog>
  );
}
