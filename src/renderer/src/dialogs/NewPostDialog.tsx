import { useEffect, useState, type FormEvent } from 'react';
import type { AuthorNames } from '../posts/author-names';
import { AuthorOptions } from '../posts/AuthorOptions';
import { Dialog } from './Dialog';

interface NewPostDialogProps {
  /** The site's authors; null when it has no `data/authors.yaml` (the key is typed then). */
  authors: AuthorNames | null;
  /** The default author of new posts, from Preferences; null for none. */
  defaultAuthor: () => Promise<string | null>;
  /**
   * Creates the post with this author key ('' for none); resolves to an
   * error message in words, or null when it was created.
   */
  onCreate: (title: string, author: string) => Promise<string | null>;
  onClose: () => void;
}

/** Asks for the new post's title and author; the workspace makes its folder and front matter. */
export function NewPostDialog({ authors, defaultAuthor, onCreate, onClose }: NewPostDialogProps) {
  const [title, setTitle] = useState('');
  // Null until Preferences answered or the writer chose; the field takes input meanwhile
  // (Tab must reach it at once), and a choice made first wins over the default.
  const [author, setAuthor] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let current = true;
    void defaultAuthor().then((key) => {
      if (current) setAuthor((chosen) => chosen ?? key ?? '');
    });
    return () => {
      current = false;
    };
  }, [defaultAuthor]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = title.trim();
    if (trimmed === '') {
      setError('Give the post a title first.');
      return;
    }
    setBusy(true);
    const failure = await onCreate(trimmed, (author ?? '').trim());
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
        <label htmlFor="new-post-author">Author</label>
        {authors ? (
          <select
            id="new-post-author"
            className="text-input"
            value={author ?? ''}
            onChange={(event) => setAuthor(event.target.value)}
          >
            <AuthorOptions authors={authors} current={author ?? ''} noneLabel="No author" />
          </select>
        ) : (
          <input
            id="new-post-author"
            className="text-input"
            value={author ?? ''}
            maxLength={100}
            placeholder="The author's key"
            onChange={(event) => setAuthor(event.target.value)}
          />
        )}
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
