import { isolateHistory, redo, undo, undoDepth } from '@codemirror/commands';
import {
  ChangeSet,
  StateEffect,
  StateField,
  type EditorState,
  type Extension,
  type StateCommand,
  type TransactionSpec,
} from '@codemirror/state';
import { EditorView, keymap, showTooltip, type Tooltip } from '@codemirror/view';
import { parsePost, PostEditError } from '../../shared/post';
import { addEntryForCall, readVideoList, type VideoField } from '../../shared/videos';
import {
  youtubeEmbedFor,
  type YouTubeEmbed,
  type YouTubeTemplate,
} from '../../shared/youtube/start-time';
import { siteFacts } from './site-facts';

export interface YouTubePasteConfig {
  /**
   * Offers "shortcode + videoSchema entry" after a paste: the fields of an
   * entry for the video, looked up (or by the site's convention when the
   * lookup cannot be made), and a note in words when the lookup did not
   * fill it. Left out, only the shortcode is offered.
   */
  entryFor?: (id: string) => Promise<EntryForPaste>;
}

export interface EntryForPaste {
  fields: Partial<Record<VideoField, string>>;
  note: string | null;
}

/**
 * The `youtube` shortcode for a pasted YouTube link to a video, or null
 * for anything else (other text, playlists, a bare word that happens to look
 * like an ID). `template`: the site's own `youtube` template, which decides
 * whether a start time stays (see `shared/youtube/start-time.ts`).
 */
export function youtubeShortcodeFor(
  text: string,
  template: YouTubeTemplate | null = null,
): string | null {
  return youtubeEmbedFor(text, template)?.shortcode ?? null;
}

/** The site's own `youtube` template as the editor knows it; null when Hugo's built-in one renders. */
function youtubeTemplateOf(state: EditorState): YouTubeTemplate | null {
  const template = state.facet(siteFacts).shortcodes.get('youtube');
  return template ? { parameters: template.parameters ?? [] } : null;
}

/** The hint under a converted link, and what it can still offer. */
interface Hint {
  pos: number;
  embed: YouTubeEmbed;
  /** The link as pasted, and where it started: what undo gives back. */
  link: { from: number; text: string };
  /** `offer`: "+ entry" can be chosen; `busy`: looking the video up; `done`: added. */
  stage: 'offer' | 'busy' | 'done';
  note: string | null;
}

const showHint = StateEffect.define<Hint>();
const entryOffers = StateField.define<YouTubePasteConfig>({
  create: () => ({}),
  update: (config) => config,
});

function undoKeyName(): string {
  return /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘Z' : 'Ctrl+Z';
}

function hintTooltip(hint: Hint, canOffer: boolean): Tooltip {
  return {
    pos: hint.pos,
    above: false,
    create(view) {
      const dom = document.createElement('div');
      dom.className = 'cm-youtube-embed-hint';
      dom.setAttribute('role', 'status');
      const say = (text: string): void => {
        const line = document.createElement('div');
        line.textContent = text;
        dom.append(line);
      };
      if (hint.stage === 'done') {
        say(`Inserted the embed and a videoSchema entry. Press ${undoKeyName()} to undo both.`);
      } else {
        say(`Inserted as a YouTube embed. Press ${undoKeyName()} to keep the link instead.`);
      }
      if (hint.embed.dropped) say(hint.embed.dropped);
      if (hint.note) say(hint.note);
      if (canOffer && hint.stage !== 'done') {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'cm-youtube-entry-offer';
        button.textContent =
          hint.stage === 'busy'
            ? 'Looking the video up…'
            : 'Shortcode + videoSchema entry (Alt+Enter)';
        button.disabled = hint.stage === 'busy';
        // The editor keeps the focus; the click still reaches the button.
        button.addEventListener('mousedown', (event) => event.preventDefault());
        button.addEventListener('click', () => void addEntryForPastedVideo(view));
        dom.append(button);
      }
      return { dom };
    },
  };
}

/** Where the "inserted as an embed" hint shows; gone with the next edit or cursor move. */
const embedHint = StateField.define<Hint | null>({
  create: () => null,
  update(hint, tr) {
    for (const effect of tr.effects) if (effect.is(showHint)) return effect.value;
    if (hint === null || tr.docChanged || tr.selection) return null;
    return hint;
  },
  provide: (field) =>
    showTooltip.compute([field, entryOffers], (state) => {
      const hint = state.field(field);
      return hint === null
        ? null
        : hintTooltip(hint, state.field(entryOffers).entryFor !== undefined);
    }),
});

function linkLineAt(state: EditorState, pos: number) {
  const line = state.doc.lineAt(pos);
  const embed = youtubeEmbedFor(line.text, youtubeTemplateOf(state));
  if (!embed) return null;
  const from = line.from + (line.text.length - line.text.trimStart().length);
  const to = line.from + line.text.trimEnd().length;
  return { from, to, embed, link: state.sliceDoc(from, to) };
}

/**
 * Replaces a line that holds only a YouTube video link (the cursor's line)
 * with `{{< youtube "ID" >}}`, as its own undo step. A start time in the
 * link stays where the site's shortcode reads `start`; otherwise the hint
 * says it was dropped.
 */
