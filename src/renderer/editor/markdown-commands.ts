import {
  EditorSelection,
  Facet,
  Prec,
  type ChangeSpec,
  type EditorState,
  type Extension,
  type SelectionRange,
  type StateCommand,
  type Line,
} from '@codemirror/state';
import { keymap, type KeyBinding } from '@codemirror/view';

export interface MarkdownStyle {
  /** The emphasis marker: `_` (the site's posts use it) or `*`. */
  italic: '_' | '*';
  /** The bullet list marker. */
  bullet: '-' | '*' | '+';
}

/** How the commands write Markdown. Defaults follow the linkerd.io posts. */
export const markdownStyle = Facet.define<Partial<MarkdownStyle>, MarkdownStyle>({
  combine: (values) => ({
    italic: values.find((v) => v.italic)?.italic ?? '_',
    bullet: values.find((v) => v.bullet)?.bullet ?? '-',
  }),
});

/** Length of the run of `char` that ends at `pos` (direction -1) or starts there (1). */
function runLength(state: EditorState, pos: number, char: string, direction: 1 | -1): number {
  let length = 0;
  const limit = 8;
  while (length < limit) {
    const at = direction === 1 ? pos + length : pos - length - 1;
    if (at < 0 || at >= state.doc.length || state.sliceDoc(at, at + 1) !== char) break;
    length += 1;
  }
  return length;
}

/**
 * Whether runs of marker characters on both sides say the marker is applied:
 * for `**`, two or three characters (`***` is bold italic); for a single
 * character, one or three (two is the other emphasis).
 */
function marked(before: number, after: number, marker: string): boolean {
  const run = Math.min(before, after);
  return marker.length === 2 ? run === 2 || run === 3 : run === 1 || run === 3;
}

function rangeFrom(anchor: number, head: number): SelectionRange {
  return EditorSelection.range(anchor, head);
}

/**
 * Adds or removes an inline marker around each selected range. An empty
 * selection inside a word acts on the word; elsewhere it inserts a pair of
 * markers with the cursor between them (run again at once, it removes them).
 */
export function toggleInlineMarker(marker: string): StateCommand {
  const char = marker.charAt(0);
  const size = marker.length;
  return ({ state, dispatch }) => {
    if (state.readOnly) return false;
    const transaction = state.changeByRange((range) => {
      const word = range.empty ? state.wordAt(range.head) : null;
      const from = word?.from ?? range.from;
      const to = word?.to ?? range.to;
      const outside = marked(
        runLength(state, from, char, -1),
        runLength(state, to, char, 1),
        marker,
      );
      if (outside) {
        return {
          changes: [
            { from: from - size, to: from },
            { from: to, to: to + size },
          ],
          range: rangeFrom(range.anchor - size, range.head - size),
        };
      }
      const inside =
        to - from >= 2 * size &&
        marked(runLength(state, from, char, 1), runLength(state, to, char, -1), marker);
      if (inside) {
        // Where a position inside the removed markers ends up.
        const map = (pos: number): number => Math.min(Math.max(pos - size, from), to - 2 * size);
        return {
          changes: [
            { from, to: from + size },
            { from: to - size, to },
          ],
          range: rangeFrom(map(range.anchor), map(range.head)),
        };
      }
      return {
        changes: [
          { from, insert: marker },
          { from: to, insert: marker },
        ],
        range: rangeFrom(range.anchor + size, range.head + size),
      };
    });
    dispatch(state.update(transaction, { scrollIntoView: true, userEvent: 'input.format' }));
    return true;
  };
}

export const toggleBold: StateCommand = toggleInlineMarker('**');

export const toggleItalic: StateCommand = (target) =>
  toggleInlineMarker(target.state.facet(markdownStyle).italic)(target);

export const toggleInlineCode: StateCommand = toggleInlineMarker('`');

