import { EditorView } from '@codemirror/view';
import { EditorSelection } from '@codemirror/state';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { WorkspaceInfo } from '../../../shared/ipc/data';
import { parsePost } from '../../../shared/post';
import { splitFrontMatter } from '../../../shared/post/split';
import { readMarkupSettings } from '../../../shared/render';
import type { StudioClient } from '../client';
import type { EditorSession } from '../editor-pane/editor-session';
import { useStoreValue } from '../external-store';
import { codeStyleOf, pageHeaderOf, PreviewPane, type PreviewPaneHandle } from '../preview';

type BundleClient = Pick<StudioClient, 'assets'> & Partial<Pick<StudioClient, 'on'>>;

interface PreviewSlotProps {
  session: EditorSession;
  info: WorkspaceInfo;
  /** Lists the post's bundle, for its cover image; `on` lists it again as files change. */
  client: BundleClient;
  /** The app's theme, which the preview follows; the system's when absent. */
  theme?: 'light' | 'dark';
}

/**
 * The live preview of the post in the editor, rendered with the site's own
 * markup settings under the page's header, scrolling with the editor both
 * ways, keeping the block being edited in view, and taking the editor to a
 * block clicked in it.
 */
export function PreviewSlot({ session, info, client, theme }: PreviewSlotProps) {
  const shown = useStoreValue(session.shownDocument);
  const preview = useRef<PreviewPaneHandle>(null);
  const markup = useMemo(() => readMarkupSettings({ markup: info.markup ?? {} }), [info.markup]);
  const codeStyle = useMemo(() => codeStyleOf(info.markup), [info.markup]);
  const shortcodes = useMemo(
    () =>
      new Map(
        info.shortcodes.map((s) => [s.name, { usesInner: s.usesInner, template: s.template }]),
      ),
    [info.shortcodes],
  );
  const text = useMemo(() => shown?.doc.toString() ?? '', [shown]);
  const path = shown?.path ?? null;
  const contentPrefix = info.contentDir === '.' ? '' : `${info.contentDir}/`;
  const pagePath = path?.startsWith(contentPrefix) ? path.slice(contentPrefix.length) : undefined;

  const bundleFiles = useBundleFiles(client, path);
  // Typing in the body leaves the front matter's text as it was: it is read again only when it changes.
  const frontMatterText = useMemo(() => text.slice(0, splitFrontMatter(text).bodyFrom), [text]);
  const header = useMemo(
    () =>
      path
        ? pageHeaderOf(parsePost(frontMatterText).data, {
            postPath: path,
            authors: info.authorProfiles ?? [],
            bundleFiles,
          })
        : null,
    [frontMatterText, path, info.authorProfiles, bundleFiles],
  );

  // Editor → preview: the line at the top of the editor leads the preview, and the block of the
  // cursor stays in view while the editor shows the cursor.
  useEffect(() => {
    const view = path ? session.editors.viewOf(path) : null;
    if (!view) return;
    let frame: number | null = null;
    const followCursor = (): void => {
      if (frame !== null) return;
      // After the editor has scrolled the cursor into view and measured.
      frame = requestAnimationFrame(() => {
        frame = null;
        preview.current?.followCursor(cursorLineInView(view));
      });
    };
    const onScroll = (): void => {
      const top = view.lineBlockAtHeight(view.scrollDOM.scrollTop);
      preview.current?.scrollToSourceLine(view.state.doc.lineAt(top.from).number);
      followCursor();
    };
    view.scrollDOM.addEventListener('scroll', onScroll, { passive: true });
    const stopStatus = session.status.subscribe(followCursor);
    followCursor();
    return () => {
      view.scrollDOM.removeEventListener('scroll', onScroll);
      stopStatus();
      if (frame !== null) cancelAnimationFrame(frame);
    };
  }, [session, path]);

  if (!path) {
    return (
      <div className="side-panel-placeholder">
        <p>Open a post to see its preview.</p>
      </div>
    );
  }
  return (
    <PreviewPane
      ref={preview}
      text={text}
      path={path}
      markup={markup}
      shortcodes={shortcodes}
      siteParams={info.params}
      siteRefs={info.refs}
      pagePath={pagePath}
      header={header}
      codeStyle={codeStyle}
      theme={theme}
      onScrollSourceLine={(line) => {
        // Preview → editor, unless the editor is the one scrolling.
        const view = session.editors.viewOf(path);
        if (!view || view.hasFocus) return;
        const position = view.state.doc.line(Math.min(line, view.state.doc.lines)).from;
        view.scrollDOM.scrollTop = view.lineBlockAt(position).top;
      }}
      onClickSourceLine={(line) => {
        const view = session.editors.viewOf(path);
        if (view) moveEditorToLine(view, line);
      }}
    />
  );
}

/** The line of the editor's cursor when the editor shows it, else null (the user scrolled away). */
function cursorLineInView(view: EditorView): number | null {
  const head = view.state.selection.main.head;
  const coords = view.coordsAtPos(head);
  if (!coords) return null;
  const box = view.scrollDOM.getBoundingClientRect();
  if (coords.bottom < box.top || coords.top > box.bottom) return null;
  return view.state.doc.lineAt(head).number;
}

/** Puts the cursor at the start of `line` (1-based), scrolls it to the middle and focuses the editor. */
function moveEditorToLine(view: EditorView, line: number): void {
  const target = view.state.doc.line(Math.max(1, Math.min(line, view.state.doc.lines)));
  view.dispatch({
    selection: EditorSelection.cursor(target.from),
    effects: EditorView.scrollIntoView(target.from, { y: 'center' }),
    userEvent: 'select.preview',
  });
  view.focus();
}

/** The names of the files beside the post, kept up to date as files change; null until known. */
function useBundleFiles(client: BundleClient, path: string | null): string[] | null {
  const [files, setFiles] = useState<{ path: string; names: string[] } | null>(null);
  useEffect(() => {
    if (!path) return;
    let current = true;
    const folder = path.split('/').slice(0, -1).join('/');
    const list = (): void => {
      void client.assets.list({ post: path }).then((result) => {
        if (current) setFiles({ path, names: result.ok ? result.data.map((a) => a.name) : [] });
      });
    };
    list();
    const stop = client.on?.('files.changed', ({ changes }) => {
      if (changes.some((change) => change.path.startsWith(`${folder}/`))) list();
    });
    return () => {
      current = false;
      stop?.();
    };
  }, [client, path]);
  return files?.path === path ? files.names : null;
}
