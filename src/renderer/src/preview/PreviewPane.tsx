import DOMPurify from 'dompurify';
import { useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, type Ref } from 'react';
import type { MarkupSettings, SiteRefs } from '../../../shared/render';
import { defaultAssetUrlOf, type AssetUrlOf } from './asset-urls';
import { openInSystemBrowser } from './frame-links';
import { frameSkeleton } from './frame-skeleton';
import { PreviewController } from './preview-controller';
import { createWorkerRunner } from './job-runners';

export interface PreviewPaneHandle {
  /** Scrolls the preview so the block of `line` (1-based, in the file) is at its top. */
  scrollToSourceLine(line: number): void;
}

export interface PreviewPaneProps {
  /** The whole post file as edited (front matter and body). */
  text: string;
  /** The post's path inside the open folder; its images are found from there. */
  path: string;
  /** The site's Goldmark settings (`readMarkupSettings`). */
  markup: MarkupSettings;
  /** The site's own shortcodes and whether each uses `.Inner` (from `WorkspaceInfo.shortcodes`). */
  shortcodes?: ReadonlyMap<string, { usesInner: boolean }>;
  /** The site's `params`, for the `param` shortcode (from `WorkspaceInfo.params`). */
  siteParams?: Record<string, unknown>;
  /** The site's pages, for `ref` and `relref` (from `WorkspaceInfo.refs`). */
  siteRefs?: SiteRefs;
  /** The post's path from the content folder, for `ref` and `relref` relative to it. */
  pagePath?: string;
  /** The user scrolled the preview: the line of the file now at its top. */
  onScrollSourceLine?: (line: number) => void;
  /** Follows the system when absent. */
  theme?: 'light' | 'dark';
  /** Where the open folder's files come from; the app's asset route by default. */
  assetUrlOf?: AssetUrlOf;
  /** Opens a checked http(s) or mailto URL; the system browser by default. */
  openExternal?: (url: string) => void;
  ref?: Ref<PreviewPaneHandle>;
}

const skeleton = frameSkeleton();

/**
 * The live preview of a post: rendered like Hugo part by part (what a
 * keystroke changes at once, anything long in a worker), sanitized, and
 * shown in a frame that runs no script and keeps the post's styles to itself. Relative images come through the confined asset route,
 * links open in the system browser, and scrolling follows the editor both ways.
 */
export function PreviewPane(props: PreviewPaneProps) {
  const { text, path, markup, shortcodes, siteParams, siteRefs, pagePath, theme, ref } = props;
  const frameRef = useRef<HTMLIFrameElement>(null);
  const overlayRef = useRef<HTMLDivElement>(null);
  const controllerRef = useRef<PreviewController | null>(null);
  // Callbacks change identity from render to render; the controller reads the latest.
  const callbacks = useRef(props);
  useLayoutEffect(() => {
    callbacks.current = props;
  });

  useEffect(() => {
    const frame = frameRef.current;
    const overlay = overlayRef.current;
    if (!frame || !overlay) return;
    const controller = new PreviewController({
      frame,
      overlay,
      purify: DOMPurify,
      jobs: createWorkerRunner((reason) =>
        console.warn(`Recap Studio: the preview renders on the page's thread (${reason}).`),
      ),
      assetUrlOf: (file) => (callbacks.current.assetUrlOf ?? defaultAssetUrlOf())(file),
      openExternal: (url) => (callbacks.current.openExternal ?? openInSystemBrowser)(url),
      onScrollSourceLine: (line) => callbacks.current.onScrollSourceLine?.(line),
    });
    controllerRef.current = controller;
    const { text: current, path: currentPath, markup: currentMarkup } = callbacks.current;
    controller.update({
      text: current,
      path: currentPath,
      settings: {
        markup: currentMarkup,
        shortcodes: callbacks.current.shortcodes,
        siteParams: callbacks.current.siteParams,
        siteRefs: callbacks.current.siteRefs,
        pagePath: callbacks.current.pagePath,
      },
    });
    // The frame may have loaded before this ran (React runs effects twice in development).
    const doc = frame.contentDocument;
    if (doc?.URL === 'about:srcdoc' && doc.readyState === 'complete') controller.attach(doc);
    return () => {
      controller.dispose();
      controllerRef.current = null;
    };
  }, []);

  const settings = useMemo(
    () => ({ markup, shortcodes, siteParams, siteRefs, pagePath }),
    [markup, shortcodes, siteParams, siteRefs, pagePath],
  );
  // Before paint, so a keystroke reaches the renderer in the same frame it was typed.
  useLayoutEffect(() => {
    controllerRef.current?.update({ text, path, settings });
  }, [text, path, settings]);

  useEffect(() => {
    controllerRef.current?.setTheme(theme ?? null);
  }, [theme]);

  useImperativeHandle(
    ref,
    () => ({
      scrollToSourceLine: (line: number) => controllerRef.current?.scrollToSourceLine(line),
    }),
    [],
  );

  return (
    <div
      className="preview-pane"
      style={{ position: 'relative', width: '100%', height: '100%', overflow: 'hidden' }}
    >
      <iframe
        ref={frameRef}
        title="Preview"
        // Same origin so the app can fill and style it; no allow-scripts, so the post runs nothing.
        sandbox="allow-same-origin"
        srcDoc={skeleton}
        onLoad={(event) => {
          const doc = event.currentTarget.contentDocument;
          if (doc) controllerRef.current?.attach(doc);
        }}
        style={{ display: 'block', width: '100%', height: '100%', border: 0 }}
      />
      <div
        ref={overlayRef}
        style={{ position: 'absolute', inset: 0, overflow: 'hidden', pointerEvents: 'none' }}
      />
    </div>
  );
}
