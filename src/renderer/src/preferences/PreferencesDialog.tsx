import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { KeyStatus, Preferences } from '../../../shared/ipc/youtube';
import type { ConventionChoice } from '../../../shared/youtube/site-settings';
import type { StudioClient } from '../client';
import { Dialog } from '../dialogs/Dialog';
import type { AuthorNames } from '../posts/author-names';
import { AuthorOptions } from '../posts/AuthorOptions';
import { conventionOptions } from './convention-text';
import './PreferencesDialog.css';

interface PreferencesDialogProps {
  client: StudioClient;
  /** The site's authors, for the default author; null when the site has no authors file. */
  authors: AuthorNames | null;
  onClose: () => void;
}

type Message = { kind: 'ok' | 'error'; text: string } | null;

/**
 * The YouTube key (set, checked, removed: its value never comes back from
 * main), the open site's video convention (kept in the site's
 * `.recap-studio.yaml`), and the default author of new posts.
 */
export function PreferencesDialog({ client, authors, onClose }: PreferencesDialogProps) {
  const [keyStatus, setKeyStatus] = useState<KeyStatus | null>(null);
  const [preferences, setPreferences] = useState<Preferences | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void Promise.all([client.youtube.keyStatus({}), client.preferences.get({})]).then(
      ([key, prefs]) => {
        if (!live) return;
        if (key.ok) setKeyStatus(key.data);
        if (prefs.ok) setPreferences(prefs.data);
        const failed = [key, prefs].find((result) => !result.ok);
        if (failed && !failed.ok) setLoadError(failed.error.message);
      },
    );
    return () => {
      live = false;
    };
  }, [client]);

  return (
    <Dialog
      title="Preferences"
      onClose={onClose}
      className="preferences"
      actions={
        <button type="button" className="button button-primary" onClick={onClose}>
          Done
        </button>
      }
    >
      {loadError ? (
        <p className="dialog-error" role="alert">
          {loadError}
        </p>
      ) : null}
      {keyStatus ? <KeySection client={client} status={keyStatus} onStatus={setKeyStatus} /> : null}
      {preferences ? (
        <>
          <ConventionSection client={client} preferences={preferences} onChange={setPreferences} />
          <AuthorSection
            client={client}
            authors={authors}
            preferences={preferences}
            onChange={setPreferences}
          />
        </>
      ) : null}
    </Dialog>
  );
}

function KeySection({
  client,
  status,
  onStatus,
}: {
  client: StudioClient;
  status: KeyStatus;
  onStatus: (status: KeyStatus) => void;
}) {
  const [key, setKey] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);

  const run = useCallback(async (work: () => Promise<Message>) => {
    setBusy(true);
    setMessage(null);
    setMessage(await work());
    setBusy(false);
  }, []);

  const save = (event: FormEvent) => {
    event.preventDefault();
    void run(async () => {
      const result = await client.youtube.setKey({ key });
      if (!result.ok) return { kind: 'error', text: result.error.message };
      setKey('');
      onStatus(result.data);
      return { kind: 'ok', text: 'The key is stored, encrypted by the system.' };
    });
  };
  const check = () =>
    void run(async () => {
      const result = await client.youtube.checkKey({});
      if (!result.ok) return { kind: 'error', text: result.error.message };
      return { kind: result.data.ok ? 'ok' : 'error', text: result.data.message };
    });
  const remove = () =>
    void run(async () => {
      const result = await client.youtube.removeKey({});
      if (!result.ok) return { kind: 'error', text: result.error.message };
      onStatus(result.data);
      return { kind: 'ok', text: 'The key is removed.' };
    });

  const where =
    status.source === 'environment'
      ? 'A key is set, from the YOUTUBE_API_KEY environment variable.'
      : status.keySet
        ? 'A key is set, stored encrypted by the system.'
        : 'No key is set: lookups fill the title and thumbnail only (from oEmbed), and playlists cannot be read.';

  return (
    <section className="preferences-section" aria-labelledby="preferences-key">
      <h3 id="preferences-key">YouTube API key</h3>
      <p>
        With a key of the YouTube Data API v3, a lookup fills the description, upload date and
        duration too. The key stays in Recap Studio&rsquo;s main process; this screen never shows it
        again.
      </p>
      <p className="preferences-status">{where}</p>
      {status.canStore ? (
        <form className="preferences-row" onSubmit={save}>
          <label className="visually-hidden" htmlFor="preferences-key-input">
            New YouTube API key
          </label>
          <input
            id="preferences-key-input"
            className="text-input"
            type="password"
            autoComplete="off"
            spellCheck={false}
            placeholder={status.keySet ? 'Replace the key…' : 'Paste a key…'}
            value={key}
            maxLength={200}
            onChange={(event) => setKey(event.target.value)}
          />
          <button type="submit" className="button" disabled={busy || key.trim() === ''}>
            Save key
          </button>
        </form>
      ) : (
        <p className="preferences-note">{status.cannotStoreReason}</p>
      )}
      <div className="preferences-row">
        <button type="button" className="button" disabled={busy || !status.keySet} onClick={check}>
          Check key
        </button>
        {status.canStore ? (
          <button
            type="button"
            className="button"
            disabled={busy || !status.keySet}
            onClick={remove}
          >
            Remove key
          </button>
        ) : null}
      </div>
      {message ? (
        <p
          className={message.kind === 'error' ? 'dialog-error' : 'preferences-ok'}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      ) : null}
    </section>
  );
}

