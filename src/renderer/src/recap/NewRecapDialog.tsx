import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { PostContent } from '../../../shared/ipc/data';
import type { RecapCreateResult } from '../../../shared/ipc/recap';
import type { StudioClient } from '../client';
import { Dialog } from '../dialogs/Dialog';
import { AuthorSuggestions, type AuthorChoice } from '../form/AuthorControl';
import { lineOfInput, localDay, recapInputs } from './recap-inputs';
import './NewRecapDialog.css';

interface NewRecapDialogProps {
  client: StudioClient;
  /** The site's authors, to search by key or name; null when it has no authors file. */
  authors: readonly AuthorChoice[] | null;
  /** The recap was written: open it. `note` says what is left to fill, if anything. */
  onCreated: (post: PostContent, title: string, note: string | null) => void;
  onClose: () => void;
}

interface LineFailure {
  line: number | null;
  input: string;
  message: string;
}

type Phase =
  { kind: 'editing' } | { kind: 'looking-up'; requestId: string; done: number; total: number };

let lastRequest = 0;
function newRequestId(): string {
  lastRequest += 1;
  return `recap-${Date.now().toString(36)}-${lastRequest}`;
}

/** What the user is told after a recap made with fields left empty. */
function noteOf(result: Extract<RecapCreateResult, { status: 'created' }>): string | null {
  const parts: string[] = [];
  if (result.offline) parts.push(`${result.offline} The recap was made from the video IDs.`);
  if (result.flagged.length > 0)
    parts.push(
      `${result.flagged.length === 1 ? 'One talk has' : `${result.flagged.length} talks have`} empty fields, flagged in the problems; look them up again later to fill them.`,
    );
  if (result.failures.length > 0)
    parts.push(`Left out: ${result.failures.map((failure) => failure.input).join(', ')}.`);
  return parts.length > 0 ? parts.join(' ') : null;
}

/**
 * "New recap…": the event, its day and author, and its talks (YouTube URLs,
 * IDs or playlists). Looks the talks up with progress and a way to stop,
 * shows what failed line by line, and hands the new post to the editor.
 */
