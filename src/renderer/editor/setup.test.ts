// @vitest-environment jsdom
import { currentCompletions, startCompletion } from '@codemirror/autocomplete';
import { undo } from '@codemirror/commands';
import { forceParsing, LanguageDescription } from '@codemirror/language';
import { languages } from '@codemirror/language-data';
import { EditorState } from '@codemirror/state';
import { EditorView, runScopeHandlers } from '@codemirror/view';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { stateToString, stateWithCursors } from '../../../test/renderer/cursor-notation';
import { stubRangeGeometry } from '../../../test/renderer/dom-test-support';
import { editorExtensions, type EditorConfig } from './setup';

const site = {
  shortcodes: [{ name: 'callout', usesInner: true }],
  authors: ['alex', 'jason'],
};

describe('editorExtensions', () => {
  let view: EditorView | null = null;
  beforeAll(stubRangeGeometry);
  afterEach(() => view?.destroy());

  function mount(doc: string, config: EditorConfig = {}): EditorView {
    view = new EditorView({
      state: stateWithCursors(doc, editorExtensions({ site, ...config })),
      parent: document.body,
    });
    return view;
  }

  function press(editor: EditorView, key: string, modifiers: KeyboardEventInit = {}): boolean {
    const event = new KeyboardEvent('keydown', {
      key,
      ctrlKey: true,
      cancelable: true,
      ...modifiers,
    });
    return runScopeHandlers(editor, event, 'editor');
  }

  it('saves on Mod-s', () => {
    const onSave = vi.fn();
    const editor = mount('text|', { onSave });
    expect(press(editor, 's')).toBe(true);
    expect(onSave).toHaveBeenCalledWith(editor);
  });

  it('runs the Markdown keys ahead of the default ones', () => {
    const editor = mount('a «word»');
    press(editor, 'b');
    expect(stateToString(editor.state)).toBe('a **«word»**');
    press(editor, 'i');
    expect(stateToString(editor.state)).toBe('a **_«word»_**');
    undo(editor);
    undo(editor);
    expect(stateToString(editor.state)).toBe('a «word»');
  });

  it('allows several selections and opens search with Mod-f', () => {
    const editor = mount('one| two|');
    expect(editor.state.selection.ranges).toHaveLength(2);
    expect(press(editor, 'f')).toBe(true);
    expect(editor.dom.querySelector('.cm-search')).not.toBeNull();
  });

  it('closes brackets and quotes as they are typed', () => {
    const editor = mount('|');
    const handled = editor.state
      .facet(EditorView.inputHandler)
      .some((handler) =>
        handler(editor, 0, 0, '(', () =>
          editor.state.update({ changes: { from: 0, insert: '(' } }),
        ),
      );
    expect(handled).toBe(true);
    expect(stateToString(editor.state)).toBe('(|)');
  });

  it('completes shortcode names with the site shortcodes', async () => {
    const editor = mount('Text\n\n{{< cal|');
    startCompletion(editor);
    await vi.waitFor(() =>
      expect(currentCompletions(editor.state).map((c) => c.label)).toContain('callout'),
    );
  });
});

/** One talk of a recap, in the shape the site's posts have: heading, embed, prose, list, code. */
function recapSection(index: number): string {
  return `## Talk ${index}: Scheduling COVID tests with _Linkerd_

{{< youtube "BWL4889RKhU" >}}

In this talk, **Dom** and [Shawn](https://linkerd.io/community/) explained how the
Pennsylvania State University scheduled 68,000 tests before the fall semester, and why
mTLS by default mattered to them. See the [slides](slides-${index}.pdf) for details.

- Zero-config mutual TLS
- Latency-aware load balancing, retries and timeouts
- A \`linkerd viz\` dashboard for golden metrics

\`\`\`bash
linkerd check --pre
linkerd install | kubectl apply -f -
\`\`\`

| Service | p99 latency |
| ------- | ----------- |
| web     | 12 ms       |

`;
}

function recapPost(size: number): string {
  let doc =
    '---\ntitle: Linkerd at KubeCon EU\ndate: 2021-06-17T00:00:00Z\nparams:\n  author: jason\n  videoSchema:\n    - title: Scheduling COVID tests\n      embedUrl: https://youtu.be/BWL4889RKhU\n---\n\n';
  for (let index = 1; doc.length < size; index++) doc += recapSection(index);
  return doc;
}

describe('a 500 KB post', () => {
  let view: EditorView | null = null;
  beforeAll(stubRangeGeometry);
  afterEach(() => view?.destroy());

  function typeInTheMiddle(editor: EditorView, count: number): number[] {
    const middle = editor.state.doc.lineAt(Math.floor(editor.state.doc.length / 2)).to;
    editor.dispatch({ selection: { anchor: middle }, scrollIntoView: true });
    const times: number[] = [];
    for (let i = 0; i < count; i++) {
      const head = editor.state.selection.main.head;
      const started = performance.now();
      editor.dispatch({
        changes: { from: head, insert: i % 10 === 9 ? ' ' : 'x' },
        selection: { anchor: head + 1 },
        userEvent: 'input.type',
      });
      times.push(performance.now() - started);
    }
    return times.sort((a, b) => a - b);
  }

  const format = (times: number[]): string =>
    `p50 ${(times[Math.floor(times.length / 2)] ?? 0).toFixed(2)} ms, p95 ${(times[Math.floor(times.length * 0.95)] ?? 0).toFixed(2)} ms, total ${times.reduce((a, b) => a + b, 0).toFixed(0)} ms`;

  it('stays responsive while typing, with every extension', async () => {
    // The app loads a fence's language on first sight; do it before timing.
    await LanguageDescription.matchLanguageName(languages, 'bash')?.load();
    const doc = recapPost(500_000);
    const created = performance.now();
    const state = EditorState.create({
      doc,
      extensions: editorExtensions({ site, diagnostics: { validate: async () => [] } }),
    });
    view = new EditorView({ state, parent: document.body });
    const createMs = performance.now() - created;
    // Right after opening, the rest of the document is still being parsed: each
    // keystroke may spend part of the parser's per-update budget (20 ms) on it.
    const cold = typeInTheMiddle(view, 100);
    // In a browser that parse finishes in idle time within the first second.
    const parseStarted = performance.now();
    forceParsing(view, view.state.doc.length, 10_000);
    const parseMs = performance.now() - parseStarted;
    const warm = typeInTheMiddle(view, 100);
    console.info(
      `500 KB post (${doc.length} chars): create ${createMs.toFixed(0)} ms; ` +
        `100 keystrokes before the full parse: ${format(cold)}; full parse ${parseMs.toFixed(0)} ms; ` +
        `100 keystrokes after: ${format(warm)}`,
    );
    // Speed is measured by bench/preview-latency.ts in a real browser; here
    // every keystroke must simply land with all extensions active.
    expect(view.state.doc.length).toBe(doc.length + 200);
  });
});