function ConventionSection({
  client,
  preferences,
  onChange,
}: {
  client: StudioClient;
  preferences: Preferences;
  onChange: (preferences: Preferences) => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const site = preferences.site;
  if (!site) {
    return (
      <section className="preferences-section">
        <h3>Video convention</h3>
        <p>Open a site to choose its video convention.</p>
      </section>
    );
  }
  const choose = async (choice: ConventionChoice) => {
    setBusy(true);
    setError(null);
    const result = await client.preferences.setVideoConvention({ videoConvention: choice });
    setBusy(false);
    if (result.ok) onChange(result.data);
    else setError(result.error.message);
  };
  return (
    <section className="preferences-section" aria-labelledby="preferences-convention">
      <h3 id="preferences-convention">Video convention of this site</h3>
      <p>
        How new <code>params.videoSchema</code> entries write their embed URL, thumbnail and upload
        date, and how <code>check</code> reports entries written otherwise. The choice belongs to
        the site: it is saved in its <code>.recap-studio.yaml</code>, for everyone who writes for it
        and for its CI.
      </p>
      {site.settingsProblem ? (
        <p className="dialog-error" role="alert">
          {site.settingsProblem}
        </p>
      ) : null}
      <fieldset className="preferences-choices" disabled={busy}>
        <legend className="visually-hidden">Video convention</legend>
        {conventionOptions(site).map((option) => (
          <label key={option.choice} className="preferences-choice">
            <input
              type="radio"
              name="video-convention"
              value={option.choice}
              checked={site.videoConvention === option.choice}
              onChange={() => void choose(option.choice)}
            />
            <span>
              <strong>{option.label}</strong>
              <span className="preferences-detail">{option.detail}</span>
              {option.example ? (
                <code className="preferences-example">
                  embedUrl: {option.example.embedUrl}
                  <br />
                  thumbnailUrl: {option.example.thumbnailUrl}
                  <br />
                  uploadDate: {option.example.uploadDate}
                </code>
              ) : null}
            </span>
          </label>
        ))}
      </fieldset>
      {error ? (
        <p className="dialog-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}

function AuthorSection({
  client,
  authors,
  preferences,
  onChange,
}: {
  client: StudioClient;
  authors: AuthorNames | null;
  preferences: Preferences;
  onChange: (preferences: Preferences) => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const [typed, setTyped] = useState(preferences.defaultAuthor ?? '');
  const save = async (author: string) => {
    setError(null);
    const result = await client.preferences.setDefaultAuthor({
      author: author.trim() === '' ? null : author.trim(),
    });
    if (result.ok) onChange(result.data);
    else setError(result.error.message);
  };
  const current = preferences.defaultAuthor ?? '';
  return (
    <section className="preferences-section" aria-labelledby="preferences-author">
      <h3 id="preferences-author">Default author</h3>
      <p>New posts get this author. It is kept in Recap Studio&rsquo;s own settings.</p>
      <label className="visually-hidden" htmlFor="preferences-author-input">
        Default author
      </label>
      {authors ? (
        <select
          id="preferences-author-input"
          className="text-input"
          value={current}
          onChange={(event) => void save(event.target.value)}
        >
          <AuthorOptions authors={authors} current={current} noneLabel="None" />
        </select>
      ) : (
        <input
          id="preferences-author-input"
          className="text-input"
          value={typed}
          maxLength={100}
          onChange={(event) => setTyped(event.target.value)}
          onBlur={() => {
            if (typed.trim() !== current) void save(typed);
          }}
        />
      )}
      {error ? (
        <p className="dialog-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