export const convertYouTubeLink: StateCommand = ({ state, dispatch }) => {
  if (state.readOnly) return false;
  const found = linkLineAt(state, state.selection.main.head);
  if (!found) return false;
  const { from, to, embed, link } = found;
  const end = from + embed.shortcode.length;
  dispatch(
    state.update({
      changes: { from, to, insert: embed.shortcode },
      selection: { anchor: end },
      // Never merged with the paste before it or the typing after it, so that
      // one undo gives the link back.
      annotations: isolateHistory.of('full'),
      effects: showHint.of({
        pos: from,
        embed,
        link: { from, text: link },
        stage: 'offer',
        note: null,
      }),
      userEvent: 'input.youtube',
      scrollIntoView: true,
    }),
  );
  return true;
};

/**
 * The transaction that adds an entry for video `id` (placed among the
 * entries as its call is among the body's videos), after first turning the
 * link at `link.from` into the embed when `link` is given: one change, so
 * one undo takes both back. Null when the post cannot take the entry (the
 * reason is in `note`), or already describes the video.
 */
export function embedWithEntry(
  state: EditorState,
  link: { from: number; text: string; shortcode: string } | null,
  id: string,
  fields: Partial<Record<VideoField, string>>,
): { spec: TransactionSpec; note: string | null } {
  const convert = ChangeSet.of(
    link ? [{ from: link.from, to: link.from + link.text.length, insert: link.shortcode }] : [],
    state.doc.length,
  );
  const converted = convert.apply(state.doc).toString();
  const shortcodes = state.facet(siteFacts).shortcodes;
  const post = parsePost(converted);
  const list = readVideoList(post, { usesInner: (name) => shortcodes.get(name)?.usesInner });
  const call = list.unlisted.find((video) => video.id === id);
  let entry = ChangeSet.empty(converted.length);
  let note: string | null = null;
  if (list.readOnlyReason) note = `No entry was added: ${list.readOnlyReason}`;
  else if (!call) note = 'This post already has a videoSchema entry for this video.';
  else {
    try {
      entry = ChangeSet.of(
        addEntryForCall(post, list, call, null, fields).changes,
        converted.length,
      );
    } catch (error) {
      if (!(error instanceof PostEditError)) throw error;
      note = `No entry was added: ${error.message}`;
    }
  }
  // The cursor stays after the embed: where the conversion put it, or where it was.
  const cursor = link ? link.from + link.shortcode.length : state.selection.main.head;
  return {
    spec: {
      changes: convert.compose(entry),
      selection: { anchor: entry.mapPos(cursor, 1) },
      annotations: isolateHistory.of('full'),
      userEvent: 'input.youtube',
      scrollIntoView: true,
    },
    note,
  };
}

/**
 * "Shortcode + videoSchema entry" for the link just pasted: looks the video
 * up, then replaces the conversion with one that also adds the entry, so
 * one undo takes back both. When the text changed while the lookup ran, the
 * entry is added on its own (its own undo step).
 */
export async function addEntryForPastedVideo(view: EditorView): Promise<boolean> {
  const hint = view.state.field(embedHint, false);
  const { entryFor } = view.state.field(entryOffers, false) ?? {};
  if (!hint || hint.stage !== 'offer' || !entryFor) return false;
  const asked = view.state.doc;
  view.dispatch({ effects: showHint.of({ ...hint, stage: 'busy' }) });
  const { fields, note } = await entryFor(hint.embed.id);
  const link = { ...hint.link, shortcode: hint.embed.shortcode };
  const done = (made: ReturnType<typeof embedWithEntry>, from: number) =>
    showHint.of({
      ...hint,
      pos: (made.spec.changes as ChangeSet).mapPos(from),
      stage: 'done',
      note: [note, made.note].filter(Boolean).join(' ') || null,
    });

  if (view.state.doc === asked && undoDepth(view.state) > 0) {
    undo(view);
    if (view.state.sliceDoc(link.from, link.from + link.text.length) === link.text) {
      const made = embedWithEntry(view.state, link, hint.embed.id, fields);
      view.dispatch({ ...made.spec, effects: done(made, link.from) });
      return true;
    }
    redo(view);
  }
  // The text moved on meanwhile: the hint shows at the cursor.
  const made = embedWithEntry(view.state, null, hint.embed.id, fields);
  view.dispatch({ ...made.spec, effects: done(made, view.state.selection.main.head) });
  return true;
}

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
      !youtubeShortcodeFor(text, youtubeTemplateOf(state))
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
    maxWidth: '40em',
  },
  '.cm-youtube-entry-offer': {
    margin: '4px 0 2px',
    font: 'inherit',
  },
});

/**
 * Pasting a YouTube video link (any form `parseYouTubeId` reads: watch,
 * youtu.be, embed, shorts, live…) on an empty line inserts the link and at
 * once turns it into `{{< youtube "ID" >}}`, with a hint under it saying that
 * undo keeps the link. The conversion is its own undo step: one undo gives
 * the raw link back, a second removes it. This is what a good editor does
 * for the common case (a recap embeds every talk) without a question to
 * answer on each paste; a link pasted inside text stays a link. With
 * `config.entryFor`, the hint also offers "shortcode + videoSchema entry"
 * (Alt+Enter), which adds the video's entry in the same undo step.
 */
export function youtubePaste(config: YouTubePasteConfig = {}): Extension {
  return [
    pasteHandler,
    entryOffers.init(() => config),
    embedHint,
    hintTheme,
    keymap.of([{ key: 'Alt-Enter', run: (view) => offerKey(view) }]),
  ];
}

/** Alt+Enter takes the hint's offer, while it shows. */
function offerKey(view: EditorView): boolean {
  const hint = view.state.field(embedHint, false);
  if (!hint || hint.stage !== 'offer' || !view.state.field(entryOffers).entryFor) return false;
  void addEntryForPastedVideo(view);
  return true;
}