const urlLike = /^(?:https?:\/\/|mailto:|www\.)\S+$/i;
const linkTail = /^\]\([^()\s]*\)/;

/**
 * Makes each selection a link: selected text becomes `[text](|)`, a selected
 * URL becomes `[|](url)`, nothing selected gives `[|]()`. Inside `[text](url)`
 * with the text selected, removes the link and keeps the text.
 */
export const toggleLink: StateCommand = ({ state, dispatch }) => {
  if (state.readOnly) return false;
  const transaction = state.changeByRange((range) => {
    const tail = linkTail.exec(state.sliceDoc(range.to, state.doc.lineAt(range.to).to));
    if (!range.empty && state.sliceDoc(range.from - 1, range.from) === '[' && tail) {
      return {
        changes: [
          { from: range.from - 1, to: range.from },
          { from: range.to, to: range.to + tail[0].length },
        ],
        range: rangeFrom(range.anchor - 1, range.head - 1),
      };
    }
    const text = state.sliceDoc(range.from, range.to);
    if (urlLike.test(text)) {
      return {
        changes: { from: range.from, to: range.to, insert: `[](${text})` },
        range: EditorSelection.cursor(range.from + 1),
      };
    }
    return {
      changes: [
        { from: range.from, insert: '[' },
        { from: range.to, insert: ']()' },
      ],
      range: EditorSelection.cursor(range.empty ? range.from + 1 : range.to + 3),
    };
  });
  dispatch(state.update(transaction, { scrollIntoView: true, userEvent: 'input.format' }));
  return true;
};

/** Each line any selection touches, once, in document order. */
function selectedLines(state: EditorState): Line[] {
  const lines: Line[] = [];
  let last = -1;
  for (const range of state.selection.ranges) {
    const first = state.doc.lineAt(range.from).number;
    // A selection ending at the very start of a line does not take that line.
    const endLine = state.doc.lineAt(range.to);
    const end =
      range.to > range.from && endLine.from === range.to ? endLine.number - 1 : endLine.number;
    for (let number = Math.max(first, last + 1); number <= end; number++) {
      lines.push(state.doc.line(number));
      last = number;
    }
  }
  return lines;
}

/** Applies line changes, moving cursors at a line's start past inserted markup. */
function dispatchLineChanges(
  state: EditorState,
  dispatch: (tr: ReturnType<EditorState['update']>) => void,
  changes: ChangeSpec[],
): boolean {
  if (changes.length === 0) return false;
  const changeSet = state.changes(changes);
  dispatch(
    state.update({
      changes: changeSet,
      selection: EditorSelection.create(
        state.selection.ranges.map((range) => {
          if (range.empty) return EditorSelection.cursor(changeSet.mapPos(range.head, 1));
          // A selection of whole lines keeps their new markup inside it.
          const forward = range.anchor < range.head;
          return EditorSelection.range(
            changeSet.mapPos(range.anchor, forward ? -1 : 1),
            changeSet.mapPos(range.head, forward ? 1 : -1),
          );
        }),
        state.selection.mainIndex,
      ),
      scrollIntoView: true,
      userEvent: 'input.format',
    }),
  );
  return true;
}

