import { useState } from 'react';
import type { LookupOutcome } from '../../../../shared/ipc/youtube';
import {
  lookupAgainChanges,
  valuesOf,
  type VideoEntry,
  type VideoField,
} from '../../../../shared/videos';
import { useAnnounce } from '../../a11y/Announcer';
import { FieldChangeTable } from './FieldChangeTable';
import type { LookupClient } from './use-named-lookup';
import './lookup-panels.css';

interface LookUpAgainProps {
  client: LookupClient;
  entry: VideoEntry;
  /** Writes the values into the entry as one edit; returns a message when it cannot. */
  onApply: (values: Partial<Record<VideoField, string>>) => string | null;
}

type State =
  | { kind: 'idle' }
  | { kind: 'running' }
  | { kind: 'failed'; message: string }
  | { kind: 'found'; found: Extract<LookupOutcome, { status: 'found' }> };

/**
 * "Look up again" on one entry: asks YouTube for its video, then shows what
 * would change, old → new per field, before anything is written. Only empty
 * fields are filled unless "overwrite" is ticked. Applying is one undoable edit.
 */
export function LookUpAgain({ client, entry, onApply }: LookUpAgainProps) {
  const announce = useAnnounce();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [overwrite, setOverwrite] = useState(false);
  const { index, videoId } = entry;

  const lookUp = async (): Promise<void> => {
    if (videoId === null) return;
    setState({ kind: 'running' });
    const answer = await client.youtube.lookup({ inputs: [videoId] });
    const outcome = answer.ok ? answer.data.outcomes[0] : undefined;
    if (!answer.ok || outcome?.status !== 'found') {
      const message = !answer.ok
        ? answer.error.message
        : outcome?.status === 'failed'
          ? outcome.message
          : 'YouTube said nothing about this video.';
      setState({ kind: 'failed', message });
      announce(message);
      return;
    }
    setState({ kind: 'found', found: outcome });
    announce(`Looked up video ${index + 1} again: see what would change.`);
  };

  const changes =
    state.kind === 'found' ? lookupAgainChanges(entry.fields, state.found.entry, overwrite) : [];
  const apply = (): void => {
    const message = onApply(valuesOf(changes));
    if (message !== null) {
      setState({ kind: 'failed', message });
      return;
    }
    setState({ kind: 'idle' });
    announce(
      `Video ${index + 1}: ${changes.length === 1 ? '1 field' : `${changes.length} fields`} updated.`,
    );
  };

  if (state.kind !== 'found') {
    return (
      <div className="look-up-again">
        <button
          type="button"
          className="button"
          disabled={videoId === null || state.kind === 'running'}
          title={videoId === null ? 'The entry names no YouTube video yet.' : undefined}
          onClick={() => void lookUp()}
        >
          {state.kind === 'running' ? 'Looking up…' : 'Look up again'}
        </button>
        {state.kind === 'failed' ? (
          <p role="alert" className="video-schema-error">
            {state.message}
          </p>
        ) : null}
      </div>
    );
  }

  const headingId = `look-up-again-${index}`;
  return (
    <div className="look-up-again look-up-again-open" role="group" aria-labelledby={headingId}>
      <h4 id={headingId}>What YouTube says about video {index + 1}</h4>
      <label className="look-up-again-overwrite">
        <input
          type="checkbox"
          checked={overwrite}
          onChange={(event) => setOverwrite(event.target.checked)}
        />
        Overwrite fields that already have a value
      </label>
      {state.found.hint ? <p className="video-field-note">{state.found.hint}</p> : null}
      {changes.length === 0 ? (
        <p role="status">
          {overwrite
            ? 'Nothing would change: the entry already says what YouTube says.'
            : 'Nothing to fill: every field YouTube knows already has a value. Tick “overwrite” to take YouTube’s values.'}
        </p>
      ) : (
        <FieldChangeTable caption="Would change" changes={changes} />
      )}
      <div className="look-up-again-buttons">
        <button
          type="button"
          className="button button-primary"
          disabled={changes.length === 0}
          onClick={apply}
        >
          {changes.length === 1 ? 'Apply 1 change' : `Apply ${changes.length} changes`}
        </button>
        <button
          type="button"
          className="button button-quiet"
          onClick={() => setState({ kind: 'idle' })}
        >
          Cancel
        </button>
      </div>
    </div>
  );
}
