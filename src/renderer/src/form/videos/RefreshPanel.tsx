import { useRef, useState } from 'react';
import type { RefreshReport } from '../../../../shared/ipc/youtube';
import type { VideoEntry, VideoField } from '../../../../shared/videos';
import { useAnnounce } from '../../a11y/Announcer';
import { fieldLabels } from './VideoEntryFields';
import type { LookupClient } from './use-named-lookup';
import './lookup-panels.css';

/** One change YouTube shows, for the user to accept or not. */
interface OfferedChange {
  key: string;
  id: string;
  field: 'title' | 'duration';
  before: string;
  after: string;
}

interface RefreshPanelProps {
  client: LookupClient;
  /** The post's entries now; those with a video are checked. */
  entries: readonly VideoEntry[];
  /** Writes the accepted changes into every entry of their video, as one edit. */
  onApply: (changes: { id: string; field: VideoField; value: string }[]) => string | null;
  onClose: () => void;
}

type State =
  | { kind: 'running'; requestId: string }
  | { kind: 'failed'; message: string }
  | { kind: 'report'; report: RefreshReport };

let serial = 0;

/**
 * "Refresh from YouTube": checks every entry's video again and lists what
 * changed there (gone private, deleted, a new title, a new duration). Nothing
 * changes in the post until the user ticks changes and applies them, as one
 * undoable edit.
 */
export function RefreshPanel({ client, entries, onApply, onClose }: RefreshPanelProps) {
  const announce = useAnnounce();
  const [state, setState] = useState<State | null>(null);
  const [accepted, setAccepted] = useState<ReadonlySet<string>>(new Set());
  const cancelled = useRef(false);
  const titles = new Map(entries.map((entry) => [entry.videoId, entry.fields.title ?? '']));

  const refresh = async (): Promise<void> => {
    const checked = entries.flatMap((entry) =>
      entry.videoId === null
        ? []
        : [
            {
              id: entry.videoId,
              ...(entry.fields.title === undefined ? {} : { title: entry.fields.title }),
              ...(entry.fields.duration === undefined ? {} : { duration: entry.fields.duration }),
            },
          ],
    );
    if (checked.length === 0) {
      setState({ kind: 'failed', message: 'No entry names a YouTube video to check.' });
      return;
    }
    const requestId = `refresh-${++serial}`;
    cancelled.current = false;
    setState({ kind: 'running', requestId });
    setAccepted(new Set());
    const answer = await client.youtube.refresh({ entries: checked, requestId });
    if (cancelled.current) {
      setState({ kind: 'failed', message: 'Refresh cancelled: nothing was changed.' });
      return;
    }
    if (!answer.ok) {
      setState({ kind: 'failed', message: answer.error.message });
      announce(answer.error.message);
      return;
    }
    setState({ kind: 'report', report: answer.data });
    announce(summaryOf(answer.data));
  };

  const cancel = (): void => {
    if (state?.kind !== 'running') return;
    cancelled.current = true;
    void client.youtube.cancel({ requestId: state.requestId });
  };

  const offered: OfferedChange[] =
    state?.kind === 'report'
      ? state.report.videos.flatMap((video) =>
          video.status === 'changed'
            ? video.changes.map((change) => ({
                key: `${video.id}-${change.field}`,
                id: video.id,
                ...change,
              }))
            : [],
        )
      : [];
  const gone =
    state?.kind === 'report'
      ? state.report.videos.flatMap((video) => (video.status === 'failed' ? [video] : []))
      : [];

  const apply = (): void => {
    const chosen = offered.filter((change) => accepted.has(change.key));
    const message = onApply(
      chosen.map((change) => ({ id: change.id, field: change.field, value: change.after })),
    );
    if (message !== null) {
      setState({ kind: 'failed', message });
      return;
    }
    announce(`${chosen.length === 1 ? '1 change' : `${chosen.length} changes`} applied.`);
    onClose();
  };

  return (
    <div className="refresh-videos" role="group" aria-labelledby="refresh-videos-heading">
      <h3 id="refresh-videos-heading">Refresh from YouTube</h3>
      {state === null ? (
        <p>
          Checks every entry’s video on YouTube again and lists what changed there. Nothing in the
          post changes unless you accept it.
        </p>
      ) : null}
      {state?.kind === 'running' ? <p role="status">Checking the videos on YouTube…</p> : null}
      {state?.kind === 'failed' ? (
        <p role="alert" className="video-schema-error">
          {state.message}
        </p>
      ) : null}
      {state?.kind === 'report' ? (
        <>
          <p role="status" className="add-videos-summary">
            {summaryOf(state.report)}
          </p>
          {gone.length > 0 ? (
            <ul className="add-videos-lines" aria-label="Videos no longer available">
              {gone.map((video) => (
                <li key={video.id} className="add-videos-line add-videos-line-failed">
                  <span className="add-videos-line-text">{titles.get(video.id) || video.id}</span>
                  <span className="add-videos-line-detail">{video.message}</span>
                </li>
              ))}
            </ul>
          ) : null}
          {offered.length > 0 ? (
            <fieldset className="refresh-videos-changes">
              <legend>Changes on YouTube: tick those to take</legend>
              {offered.map((change) => (
                <label key={change.key} className="refresh-videos-change">
                  <input
                    type="checkbox"
                    checked={accepted.has(change.key)}
                    onChange={(event) =>
                      setAccepted((current) => {
                        const next = new Set(current);
                        if (event.target.checked) next.add(change.key);
                        else next.delete(change.key);
                        return next;
                      })
                    }
                  />
                  <span>
                    {titles.get(change.id) || change.id}: {fieldLabels[change.field]}{' '}
                    <span className="field-change-before">{change.before || 'empty'}</span> →{' '}
                    <span className="field-change-after">{change.after}</span>
                  </span>
                </label>
              ))}
            </fieldset>
          ) : null}
        </>
      ) : null}
      <div className="add-videos-buttons">
        {state?.kind === 'running' ? (
          <button type="button" className="button" onClick={cancel}>
            Cancel
          </button>
        ) : (
          <>
            {offered.length > 0 ? (
              <button
                type="button"
                className="button button-primary"
                disabled={accepted.size === 0}
                onClick={apply}
              >
                Apply the ticked changes
              </button>
            ) : (
              <button
                type="button"
                className="button button-primary"
                onClick={() => void refresh()}
              >
                {state === null ? 'Check the videos' : 'Check again'}
              </button>
            )}
            <button type="button" className="button button-quiet" onClick={onClose}>
              Close
            </button>
          </>
        )}
      </div>
    </div>
  );
}

/** "2 of 5 videos changed on YouTube; 1 is no longer available." */
function summaryOf(report: RefreshReport): string {
  const count = report.videos.length;
  const changed = report.videos.filter((video) => video.status === 'changed').length;
  const failed = report.videos.filter((video) => video.status === 'failed').length;
  const parts = [
    changed === 0
      ? `None of the ${count === 1 ? '1 video' : `${count} videos`} changed on YouTube.`
      : `${changed} of ${count === 1 ? '1 video' : `${count} videos`} changed on YouTube.`,
  ];
  if (failed > 0)
    parts.push(
      `${failed === 1 ? '1 is' : `${failed} are`} no longer available or could not be checked.`,
    );
  return parts.join(' ');
}
