import { isolateHistory } from '@codemirror/commands';
import {
  StateEffect,
  StateField,
  type EditorState,
  type Extension,
  type StateCommand,
} from '@codemirror/state';
import { EditorView, showTooltip, type Tooltip } from '@codemirror/view';
import { parseYouTubeId } from '../../shared/youtube';

/**
 * The `youtube` shortcode for a pasted YouTube link to a video, or null
 * for anything else (other text, playlists, a bare word that happens to look
 * like an ID).
 */
export function youtubeShortcodeFor(text: string): string | null {
  const link = text.trim();
  if (!/youtu/i.test(link) || /\s/.test(link)) return null;
  const reference = parseYouTubeId(link);
  return reference.kind === 'video' ? `{{< youtube "${reference.id}" >}}` : null;
}

const showHint = StateEffect.define<number>();

function hintTooltip(pos: number): Tooltip {
  return {
    pos,
    above: false,
    create() {
      const dom = document.createElement('div');
      dom.className = 'cm-youtube-embed-hint';
      const undoKey = /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘Z' : 'Ctrl+Z';
      dom.textContent = `Inserted as a YouTube embed. Press ${undoKey} to keep the link instead.`;
      return { dom };
    },
  };
}

/** Where the "inserted as an embed" hint shows; gone with the next edit or cursor move. */
const embedHint = StateField.define<number | null>({
  create: () => null,
  update(pos, tr) {
    for (const effect of tr.effects) if (effect.is(showHint)) return effect.value;
    return pos === null || tr.docChanged || tr.selection ? null : pos;
  },
  provide: (field) => showTooltip.from(field, (pos) => (pos === null ? null : hintTooltip(pos))),
});

function linkLineAt(state: EditorState, pos: number) {
  const line = state.doc.lineAt(pos);
  const shortcode = youtubeShortcodeFor(line.text);
  if (!shortcode) return null;
  const from = line.from + (line.text.length - line.text.trimStart().length);
  const to = line.from + line.text.trimEnd().length;
  return { from, to, insert: shortcode };
}

/**
 * Replaces a line that holds only a YouTube video link (the cursor's line)
 * with `{{< youtube "ID" >}}`, as its own undo step.
 */
export const convertYouTubeLink: StateCommand = ({ state, dispatch }) => {
  if (state.readOnly) return false;
  const change = linkLineAt(state, state.selection.main.head);
  if (!change) return false;
  const end = change.from + change.insert.length;
  dispatch(
    state.update({
      changes: change,
      selection: { anchor: end },
      // Never merged with the paste before it or the typing after it, so that
      // one undo gives the link back.
      annotations: isolateHistory.of('full'),
      effects: showHint.of(change.from),
      userEvent: 'input.youtube',
      scrollIntoView: true,
    }),
  );
  return true;
};

const pasteHandler = EditorView.domEventHandlers({
  paste(event, view) {
    const data = event.clipboardData;
    const text = data?.getData('text/plain').trim() ?? '';
    const { state } = view;
    const cursor = state.selection.main;
    if (
      !data ||
      data.files.length > 0 ||
      state.readOnly ||
      state.selection.ranges.length > 1 ||
      !cursor.empty ||
      state.doc.lineAt(cursor.head).text.trim() !== '' ||
      !youtubeShortcodeFor(text)
    ) {
      return false;
    }
    event.preventDefault();
    view.dispatch({
      changes: { from: cursor.head, insert: text },
      selection: { anchor: cursor.head + text.length },
      userEvent: 'input.paste',
      scrollIntoView: true,
    });
    convertYouTubeLink(view);
    return true;
  },
});

const hintTheme = EditorView.baseTheme({
  '.cm-tooltip.cm-youtube-embed-hint, .cm-youtube-embed-hint': {
    padding: '2px 8px',
    fontSize: '90%',
  },
});

/**
 * Pasting a YouTube video link (any form `parseYouTubeId` reads: watch,
 * youtu.be, embed, shorts, live…) on an empty line inserts the link and at
 * once turns it into `{{< youtube "ID" >}}`, with a hint under it saying that
 * undo keeps the link. The conversion is its own undo step: one undo gives
 * the raw link back, a second removes it. This is what a good editor does
 * for the common case (a recap embeds every talk) without a question to
 * answer on each paste; a link pasted inside text stays a link.
 */
export function youtubePaste(): Extension {
  return [pasteHandler, embedHint, hintTheme];
}