export function NewRecapDialog({ client, authors, onCreated, onClose }: NewRecapDialogProps) {
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(() => localDay(new Date()));
  const [author, setAuthor] = useState('');
  const [box, setBox] = useState('');
  const [phase, setPhase] = useState<Phase>({ kind: 'editing' });
  const [error, setError] = useState<string | null>(null);
  const [failures, setFailures] = useState<LineFailure[]>([]);
  const authorTouched = useRef(false);
  const running = useRef<string | null>(null);
  const ids = { title: useId(), date: useId(), author: useId(), talks: useId(), list: useId() };

  // The default author of Preferences, unless the user has already chosen.
  useEffect(() => {
    let live = true;
    void client.preferences.get({}).then((result) => {
      if (live && result.ok && !authorTouched.current) setAuthor(result.data.defaultAuthor ?? '');
    });
    return () => {
      live = false;
    };
  }, [client]);

  useEffect(
    () =>
      client.on('recap.progress', (progress) => {
        setPhase((current) =>
          current.kind === 'looking-up' && current.requestId === progress.requestId
            ? { ...current, done: progress.done, total: progress.total }
            : current,
        );
      }),
    [client],
  );

  // Closing the dialog stops a lookup still running.
  useEffect(
    () => () => {
      if (running.current !== null) void client.recap.cancel({ requestId: running.current });
    },
    [client],
  );

  const create = async (skipFailed: boolean) => {
    const inputs = recapInputs(box);
    if (title.trim() === '') return setError('Give the recap a title: the event’s name.');
    if (inputs.length === 0)
      return setError('Give at least one YouTube URL, video ID or playlist, one a line.');
    const requestId = newRequestId();
    running.current = requestId;
    setError(null);
    setPhase({ kind: 'looking-up', requestId, done: 0, total: 0 });
    const result = await client.recap.create({
      title: title.trim(),
      ...(date === '' ? {} : { date }),
      author: author.trim() === '' ? null : author.trim(),
      inputs,
      skipFailed,
      requestId,
    });
    if (running.current !== requestId) return;
    running.current = null;
    setPhase({ kind: 'editing' });
    if (!result.ok) return setError(result.error.message);
    const outcome = result.data;
    if (outcome.status === 'cancelled') {
      setFailures([]);
      return setError('The lookup was stopped; nothing was made.');
    }
    if (outcome.status === 'failed') {
      setFailures(
        outcome.failures.map((failure) => ({ ...failure, line: lineOfInput(box, failure.input) })),
      );
      return setError(
        outcome.failures.length > 0
          ? 'Nothing was made: these lines name no video that can be used. Correct them, or make the recap without them.'
          : `Nothing was made. ${outcome.offline ?? ''}`,
      );
    }
    onCreated(outcome.post, title.trim(), noteOf(outcome));
  };

  const stop = () => {
    if (phase.kind === 'looking-up') void client.recap.cancel({ requestId: phase.requestId });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (phase.kind === 'editing') void create(false);
  };

  const busy = phase.kind === 'looking-up';
  const known = authors?.find((choice) => choice.key === author.trim());

  return (
    <Dialog title="New recap" onClose={onClose} className="new-recap-dialog">
      <form onSubmit={submit} aria-busy={busy}>
        <p>
          A new post for an event: one section per talk, in the order given, each with its video and
          a starting text to rewrite.
        </p>
        <label htmlFor={ids.title}>Event name</label>
        <input
          id={ids.title}
          className="text-input"
          data-autofocus
          value={title}
          maxLength={300}
          disabled={busy}
          onChange={(event) => {
            setTitle(event.target.value);
            setError(null);
          }}
        />
        <div className="new-recap-row">
          <div>
            <label htmlFor={ids.date}>Date</label>
            <input
              id={ids.date}
              type="date"
              className="text-input"
              value={date}
              disabled={busy}
              onChange={(event) => setDate(event.target.value)}
            />
          </div>
          <div>
            <label htmlFor={ids.author}>Author</label>
            <input
              id={ids.author}
              className="text-input"
              list={authors ? ids.list : undefined}
              value={author}
              autoComplete="off"
              disabled={busy}
              aria-describedby={`${ids.author}-name`}
              onChange={(event) => {
                authorTouched.current = true;
                setAuthor(event.target.value);
              }}
            />
            {authors ? <AuthorSuggestions id={ids.list} authors={authors} /> : null}
            <span id={`${ids.author}-name`} className="new-recap-author-name">
              {author.trim() === ''
                ? 'No author'
                : known
                  ? (known.name ?? '')
                  : authors
                    ? 'Not in data/authors.yaml'
                    : ''}
            </span>
          </div>
        </div>
        <label htmlFor={ids.talks}>Talks: YouTube URLs, video IDs or a playlist, one a line</label>
        <textarea
          id={ids.talks}
          className="text-input new-recap-talks"
          rows={6}
          value={box}
          disabled={busy}
          spellCheck={false}
          onChange={(event) => {
            setBox(event.target.value);
            setFailures([]);
            setError(null);
          }}
        />
        <div role="status" className="new-recap-status">
          {busy ? (
            <>
              <progress
                aria-label="Videos looked up"
                value={phase.done}
                max={Math.max(phase.total, 1)}
              />
              <span>
                {phase.total === 0
                  ? 'Looking the videos up…'
                  : `Looked up ${phase.done} of ${phase.total} videos…`}
              </span>
            </>
          ) : null}
        </div>
        {error ? (
          <div className="dialog-error" role="alert">
            <p>{error}</p>
            {failures.length > 0 ? (
              <ul className="new-recap-failures">
                {failures.map((failure, index) => (
                  <li key={index}>
                    {failure.line === null ? '' : `Line ${failure.line}: `}
                    <code>{failure.input}</code> — {failure.message}
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
        <div className="dialog-actions dialog-actions-inline">
          {busy ? (
            <button type="button" className="button" onClick={stop}>
              Stop lookup
            </button>
          ) : (
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
          )}
          {failures.length > 0 && !busy ? (
            <button type="button" className="button" onClick={() => void create(true)}>
              Make it without them
            </button>
          ) : null}
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Looking up…' : 'Create recap'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
