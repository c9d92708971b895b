import { useState, type FormEvent } from 'react';
import type { FolderPickerClient } from '../client/studio-client';
import { FolderPicker } from './FolderPicker';
import './StartScreens.css';

interface NoFolderScreenProps {
  /** The desktop app opens folders from its File menu, with the system's dialog. */
  desktop: boolean;
  onOpen: (path: string) => Promise<string | null>;
  /**
   * The web mode's picker: the web server opens only folders chosen with it
   * (besides its launch folder and the recent ones), so a typed path is
   * picked through it too.
   */
  picker?: FolderPickerClient | undefined;
}

/** Nothing is open yet: say how to open a folder. */
export function NoFolderScreen({ desktop, onOpen, picker }: NoFolderScreenProps) {
  const [path, setPath] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [browsing, setBrowsing] = useState(false);

  const open = async (folder: string) => {
    setBusy(true);
    const picked = picker ? await picker.pick({ path: folder }) : null;
    if (picked && !picked.ok) setError(picked.error.message);
    else setError(await onOpen(picked ? picked.data.path : folder));
    setBusy(false);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (path.trim() === '') {
      setError('Type the full path of a folder first.');
      return;
    }
    await open(path.trim());
  };

  return (
    <main className="start-screen">
      <h1>Recap Studio</h1>
      <p className="start-lead">No folder is open.</p>
      <p>
        Open the folder of a Hugo site (or any folder inside it) to see its posts. A folder with
        Markdown files but no Hugo configuration opens too, with fewer checks.
      </p>
      {desktop ? (
        <p>
          Use <strong>File › Open Folder…</strong> to choose one.
        </p>
      ) : null}
      <form className="start-form" onSubmit={submit}>
        <label htmlFor="folder-path">Folder path</label>
        <div className="start-form-row">
          <input
            id="folder-path"
            className="text-input"
            placeholder="/home/me/linkerd.io"
            value={path}
            onChange={(event) => setPath(event.target.value)}
            autoFocus={!desktop}
          />
          <button type="submit" className="button button-primary" disabled={busy}>
            Open
          </button>
          {picker ? (
            <button
              type="button"
              className="button"
              aria-expanded={browsing}
              onClick={() => setBrowsing(!browsing)}
            >
              Browse…
            </button>
          ) : null}
        </div>
        {error ? (
          <p className="start-error" role="alert">
            {error}
          </p>
        ) : null}
      </form>
      {picker && browsing ? (
        <FolderPicker picker={picker} onChoose={(folder) => void open(folder)} />
      ) : null}
    </main>
  );
}

/** main cannot be reached or refused to talk: say what to do. */
export function UnreachableScreen({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <main className="start-screen">
      <h1>Recap Studio</h1>
      <p className="start-lead">Recap Studio cannot reach its folder service.</p>
      <p>{message}</p>
      <button type="button" className="button" onClick={onRetry}>
        Try again
      </button>
    </main>
  );
}

export function LoadingScreen() {
  return (
    <main className="start-screen" aria-busy="true">
      <h1>Recap Studio</h1>
      <p className="start-lead">Opening the folder…</p>
    </main>
  );
}
