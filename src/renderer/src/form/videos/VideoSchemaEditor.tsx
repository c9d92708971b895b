import type { Text } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import { memo, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import {
  addEntryForCall,
  duplicateVideoEntry,
  entriesToAdd,
  insertVideoEntries,
  insertVideoEntry,
  insertVideoSection,
  moveVideoEntry,
  newVideoEntry,
  orderSectionsLikeEntries,
  readVideoList,
  removeVideoEntry,
  sectionsInEntryOrder,
  setVideoFields,
  updatesForVideos,
  type VideoFindingPlace,
} from '../../../../shared/videos';
import { googleConvention, parseYouTubeId, type VideoConvention } from '../../../../shared/youtube';
import type { LookupOutcome } from '../../../../shared/ipc/youtube';
import { AddVideosPanel, type AddOutcome } from './AddVideosPanel';
import { RefreshPanel } from './RefreshPanel';
import type { LookupClient } from './use-named-lookup';
import { fieldId, handleId } from './VideoEntryFields';
import { VideoRow } from './VideoRow';
import { postOfDoc } from './post-of-doc';
import { dispatchVideoEdit } from './video-dispatch';
import './VideoSchemaEditor.css';

/**
 * Props of the videoSchema editor.
 * - `view`: the open post's CodeMirror view. Every action is computed from
 *   `view.state` at the moment it happens and dispatched to it as one
 *   transaction, so Ctrl+Z in the text undoes it.
 * - `doc`: the text the view shows now. The parent passes each new one (the
 *   editor session's `shownDocument`); the list is derived from it, never kept.
 * - `siteConvention`: how the site's existing entries write embedUrl,
 *   thumbnailUrl and uploadDate (`inferVideoConvention` over its posts); when
 *   absent, this post's own entries decide, else Google's advice.
 * - `usesInner`: whether a shortcode template uses `.Inner`, for reading the body.
 * - `reveal`: a place to open (from a `video/*` finding); each new object opens it.
 * - `lookups`: the client's YouTube calls and events, for "Add videos…",
 *   "Look up again" and "Refresh"; without it only the offline ways to add remain.
 */
export interface VideoSchemaEditorProps {
  view: EditorView;
  doc: Text;
  siteConvention?: VideoConvention | null;
  usesInner?: (name: string) => boolean | undefined;
  reveal?: VideoFindingPlace | null;
  lookups?: LookupClient;
}

/** `params.videoSchema` as rows, in step with the `youtube` shortcodes of the body. */
export function VideoSchemaEditor({ doc, ...rest }: VideoSchemaEditorProps) {
  // The rows follow the text at React's lower priority, after the editor and the preview: the
  // keystroke's own render passes the document the rows already show, and the list skips it.
  const shownDoc = useDeferredValue(doc);
  return <VideoList doc={shownDoc} {...rest} />;
}

const VideoList = memo(function VideoList({
  view,
  doc: shownDoc,
  siteConvention,
  usesInner,
  reveal,
  lookups,
}: VideoSchemaEditorProps) {
  const list = useMemo(
    () => readVideoList(postOfDoc(shownDoc), { usesInner }),
    [shownDoc, usesInner],
  );
  const convention = siteConvention ?? list.convention ?? googleConvention;
  const readOnly = list.readOnlyReason !== null;
  const count = list.entries.length;

  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [reference, setReference] = useState('');
  const [offerSections, setOfferSections] = useState(false);
  const [dragging, setDragging] = useState<number | null>(null);
  const [adding, setAdding] = useState(false);
  const [refreshing, setRefreshing] = useState(false);
  // Where focus goes after the next render: a moved row's handle, a new entry's title, a revealed field.
  const [focusRequest, setFocusRequest] = useState<{ target: string; serial: number } | null>(null);
  const focusServed = useRef(0);
  const focus = (target: string): void =>
    setFocusRequest((current) => ({ target, serial: (current?.serial ?? 0) + 1 }));

  useEffect(() => {
    if (!focusRequest || focusServed.current === focusRequest.serial) return;
    const element = document.getElementById(focusRequest.target);
    if (!element) return;
    focusServed.current = focusRequest.serial;
    element.scrollIntoView({ block: 'center' });
    element.focus();
  }, [focusRequest, list, expanded]);

  // A finding to show: open its entry and focus its field (adjusting state while rendering, as
  // React advises for following a prop).
  const [shownReveal, setShownReveal] = useState<VideoFindingPlace | null>(null);
  if (reveal && reveal !== shownReveal) {
    setShownReveal(reveal);
    if (reveal.kind === 'body') focus(`video-unlisted-${reveal.id}`);
    else {
      setExpanded((current) => new Set([...current, reveal.index]));
      focus(reveal.field ? fieldId(reveal.index, reveal.field) : handleId(reveal.index));
    }
  }

  const run = (
    event: Parameters<typeof dispatchVideoEdit>[1],
    edit: Parameters<typeof dispatchVideoEdit>[2],
  ): boolean => {
    const message = dispatchVideoEdit(view, event, edit);
    setError(message);
    return message === null;
  };

  const open = (index: number): void => setExpanded((current) => new Set([...current, index]));

  /** Indexes of open rows after moving `from` to `to`, so the same entries stay open. */
  const shiftOpen = (from: number, to: number): void =>
    setExpanded((current) => {
      const order = Array.from({ length: count }, (_, i) => i);
      const [moved] = order.splice(from, 1);
      order.splice(to, 0, moved ?? from);
      return new Set(order.flatMap((old, now) => (current.has(old) ? [now] : [])));
    });

  const move = (from: number, to: number): void => {
    if (
      !run('move.form', (post) =>
        moveVideoEntry(post, readVideoList(post, { usesInner }), from, to),
      )
    )
      return;
    shiftOpen(from, to);
    focus(handleId(to));
    const after = readVideoList(postOfDoc(view.state.doc), { usesInner });
    setOfferSections(!sectionsInEntryOrder(after));
  };

  const remove = (index: number): void => {
    if (!run('delete.form', (post) => removeVideoEntry(post, index))) return;
    setExpanded(
      (current) =>
        new Set([...current].flatMap((i) => (i === index ? [] : [i > index ? i - 1 : i]))),
    );
  };

  const add = (entryFor: () => ReturnType<typeof newVideoEntry>): void => {
    if (run('input.form', (post) => insertVideoEntry(post, count, entryFor()))) {
      open(count);
      focus(fieldId(count, 'title'));
    }
  };

  const addFromReference = (): void => {
    const parsed = parseYouTubeId(reference);
    if (parsed.kind === 'playlist') {
      setError('That is a playlist, not one video. Add its videos one at a time.');
      return;
    }
    if (parsed.kind !== 'video') {
      setError(`That is not a YouTube video address or ID: ${parsed.reason}`);
      return;
    }
    add(() => newVideoEntry(convention, parsed.id));
    setReference('');
  };

  /** The found videos at the end of the list, as one edit; videos the post has are not added twice. */
  const addLookedUp = (outcomes: LookupOutcome[]): AddOutcome => {
    const current = readVideoList(postOfDoc(view.state.doc), { usesInner });
    if (current.readOnlyReason) return { error: current.readOnlyReason };
    const { entries, alreadyListed } = entriesToAdd(
      outcomes,
      current.entries.map((entry) => entry.videoId),
    );
    const at = current.entries.length;
    if (entries.length > 0) {
      const message = dispatchVideoEdit(view, 'input.form', (post) =>
        insertVideoEntries(post, at, entries),
      );
      if (message !== null) return { error: message };
    }
    return { added: entries.length, alreadyListed: alreadyListed.length };
  };

  return (
    <section className="video-schema" aria-labelledby="video-schema-heading">
      <header className="video-schema-header">
        <h2 id="video-schema-heading">Videos</h2>
        <span className="video-schema-count">
          {count === 1 ? '1 entry' : `${count} entries`} in params.videoSchema
        </span>
        {lookups && !readOnly && count > 0 ? (
          <button
            type="button"
            className="button button-quiet video-schema-refresh"
            aria-expanded={refreshing}
            onClick={() => setRefreshing((open) => !open)}
          >
            Refresh from YouTube…
          </button>
        ) : null}
      </header>
      {lookups && refreshing && !readOnly ? (
        <RefreshPanel
          client={lookups}
          entries={list.entries}
          onApply={(changes) =>
            dispatchVideoEdit(view, 'input.form', (post) =>
              setVideoFields(
                post,
                updatesForVideos(readVideoList(post, { usesInner }).entries, changes),
              ),
            )
          }
          onClose={() => setRefreshing(false)}
        />
      ) : null}
      {list.readOnlyReason ? <p className="video-schema-readonly">{list.readOnlyReason}</p> : null}
      {error ? (
        <p className="video-schema-error" role="alert">
          {error}
        </p>
      ) : null}
      {offerSections && !sectionsInEntryOrder(list) ? (
        <div className="video-schema-offer" role="status">
          <span>The sections in the text are still in the old order.</span>
          <button
            type="button"
            className="button"
            onClick={() => {
              if (
                run('move.form', (post) =>
                  orderSectionsLikeEntries(post, readVideoList(post, { usesInner })),
                )
              )
                setOfferSections(false);
            }}
          >
            Move the sections too
          </button>
          <button
            type="button"
            className="button button-quiet"
            onClick={() => setOfferSections(false)}
          >
            Keep them
          </button>
        </div>
      ) : null}
      {count === 0 ? (
        <p className="video-schema-empty">
          No videos are described yet. Add one for each talk the post embeds.
        </p>
      ) : (
        <ol className="video-list">
          {list.entries.map((entry) => (
            <VideoRow
              key={entry.index}
              view={view}
              entry={entry}
              count={count}
              expanded={expanded.has(entry.index)}
              readOnly={readOnly}
              convention={convention}
              dragging={dragging}
              onDragFrom={setDragging}
              lookups={lookups}
              actions={{
                toggle: () =>
                  setExpanded((current) => {
                    const next = new Set(current);
                    if (!next.delete(entry.index)) next.add(entry.index);
                    return next;
                  }),
                move: (to) => move(entry.index, to),
                moveHere: (from) => move(from, entry.index),
                duplicate: () => {
                  if (run('input.form', (post) => duplicateVideoEntry(post, entry.index)))
                    open(entry.index + 1);
                },
                remove: () => remove(entry.index),
                insertSection: () => {
                  run('input.form', (post) =>
                    insertVideoSection(post, readVideoList(post, { usesInner }), entry.index),
                  );
                },
                setFields: (values) =>
                  dispatchVideoEdit(view, 'input.form', (post) =>
                    setVideoFields(post, [{ index: entry.index, values }]),
                  ),
                onError: setError,
              }}
            />
          ))}
        </ol>
      )}
      {list.unlisted.length > 0 ? (
        <div className="video-unlisted">
          <h3>In the text without an entry</h3>
          <ul>
            {list.unlisted.map((call) => (
              <li key={call.id}>
                <span className="video-unlisted-id">{call.id}</span>
                {call.section ? (
                  <span className="video-unlisted-heading">{call.section.heading}</span>
                ) : null}
                {readOnly ? null : (
                  <button
                    type="button"
                    id={`video-unlisted-${call.id}`}
                    className="button"
                    onClick={() => {
                      run('input.form', (post) => {
                        const current = readVideoList(post, { usesInner });
                        const same = current.unlisted.find((other) => other.id === call.id);
                        if (!same) return { changes: [] };
                        return addEntryForCall(post, current, same, convention);
                      });
                    }}
                  >
                    Add an entry for this video
                  </button>
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {!readOnly && lookups && adding ? (
        <AddVideosPanel client={lookups} onAdd={addLookedUp} onClose={() => setAdding(false)} />
      ) : null}
      {readOnly ? null : (
        <div className="video-schema-add">
          {lookups ? (
            <button
              type="button"
              className="button"
              aria-expanded={adding}
              aria-controls="add-videos-panel"
              onClick={() => setAdding((open) => !open)}
            >
              Add videos…
            </button>
          ) : null}
          <button
            type="button"
            className="button"
            onClick={() => add(() => newVideoEntry(null, null))}
          >
            Add an empty entry
          </button>
          {/* Not a form of its own: the editor sits inside the front matter form,
              and a nested form's submit would go to the outer one. */}
          <div className="video-schema-add-reference" role="group" aria-label="Add from YouTube">
            <label htmlFor="video-schema-reference">YouTube URL or video ID</label>
            <input
              id="video-schema-reference"
              className="video-input"
              value={reference}
              placeholder="https://youtu.be/BWL4889RKhU"
              onChange={(event) => setReference(event.target.value)}
              onKeyDown={(event) => {
                if (event.key !== 'Enter') return;
                event.preventDefault();
                if (reference.trim() !== '') addFromReference();
              }}
            />
            <button
              type="button"
              className="button"
              disabled={reference.trim() === ''}
              onClick={addFromReference}
            >
              Add from YouTube
            </button>
          </div>
        </div>
      )}
    </section>
  );
});
