// The post editor, the preview and the videoSchema editor on one page, as in
// the app, with hooks for bench/form-latency.ts: it types into a video's
// title field and reads here how long each keystroke took to reach the
// editor's text and the preview frame's DOM (the video card shows the title).
import { EditorState, type Text } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { MarkupSettings } from '../../src/shared/render';
import type { VideoFindingPlace } from '../../src/shared/videos';
import { editorExtensions } from '../../src/renderer/editor';
import { createStore, useStoreValue } from '../../src/renderer/src/external-store';
import { VideoSchemaEditor } from '../../src/renderer/src/form/videos/VideoSchemaEditor';
import { PreviewPane } from '../../src/renderer/src/preview';

interface Keystroke {
  /** 1-based: the title holds this many typed letters once this one is in. */
  index: number;
  keydown: number;
  /** When the page's thread began handling the key. */
  handled: number;
  editor: number | null;
  dom: number | null;
  frame: number | null;
}

interface Session {
  text: string;
  markup: MarkupSettings;
}

const keystrokes: Keystroke[] = [];
let view: EditorView | null = null;
let setSession: (session: Session) => void = () => undefined;
let setReveal: (place: VideoFindingPlace) => void = () => undefined;
/** The title typed into, before the first letter; the letters follow it. */
let baseTitle = '';
let typed = 0;
let observer: MutationObserver | null = null;

/** The document the editor shows, set on every change as the app's editor session does. */
const shownDoc = createStore<Text | null>(null);

function previewDocument(): Document | null {
  return document.querySelector<HTMLIFrameElement>('.preview-pane iframe')?.contentDocument ?? null;
}

/** Letters after the base title in the preview's card titles, the most any shows. */
function lettersInPreview(): number {
  let most = -1;
  for (const title of previewDocument()?.querySelectorAll('.shortcode-youtube-title') ?? []) {
    const text = title.textContent ?? '';
    if (text.startsWith(baseTitle)) most = Math.max(most, text.length - baseTitle.length);
  }
  return most;
}

function observePreview(): void {
  const post = previewDocument()?.querySelector('main.post');
  if (!post || observer) return;
  observer = new MutationObserver(() => {
    const now = performance.now();
    const letters = lettersInPreview();
    const reached = keystrokes.filter((key) => key.dom === null && key.index <= letters);
    for (const key of reached) key.dom = now;
    requestAnimationFrame(() => {
      const painted = performance.now();
      for (const key of reached) key.frame = painted;
    });
  });
  observer.observe(post, { childList: true, subtree: true, characterData: true });
}

function Harness() {
  const [session, setState] = useState<Session | null>(null);
  const [reveal, setRevealState] = useState<VideoFindingPlace | null>(null);
  const doc = useStoreValue(shownDoc);
  const editorParent = useRef<HTMLDivElement>(null);
  const [editor, setEditor] = useState<EditorView | null>(null);
  useEffect(() => {
    setSession = setState;
    setReveal = setRevealState;
  }, []);

  useEffect(() => {
    if (!session || !editorParent.current) return;
    // As the app mounts it: in a shadow root, where CodeMirror styles through constructed
    // style sheets that the page's Content-Security-Policy allows.
    const host = editorParent.current;
    const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    const parent = document.createElement('div');
    root.replaceChildren(parent);
    const created = new EditorView({
      root,
      parent,
      state: EditorState.create({
        doc: session.text,
        extensions: [
          editorExtensions({ spellcheck: false }),
          EditorView.updateListener.of((update) => {
            if (!update.docChanged) return;
            const now = performance.now();
            for (const key of keystrokes) if (key.editor === null) key.editor = now;
            shownDoc.set(update.state.doc);
          }),
        ],
      }),
    });
    shownDoc.set(created.state.doc);
    view = created;
    setEditor(created);
    return () => {
      created.destroy();
      view = null;
    };
  }, [session]);

  if (!session) return null;
  return (
    <div style={{ display: 'flex', height: '100vh' }}>
      <div ref={editorParent} style={{ flex: 1, overflow: 'auto' }} />
      <div style={{ flex: 1 }}>
        <PreviewPane
          text={doc?.toString() ?? ''}
          path="content/blog/bench/index.md"
          markup={session.markup}
        />
      </div>
      <div style={{ flex: 1, overflow: 'auto' }}>
        {editor && doc ? <VideoSchemaEditor view={editor} doc={doc} reveal={reveal} /> : null}
      </div>
    </div>
  );
}

document.addEventListener(
  'keydown',
  (event) => {
    const target = event.target as HTMLElement | null;
    if (event.key.length !== 1 || !target?.id.endsWith('-title')) return;
    typed += 1;
    keystrokes.push({
      index: typed,
      keydown: event.timeStamp,
      handled: performance.now(),
      editor: null,
      dom: null,
      frame: null,
    });
  },
  true,
);

const bench = {
  open(text: string, markup: MarkupSettings): void {
    keystrokes.length = 0;
    observer?.disconnect();
    observer = null;
    setSession({ text, markup });
  },
  previewReady(): boolean {
    return (previewDocument()?.querySelectorAll('.shortcode-youtube-title').length ?? 0) > 0;
  },
  /** Opens video `index` in the form and focuses its title, at the end of the text. */
  startTitle(index: number, title: string): void {
    if (!view) throw new Error('No post is open.');
    observePreview();
    baseTitle = title;
    typed = 0;
    setReveal({ kind: 'entry', index, field: 'title' });
  },
  titleFocused(): boolean {
    return document.activeElement?.id.endsWith('-title') ?? false;
  },
  shownLetters(): number {
    return lettersInPreview();
  },
  editorText(): string {
    return view?.state.doc.toString() ?? '';
  },
  keystrokes(): Keystroke[] {
    return keystrokes.map((key) => ({ ...key }));
  },
  clearKeystrokes(): void {
    keystrokes.length = 0;
  },
};

(globalThis as unknown as { __bench: typeof bench }).__bench = bench;
const root = document.getElementById('root');
if (root) createRoot(root).render(<Harness />);
