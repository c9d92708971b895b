import { startCompletion } from '@codemirror/autocomplete';
import type { EditorView } from '@codemirror/view';
import { frontMatterRange } from './markdown-language';

const opening = '{{< youtube ';

/**
 * Writes `{{< youtube  >}}` at the cursor, in a paragraph of its own, with
 * the cursor where the video goes, and opens completion there: the videos
 * the post describes, by title. In the front matter, where a shortcode means
 * nothing, it goes at the end of the post instead.
 */
export function insertVideo(view: EditorView): boolean {
  const { state } = view;
  const range = frontMatterRange(state);
  const selection = state.selection.main;
  const inFrontMatter = range !== null && selection.from < range.to;
  const from = inFrontMatter ? state.doc.length : selection.from;
  const to = inFrontMatter ? state.doc.length : selection.to;
  const before = state.sliceDoc(Math.max(0, from - 2), from);
  const lineStart = from === 0 || before.endsWith('\n');
  // A blank line before, unless the cursor is already at the start of a paragraph.
  const lead = lineStart ? (from <= 1 || before === '\n\n' ? '' : '\n') : '\n\n';
  const line = state.doc.lineAt(to);
  const next = line.number < state.doc.lines ? state.doc.line(line.number + 1).text : '';
  // …and after, unless one follows already.
  const trail = state.sliceDoc(to, line.to).trim() !== '' ? '\n\n' : next.trim() !== '' ? '\n' : '';
  const text = `${lead}${opening} >}}${trail}`;
  view.dispatch({
    changes: { from, to, insert: text },
    selection: { anchor: from + lead.length + opening.length },
    userEvent: 'input.video',
    scrollIntoView: true,
  });
  startCompletion(view);
  return true;
}
