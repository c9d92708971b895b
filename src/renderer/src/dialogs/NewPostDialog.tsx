import { useState, type FormEvent } from 'react';
import { Dialog } from './Dialog';

interface NewPostDialogProps {
  /** Creates the post; resolves to an error message in words, or null when it was created. */
  onCreate: (title: string) => Promise<string | null>;
  onClose: () => void;
}

/** Asks for the new post's title; the workspace makes its folder and front matter. */
export function NewPostDialog({ onCreate, onClose }: NewPostDialogProps) {
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = title.trim();
    if (trimmed === '') {
      setError('Give the post a title first.');
      return;
    }
    setBusy(true);
    const failure = await onCreate(trimmed);
    setBusy(false);
    if (failure === null) onClose();
    else setError(failure);
  };

  return (
    <Dialog title="New post" onClose={onClose}>
      <form onSubmit={submit}>
        <p>
          The post gets a folder named after today’s date and its title, with front matter like the
          site’s newest posts.
        </p>
        <label htmlFor="new-post-title">Title</label>
        <input
          id="new-post-title"
          className="text-input"
          data-autofocus
          value={title}
          maxLength={300}
          onChange={(event) => {
            setTitle(event.target.value);
            setError(null);
          }}
          aria-describedby={error ? 'new-post-error' : undefined}
          aria-invalid={error ? true : undefined}
        />
        {error ? (
          <p id="new-post-error" className="dialog-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="dialog-actions dialog-actions-inline">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Creating…' : 'Create post'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
