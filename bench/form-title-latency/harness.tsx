// The app's editor, preview and front matter form on one page, wired as the
// main screen wires them (one EditorSession, an in-memory stand-in for main),
// with hooks for bench/form-title-latency.ts: it types into the form's title
// field and reads here how long each keystroke took to reach the editor's
// text, the preview (its update with the new text has run), and the next frame.
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { WorkspaceInfo } from '../../src/shared/ipc/data';
import { frontMatterHead } from '../../src/shared/front-matter-form';
import { parsePost } from '../../src/shared/post';
import { EditorPane } from '../../src/renderer/src/editor-pane/EditorPane';
import { EditorSession } from '../../src/renderer/src/editor-pane/editor-session';
import { MemoryStudio } from '../../test/fakes/memory-studio';
import { useStoreValue } from '../../src/renderer/src/external-store';
import { FrontMatterForm } from '../../src/renderer/src/form/FrontMatterForm';
import { PreviewSlot } from '../../src/renderer/src/side-panel/PreviewSlot';
import '../../src/renderer/src/theme/theme.css';

interface Keystroke {
  /** 1-based: the title holds this many typed letters once this one is in. */
  index: number;
  keydown: number;
  editor: number | null;
  preview: number | null;
  frame: number | null;
}

const path = 'content/blog/bench/index.md';
const memory = new MemoryStudio();
const keystrokes: Keystroke[] = [];
let baseLength = 0;
let typed = 0;
let setInfo: (info: WorkspaceInfo) => void = () => undefined;

const session = new EditorSession({ client: memory.client, checkDelay: 100_000 });

/** The title's length in the editor's text now (it may be a `|-` block, as in the longest post). */
function titleLength(text: string): number {
  const title = parsePost(frontMatterHead(text)).get('title');
  return typeof title === 'string' ? title.length : -1;
}

// The editor's text: the session sets it on every change, synchronously in the dispatch.
session.shownDocument.subscribe(() => {
  const shown = session.shownDocument.get();
  if (!shown) return;
  const now = performance.now();
  const letters = titleLength(shown.doc.toString()) - baseLength;
  for (const key of keystrokes) if (key.editor === null && key.index <= letters) key.editor = now;
});

/**
 * Rendered after the preview, reading the same store: its effect runs in the
 * same commit right after the preview's own effect has handed it the text.
 */
function PreviewProbe() {
  const shown = useStoreValue(session.shownDocument);
  useEffect(() => {
    if (!shown) return;
    const now = performance.now();
    const letters = titleLength(shown.doc.toString()) - baseLength;
    const reached = keystrokes.filter((key) => key.preview === null && key.index <= letters);
    for (const key of reached) key.preview = now;
    requestAnimationFrame(() => {
      const painted = performance.now();
      for (const key of reached) key.frame = painted;
    });
  }, [shown]);
  return null;
}

function Harness() {
  const [info, setState] = useState<WorkspaceInfo | null>(null);
  useEffect(() => {
    setInfo = setState;
  }, []);
  if (!info) return null;
  return (
    <div style={{ display: 'flex', height: '100vh' }}>
      <div style={{ flex: 1, minWidth: 0 }}>
        <EditorPane session={session} hasPost shortcuts={{ open: '', newPost: '', palette: '' }} />
      </div>
      <div style={{ flex: 1, minWidth: 0 }}>
        <PreviewSlot session={session} info={info} client={memory.client} />
        <PreviewProbe />
      </div>
      <div style={{ flex: 1, minWidth: 0 }}>
        <FrontMatterForm session={session} client={memory.client} info={info} notify={() => {}} />
      </div>
    </div>
  );
}

document.addEventListener(
  'keydown',
  (event) => {
    const target = event.target as HTMLElement | null;
    if (event.key.length !== 1 || target?.id !== 'form-field-title') return;
    typed += 1;
    keystrokes.push({
      index: typed,
      keydown: event.timeStamp,
      editor: null,
      preview: null,
      frame: null,
    });
  },
  true,
);

const bench = {
  /** Opens the post in the editor, the preview and the form. */
  async open(text: string, markup: Record<string, unknown>): Promise<void> {
    setInfo({
      root: '/bench',
      name: 'bench',
      kind: 'hugo',
      contentDir: 'content',
      sections: ['blog'],
      authors: null,
      shortcodes: [],
      capabilities: { trash: false },
      markup,
    });
    memory.write(path, text);
    await session.open(path);
  },
  previewReady(): boolean {
    const frame = document.querySelector<HTMLIFrameElement>('.preview-pane iframe');
    return (frame?.contentDocument?.querySelector('main.post')?.childElementCount ?? 0) > 0;
  },
  /** Focuses the title field; what is typed from here is counted. */
  startTitle(): boolean {
    const field = document.getElementById('form-field-title') as HTMLInputElement | null;
    if (!field) return false;
    field.focus();
    field.setSelectionRange(field.value.length, field.value.length);
    baseLength = field.value.length;
    typed = 0;
    keystrokes.length = 0;
    return document.activeElement === field;
  },
  typedInText(): number {
    const shown = session.shownDocument.get();
    return shown ? titleLength(shown.doc.toString()) - baseLength : -1;
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
