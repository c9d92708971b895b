import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { LookupOutcome } from '../../../../shared/ipc/youtube';
import { lookupSummary, splitLookupInputs } from '../../../../shared/videos';
import { wholeLookupFailures, type LookupFailureCode } from '../../../../shared/youtube/failures';
import { useAnnounce } from '../../a11y/Announcer';
import { useNamedLookup, type LookupClient } from './use-named-lookup';
import './lookup-panels.css';

/** What adding the found videos came to, or why nothing could be added. */
export type AddOutcome = { added: number; alreadyListed: number } | { error: string };

interface AddVideosPanelProps {
  client: LookupClient;
  /** Adds the found videos as one edit of the post. */
  onAdd: (outcomes: LookupOutcome[]) => AddOutcome;
  onClose: () => void;
}

/** A line of the report: a video added, or an input and what went wrong with it. */
type ReportLine = { key: string; ok: boolean; text: string; detail: string | null };

type Report = {
  summary: string;
  /** A failure of the key or the connection, said once rather than on every line. */
  whole: string | null;
  lines: ReportLine[];
};

/**
 * "Add videos…": paste links, IDs or playlists, one per line; each found
 * video becomes an entry at the end of the list, in the input's order, as
 * one undoable edit. A long list shows its progress and can be cancelled,
 * which adds nothing. Each input that fails keeps its line in the box with
 * the reason beside it, so it can be fixed and tried again.
 */
export function AddVideosPanel({ client, onAdd, onClose }: AddVideosPanelProps) {
  const announce = useAnnounce();
  const { progress, run, cancel } = useNamedLookup(client);
  const [text, setText] = useState('');
  const [report, setReport] = useState<Report | null>(null);
  const input = useRef<HTMLTextAreaElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const running = progress !== null;

  useEffect(() => input.current?.focus(), []);
  useEffect(() => {
    if (running) cancelButton.current?.focus();
    else input.current?.focus();
  }, [running]);

  const lookUp = async (): Promise<void> => {
    const inputs = splitLookupInputs(text);
    if (inputs.length === 0) {
      setReport({
        summary: 'Paste at least one YouTube link or video ID.',
        whole: null,
        lines: [],
      });
      return;
    }
    setReport(null);
    const end = await run(inputs);
    if (end.kind === 'cancelled') {
      const summary = 'Lookup cancelled: nothing was added.';
      setReport({ summary, whole: null, lines: [] });
      announce(summary);
      return;
    }
    if (!end.result.ok) {
      setReport({ summary: 'No video was added.', whole: end.result.error.message, lines: [] });
      announce(`No video was added. ${end.result.error.message}`);
      return;
    }
    const { outcomes } = end.result.data;
    const failed = outcomes.filter((outcome) => outcome.status === 'failed');
    const added = onAdd(outcomes);
    if ('error' in added) {
      setReport({ summary: 'No video was added.', whole: added.error, lines: [] });
      announce(`No video was added. ${added.error}`);
      return;
    }
    const whole = wholeFailure(failed);
    const next: Report = {
      summary: lookupSummary(added.added, failed.length, added.alreadyListed),
      whole,
      lines: outcomes.map((outcome, index) => ({
        key: `${index}-${outcome.input}-${outcome.id ?? ''}`,
        ok: outcome.status === 'found',
        text: outcome.status === 'found' ? outcome.entry.title : outcome.input,
        detail: outcome.status === 'found' || whole !== null ? null : outcome.message,
      })),
    };
    setReport(next);
    // What failed stays in the box, to be fixed and tried again.
    setText([...new Set(failed.map((outcome) => outcome.input))].join('\n'));
    announce(whole ? `${next.summary} ${whole}` : next.summary);
  };

  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      if (running) cancel();
      else onClose();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !running) {
      event.preventDefault();
      void lookUp();
    }
  };

  const shownLines = running ? progress.lines : null;
  return (
    // Not a form: the panel sits inside the front matter form (see VideoSchemaEditor).
    <div
      id="add-videos-panel"
      className="add-videos"
      role="group"
      aria-labelledby="add-videos-heading"
      onKeyDown={onKeyDown}
    >
      <h3 id="add-videos-heading">Add videos</h3>
      <label htmlFor="add-videos-input">YouTube links, video IDs or a playlist, one per line</label>
      <textarea
        id="add-videos-input"
        ref={input}
        className="video-input add-videos-input"
        rows={4}
        value={text}
        disabled={running}
        aria-describedby="add-videos-hint"
        placeholder={'https://youtu.be/BWL4889RKhU\nhttps://www.youtube.com/watch?v=dDW1OoTaMdU'}
        onChange={(event) => setText(event.target.value)}
      />
      <p id="add-videos-hint" className="add-videos-hint">
        Each video is looked up on YouTube and added at the end of the list, in this order.
        Ctrl+Enter looks up; Escape cancels or closes.
      </p>
      <div className="add-videos-buttons">
        {running ? (
          <button type="button" ref={cancelButton} className="button" onClick={cancel}>
            Cancel
          </button>
        ) : (
          <>
            <button
              type="button"
              className="button button-primary"
              disabled={text.trim() === ''}
              onClick={() => void lookUp()}
            >
              Look up and add
            </button>
            <button type="button" className="button button-quiet" onClick={onClose}>
              Close
            </button>
          </>
        )}
      </div>
      {running ? (
        <div className="add-videos-progress">
          <label htmlFor="add-videos-progress">
            {progress.total === null
              ? 'Looking up…'
              : `Looked up ${progress.done} of ${progress.total}`}
          </label>
          <progress
            id="add-videos-progress"
            max={progress.total ?? undefined}
            value={progress.total === null ? undefined : progress.done}
          />
        </div>
      ) : null}
      {shownLines && shownLines.length > 0 ? (
        <ul className="add-videos-lines" aria-label="Looked up so far">
          {shownLines.map((line, index) => (
            <li key={`${index}-${line.input}-${line.id ?? ''}`} className={lineClass(line.status)}>
              <span className="add-videos-line-text">
                {line.status === 'found' ? line.text : line.input}
              </span>
              {line.status === 'failed' ? (
                <span className="add-videos-line-detail">{line.text}</span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {report ? (
        <div className="add-videos-report">
          <p role="status" className="add-videos-summary">
            {report.summary}
          </p>
          {report.whole ? (
            <p role="alert" className="video-schema-error">
              {report.whole}
            </p>
          ) : null}
          {report.lines.length > 0 ? (
            <ul className="add-videos-lines" aria-label="Lookup results">
              {report.lines.map((line) => (
                <li key={line.key} className={lineClass(line.ok ? 'found' : 'failed')}>
                  <span className="add-videos-line-text">
                    {line.ok ? `Added: ${line.text}` : `Not added: ${line.text}`}
                  </span>
                  {line.detail ? (
                    <span className="add-videos-line-detail">{line.detail}</span>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

function lineClass(status: 'found' | 'failed'): string {
  return `add-videos-line add-videos-line-${status}`;
}

/**
 * The message to say once when every failure is the key's or the
 * connection's (all the same code): the inputs themselves were fine.
 */
function wholeFailure(
  failed: readonly Extract<LookupOutcome, { status: 'failed' }>[],
): string | null {
  const codes = new Set<LookupFailureCode>(failed.map((outcome) => outcome.code));
  const [code] = codes;
  if (codes.size !== 1 || code === undefined || !wholeLookupFailures.has(code)) return null;
  return failed[0]!.message;
}
