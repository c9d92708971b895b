import { useEffect, useMemo, useRef } from 'react';
import type { WorkspaceInfo } from '../../../shared/ipc/data';
import { readMarkupSettings } from '../../../shared/render';
import type { EditorSession } from '../editor-pane/editor-session';
import { useStoreValue } from '../external-store';
import { PreviewPane, type PreviewPaneHandle } from '../preview';

interface PreviewSlotProps {
  session: EditorSession;
  info: WorkspaceInfo;
}

/**
 * The live preview of the post in the editor, rendered with the site's own
 * markup settings, scrolling with the editor both ways.
 */
export function PreviewSlot({ session, info }: PreviewSlotProps) {
  const shown = useStoreValue(session.shownDocument);
  const preview = useRef<PreviewPaneHandle>(null);
  const markup = useMemo(() => readMarkupSettings({ markup: info.markup ?? {} }), [info.markup]);
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

  // Editor → preview: the line at the top of the editor leads the preview.
  useEffect(() => {
    const view = path ? session.editors.viewOf(path) : null;
    if (!view) return;
    const onScroll = (): void => {
      const top = view.lineBlockAtHeight(view.scrollDOM.scrollTop);
      preview.current?.scrollToSourceLine(view.state.doc.lineAt(top.from).number);
    };
    view.scrollDOM.addEventListener('scroll', onScroll, { passive: true });
    return () => view.scrollDOM.removeEventListener('scroll', onScroll);
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
      onScrollSourceLine={(line) => {
        // Preview → editor, unless the editor is the one scrolling.
        const view = session.editors.viewOf(path);
        if (!view || view.hasFocus) return;
        const position = view.state.doc.line(Math.min(line, view.state.doc.lines)).from;
        view.scrollDOM.scrollTop = view.lineBlockAt(position).top;
      }}
    />
  );
}
