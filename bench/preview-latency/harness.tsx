// A page with the post editor and the preview side by side, as in the app,
// and hooks for bench/preview-latency.ts: it types into the editor and reads
// here how long each keystroke took to reach the preview frame's DOM.
import { markdown } from '@codemirror/lang-markdown';
import { EditorState, type Extension } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { MarkupSettings } from '../../src/shared/render';
import { editorExtensions } from '../../src/renderer/editor';
import { createStore, useStoreValue } from '../../src/renderer/src/external-store';
import { PreviewPane } from '../../src/renderer/src/preview';
import { threadBudget } from '../../src/renderer/src/preview/preview-renderer';

/** The letters typed after the marker; the preview shows them in one paragraph. */
const marker = 'Zq';

interface Keystroke {
  /** 1-based: the paragraph holds this many typed letters once the preview shows it. */
  index: number;
  keydown: number;
  dom: number | null;
  frame: number | null;
}

interface Session {
  text: string;
  markup: MarkupSettings;
  /** `app`: the post editor's extensions, as the app mounts it; `bare`: CodeMirror with Markdown only. */
  editor: 'app' | 'bare';
}

const editors: Record<Session['editor'], () => Extension> = {
  app: () => editorExtensions({ spellcheck: false }),
  bare: () => markdown(),
};

const keystrokes: Keystroke[] = [];
let view: EditorView | null = null;
let setSession: (session: Session) => void = () => undefined;
let observer: MutationObserver | null = null;
let shownLetters = -1;
let typedSinceMarker = 0;
let workerFallback = false;
let settleObserver: MutationObserver | null = null;
let lastChange = 0;

const originalWarn = console.warn;
console.warn = (...args: unknown[]) => {
  if (String(args[0]).includes('renders on the page')) workerFallback = true;
  originalWarn(...args);
};

function previewDocument(): Document | null {
  return document.querySelector<HTMLIFrameElement>('.preview-pane iframe')?.contentDocument ?? null;
}

/** Letters after the marker in the preview's marker paragraph, if `node` is it. */
function lettersShown(node: Node): number | null {
  if (node.nodeType !== 1 || (node as Element).localName !== 'p') return null;
  const text = node.textContent ?? '';
  return text.startsWith(marker) ? text.length - marker.length : null;
}

function observePreview(): void {
  const post = previewDocument()?.querySelector('main.post');
  if (!post || observer) return;
  observer = new MutationObserver((records) => {
    const now = performance.now();
    let letters: number | null = null;
    for (const record of records) {
      for (const node of record.addedNodes) letters = lettersShown(node) ?? letters;
    }
    if (letters === null) return;
    shownLetters = letters;
    const reached = keystrokes.filter((key) => key.dom === null && key.index <= letters!);
    for (const key of reached) key.dom = now;
    requestAnimationFrame(() => {
      const painted = performance.now();
      for (const key of reached) key.frame = painted;
    });
  });
  observer.observe(post, { childList: true });
}

/** The text being edited, set from the editor on every change, as the app's editor session does. */
const shownText = createStore('');

function Harness() {
  const [session, setState] = useState<Session | null>(null);
  const text = useStoreValue(shownText);
  const editorParent = useRef<HTMLDivElement>(null);
  useEffect(() => {
    setSession = (next) => {
      setState(next);
      shownText.set(next.text);
    };
  }, []);

  useEffect(() => {
    if (!session || !editorParent.current) return;
    const editor = new EditorView({
      parent: editorParent.current,
      state: EditorState.create({
        doc: session.text,
        extensions: [
          editors[session.editor](),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) shownText.set(update.state.doc.toString());
          }),
        ],
      }),
    });
    editor.contentDOM.addEventListener(
      'keydown',
      (event) => {
        if (event.key.length !== 1) return;
        typedSinceMarker += 1;
        keystrokes.push({
          index: typedSinceMarker,
          keydown: event.timeStamp,
          dom: null,
          frame: null,
        });
      },
      true,
    );
    view = editor;
    return () => {
      editor.destroy();
      view = null;
    };
  }, [session]);

  if (!session) return null;
  return (
    <div style={{ display: 'flex', height: '100vh' }}>
      <div ref={editorParent} style={{ flex: 1, overflow: 'auto' }} />
      <div style={{ flex: 1 }}>
        <PreviewPane text={text} path="content/blog/bench/index.md" markup={session.markup} />
      </div>
    </div>
  );
}

const bench = {
  /** Shows a post in the editor and the preview. */
  open(text: string, markup: MarkupSettings, editor: Session['editor']): void {
    keystrokes.length = 0;
    shownLetters = -1;
    observer?.disconnect();
    observer = null;
    lastChange = performance.now();
    setSession({ text, markup, editor });
  },
  /** Whether the preview shows something and has not changed for `millis`. */
  previewSettled(millis: number): boolean {
    const post = previewDocument()?.querySelector('main.post');
    if (!post) return false;
    if (!settleObserver) {
      settleObserver = new MutationObserver(() => (lastChange = performance.now()));
      settleObserver.observe(post, { childList: true, subtree: true, characterData: true });
      lastChange = performance.now();
    }
    return post.childElementCount > 0 && performance.now() - lastChange > millis;
  },
  /**
   * Starts a new paragraph holding the marker at `offset` (a blank line
   * there), puts the cursor after it and focuses the editor.
   */
  startParagraph(offset: number): void {
    if (!view) throw new Error('No post is open.');
    observePreview();
    typedSinceMarker = 0;
    const insert = `${marker}\n\n`;
    view.dispatch({
      changes: { from: offset, insert },
      selection: { anchor: offset + marker.length },
    });
    view.focus();
  },
  /** How many typed letters the preview shows (-1 before the marker paragraph appeared). */
  shownLetters(): number {
    return shownLetters;
  },
  keystrokes(): Keystroke[] {
    return keystrokes.map((key) => ({ ...key }));
  },
  clearKeystrokes(): void {
    keystrokes.length = 0;
  },
  workerFallback(): boolean {
    return workerFallback;
  },
  /** Markdown characters the page's thread renders per update before handing parts to the worker. */
  threadBudget(): number {
    return threadBudget;
  },
};

(globalThis as unknown as { __bench: typeof bench }).__bench = bench;
const root = document.getElementById('root');
if (root) createRoot(root).render(<Harness />);