const headingPrefix = /^( {0,3})(#{1,6})(?:[ \t]+|$)/;

function headingLevel(line: Line): number {
  return headingPrefix.exec(line.text)?.[2]?.length ?? 0;
}

function setLineHeading(line: Line, level: number): ChangeSpec {
  const match = headingPrefix.exec(line.text);
  const markup = level > 0 ? `${'#'.repeat(level)} ` : '';
  if (match) {
    const start = line.from + (match[1]?.length ?? 0);
    return { from: start, to: line.from + match[0].length, insert: markup };
  }
  return { from: line.from, insert: markup };
}

/**
 * Makes the selected lines headings of the given level, or plain text when
 * every one already is (and for level 0).
 */
export function setHeading(level: number): StateCommand {
  return ({ state, dispatch }) => {
    if (state.readOnly) return false;
    const lines = selectedLines(state);
    const target = lines.every((line) => headingLevel(line) === level) ? 0 : level;
    const changes = lines
      .filter((line) => headingLevel(line) !== target)
      .map((line) => setLineHeading(line, target));
    return dispatchLineChanges(state, dispatch, changes);
  };
}

/**
 * Steps the selected lines through text → `##` → … → `######` → text. It
 * starts at level 2 because a post's title is the page's only level 1 heading
 * (the site's markdownlint settings say so too).
 */
export const cycleHeading: StateCommand = ({ state, dispatch }) => {
  if (state.readOnly) return false;
  const changes = selectedLines(state).map((line) => {
    const level = headingLevel(line);
    return setLineHeading(line, level === 0 ? 2 : level === 6 ? 0 : level + 1);
  });
  return dispatchLineChanges(state, dispatch, changes);
};

const listPrefix = /^(\s*)(?:([-*+])|(\d{1,9})[.)])(?:[ \t]+|$)/;

function listKind(line: Line): 'bullet' | 'ordered' | null {
  const match = listPrefix.exec(line.text);
  if (!match) return null;
  return match[2] ? 'bullet' : 'ordered';
}

function toggleList(kind: 'bullet' | 'ordered'): StateCommand {
  return ({ state, dispatch }) => {
    if (state.readOnly) return false;
    const all = selectedLines(state);
    const lines = all.length > 1 ? all.filter((line) => line.text.trim() !== '') : all;
    const remove = lines.every((line) => listKind(line) === kind);
    const bullet = state.facet(markdownStyle).bullet;
    const selected = new Set(all.map((line) => line.number));
    let number = 1;
    const changes = lines.map((line) => {
      // Numbering restarts after a line that is not selected.
      if (!selected.has(line.number - 1)) number = 1;
      const match = listPrefix.exec(line.text);
      const indent = match?.[1] ?? /^\s*/.exec(line.text)?.[0] ?? '';
      const markupEnd = line.from + (match ? match[0].length : indent.length);
      const insert = remove ? '' : kind === 'bullet' ? `${bullet} ` : `${number++}. `;
      return { from: line.from + indent.length, to: markupEnd, insert };
    });
    return dispatchLineChanges(state, dispatch, changes);
  };
}

/** Makes the selected lines a bullet list, or plain lines when they all are one. */
export const toggleBulletList: StateCommand = toggleList('bullet');

/** Makes the selected lines a numbered list (1., 2., …), or plain lines when they all are one. */
export const toggleOrderedList: StateCommand = toggleList('ordered');

/**
 * Mod-b bold, Mod-i italic, Mod-e code, Mod-k link, Mod-Alt-1…6 heading
 * level, Mod-Alt-0 plain text, Mod-Shift-h cycle heading, Mod-Shift-8 bullet
 * list, Mod-Shift-7 numbered list.
 */
export const markdownCommandKeymap: readonly KeyBinding[] = [
  { key: 'Mod-b', run: toggleBold },
  { key: 'Mod-i', run: toggleItalic },
  { key: 'Mod-e', run: toggleInlineCode },
  { key: 'Mod-k', run: toggleLink },
  { key: 'Mod-Shift-h', run: cycleHeading },
  { key: 'Mod-Shift-8', run: toggleBulletList },
  { key: 'Mod-Shift-7', run: toggleOrderedList },
  ...[0, 1, 2, 3, 4, 5, 6].map((level) => ({ key: `Mod-Alt-${level}`, run: setHeading(level) })),
];

/**
 * Markdown formatting commands and their keymap, ahead of the default
 * bindings (Mod-i would otherwise select the parent syntax node).
 */
export function markdownCommands(style: Partial<MarkdownStyle> = {}): Extension {
  return [markdownStyle.of(style), Prec.high(keymap.of(markdownCommandKeymap))];
}
