import { useEffect, useState } from 'react';
import type { FolderListing } from '../../../shared/ipc/folder-picker';
import type { FolderPickerClient } from '../client/studio-client';

interface FolderPickerProps {
  picker: FolderPickerClient;
  /** The user chose a folder with the picker; the server now lets it be opened. */
  onChoose: (path: string) => void;
  /** The choosing button's words; "Open this folder" unless given (Export: "Export into this folder"). */
  chooseLabel?: string;
}

/**
 * The web mode's folder browser: a page cannot show the system's dialog, so
 * the web server lists the folders of the home folder, one level at a time.
 * Folders that hold a Hugo config are marked as sites.
 */
export function FolderPicker({
  picker,
  onChoose,
  chooseLabel = 'Open this folder',
}: FolderPickerProps) {
  const [listing, setListing] = useState<FolderListing | null>(null);
  const [error, setError] = useState<string | null>(null);

  const showResult = (result: Awaited<ReturnType<FolderPickerClient['list']>>): void => {
    if (result.ok) {
      setListing(result.data);
      setError(null);
    } else setError(result.error.message);
  };

  const show = async (path: string): Promise<void> => showResult(await picker.list({ path }));

  useEffect(() => {
    // The home folder, once the picker appears; an answer after it closed is dropped.
    let shown = true;
    void picker.list({}).then((result) => shown && showResult(result));
    return () => {
      shown = false;
    };
  }, [picker]);

  const choose = async (path: string): Promise<void> => {
    const result = await picker.pick({ path });
    if (result.ok) onChoose(result.data.path);
    else setError(result.error.message);
  };

  return (
    <section className="folder-picker" aria-label="Choose a folder">
      {listing ? (
        <>
          <div className="folder-picker-bar">
            <button
              type="button"
              className="button"
              disabled={listing.parent === null}
              onClick={() => listing.parent !== null && void show(listing.parent)}
            >
              Up
            </button>
            <span className="folder-picker-path" title={listing.path}>
              {listing.path}
            </span>
            <button
              type="button"
              className="button button-primary"
              onClick={() => void choose(listing.path)}
            >
              {chooseLabel}
            </button>
          </div>
          <ul className="folder-picker-list">
            {listing.folders.map((folder) => (
              <li key={folder.path}>
                <button
                  type="button"
                  className="folder-picker-entry"
                  onClick={() => void show(folder.path)}
                >
                  {folder.name}
                  {folder.site ? <span className="folder-picker-site"> Hugo site</span> : null}
                </button>
              </li>
            ))}
            {listing.folders.length === 0 ? <li className="start-lead">No folders here.</li> : null}
          </ul>
        </>
      ) : null}
      {error ? (
        <p className="start-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
