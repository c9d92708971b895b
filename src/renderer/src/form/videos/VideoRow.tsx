import type { EditorView } from '@codemirror/view';
import { memo, type DragEvent, type KeyboardEvent } from 'react';
import { shownDuration, type VideoEntry, type VideoField } from '../../../../shared/videos';
import type { VideoConvention } from '../../../../shared/youtube';
import { LookUpAgain } from './LookUpAgain';
import type { LookupClient } from './use-named-lookup';
import { handleId, VideoEntryFields } from './VideoEntryFields';
import { VideoThumbnail } from './VideoThumbnail';

const statusLabels: Record<VideoEntry['status'], string> = {
  complete: 'Complete',
  problems: 'Has problems',
  'not-in-body': 'Not in the body',
};

export interface VideoRowActions {
  toggle: () => void;
  move: (to: number) => void;
  /** Moves the entry at `from` (the row being dragged) to this row's place. */
  moveHere: (from: number) => void;
  duplicate: () => void;
  remove: () => void;
  insertSection: () => void;
  /** Writes several fields as one edit; returns a message when it cannot. */
  setFields: (values: Partial<Record<VideoField, string>>) => string | null;
  onError: (message: string | null) => void;
}

interface VideoRowProps {
  view: EditorView;
  entry: VideoEntry;
  count: number;
  expanded: boolean;
  readOnly: boolean;
  convention: VideoConvention | null;
  actions: VideoRowActions;
  dragging: number | null;
  onDragFrom: (index: number | null) => void;
  /** For "Look up again"; absent where there is no YouTube. */
  lookups?: LookupClient | undefined;
}

/**
 * Whether a row would draw the same: an entry the text left alone keeps its
 * object (`readVideoList` reads it once), any other is compared by value, as
 * is the convention, inferred afresh. `actions` are left out: they act on the
 * row's index and the list's size, which are compared.
 */
function sameRow(a: VideoRowProps, b: VideoRowProps): boolean {
  return (
    a.view === b.view &&
    a.count === b.count &&
    a.expanded === b.expanded &&
    a.readOnly === b.readOnly &&
    sameValue(a.convention, b.convention) &&
    a.dragging === b.dragging &&
    a.onDragFrom === b.onDragFrom &&
    a.lookups === b.lookups &&
    sameValue(a.entry, b.entry)
  );
}

function sameValue<T>(a: T, b: T): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * One entry: a one-line summary with a drag handle that answers Alt+Up/Down,
 * and its fields when open. Rows whose entry did not change are not drawn
 * again: typing in one row of a long list redraws that row only.
 */
export const VideoRow = memo(function VideoRow({
  view,
  entry,
  count,
  expanded,
  readOnly,
  convention,
  actions,
  dragging,
  onDragFrom,
  lookups,
}: VideoRowProps) {
  const { index, fields } = entry;
  const title = fields.title?.trim() || 'Untitled video';
  const meta = [
    fields.duration ? shownDuration(fields.duration) : null,
    fields.uploadDate?.slice(0, 10) || null,
  ].filter(Boolean);

  const onHandleKey = (event: KeyboardEvent): void => {
    if (!event.altKey || readOnly) return;
    const to = event.key === 'ArrowUp' ? index - 1 : event.key === 'ArrowDown' ? index + 1 : null;
    if (to === null) return;
    event.preventDefault();
    if (to >= 0 && to < count) actions.move(to);
  };
  // The rows are one list to the keyboard: the arrows, Home and End move
  // between the rows' toggles, as in the post list and the problems.
  const onToggleKey = (event: KeyboardEvent<HTMLButtonElement>): void => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const keys: Record<string, number> = {
      ArrowUp: index - 1,
      ArrowDown: index + 1,
      Home: 0,
      End: count - 1,
    };
    const to = keys[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const toggles = event.currentTarget
      .closest('.video-list')
      ?.querySelectorAll<HTMLButtonElement>('.video-row-toggle');
    toggles?.[Math.max(0, Math.min(count - 1, to))]?.focus();
  };
  const drop = (event: DragEvent): void => {
    event.preventDefault();
    if (dragging !== null && dragging !== index) actions.moveHere(dragging);
    onDragFrom(null);
  };

  return (
    <li
      className={`video-row video-row-${entry.status}${expanded ? ' video-row-open' : ''}`}
      aria-label={`Video ${index + 1}: ${title}`}
      onDragOver={(event) => {
        if (dragging === null) return;
        // Accepting the drop: the move the handle's drag allows, not the default copy.
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
      }}
      onDrop={drop}
    >
      <div className="video-row-summary">
        <button
          type="button"
          id={handleId(index)}
          className="video-row-handle"
          draggable={!readOnly}
          disabled={readOnly}
          aria-label={`Move video ${index + 1} (Alt+Up, Alt+Down, or drag)`}
          title="Drag, or Alt+Up / Alt+Down"
          onKeyDown={onHandleKey}
          onDragStart={(event) => {
            event.dataTransfer.effectAllowed = 'move';
            event.dataTransfer.setData('text/plain', String(index));
            onDragFrom(index);
          }}
          onDragEnd={() => onDragFrom(null)}
        >
          ⠿
        </button>
        <VideoThumbnail url={fields.thumbnailUrl} />
        <button
          type="button"
          className="video-row-toggle"
          aria-expanded={expanded}
          aria-label={`${title}, video ${index + 1} of ${count}: ${
            meta.join(', ') || 'no duration or date yet'
          }, ${statusLabels[entry.status]}`}
          onClick={actions.toggle}
          onKeyDown={onToggleKey}
        >
          <span className="video-row-title">{title}</span>
          <span className="video-row-meta">{meta.join(' · ') || 'No duration or date yet'}</span>
        </button>
        <span className={`video-status video-status-${entry.status}`}>
          {statusLabels[entry.status]}
        </span>
      </div>
      {entry.inBody === false && !readOnly ? (
        <div className="video-row-fixes">
          <span>No youtube shortcode in the text shows this video.</span>
          <button type="button" className="button button-quiet" onClick={actions.insertSection}>
            Insert a section for it
          </button>
          <button type="button" className="button button-quiet" onClick={actions.remove}>
            Remove the entry
          </button>
        </div>
      ) : null}
      {expanded ? (
        <div className="video-row-body">
          <fieldset disabled={readOnly || !entry.isMapping} className="video-row-fieldset">
            <legend className="visually-hidden">Fields of video {index + 1}</legend>
            <VideoEntryFields
              view={view}
              entry={entry}
              convention={convention}
              onError={actions.onError}
            />
          </fieldset>
          {readOnly ? null : (
            <div className="video-row-actions">
              <button type="button" className="button" onClick={actions.duplicate}>
                Duplicate
              </button>
              <button type="button" className="button" onClick={actions.remove}>
                Remove
              </button>
            </div>
          )}
          {readOnly || !lookups || !entry.isMapping ? null : (
            <LookUpAgain client={lookups} entry={entry} onApply={actions.setFields} />
          )}
        </div>
      ) : null}
    </li>
  );
}, sameRow);
