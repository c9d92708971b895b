// The videoSchema editor of the open post, with what it needs from the
// session and the site (the view, the site's video convention, which
// shortcodes wrap content); the front matter form shows it in its Videos
// section.
import { useMemo } from 'react';
import type { PostSummary, WorkspaceInfo } from '../../../shared/ipc/data';
import type { VideoFindingPlace } from '../../../shared/videos';
import type { StudioClient } from '../client';
import type { EditorSession } from '../editor-pane/editor-session';
import { useStoreValue } from '../external-store';
import { useSiteVideoConvention } from '../form/videos/use-site-video-convention';
import { VideoSchemaEditor } from '../form/videos/VideoSchemaEditor';

interface VideoSchemaSlotProps {
  session: EditorSession;
  client: StudioClient;
  info: WorkspaceInfo;
  posts: readonly PostSummary[];
  reveal: VideoFindingPlace | null;
}

export function VideoSchemaSlot({ session, client, info, posts, reveal }: VideoSchemaSlotProps) {
  const shown = useStoreValue(session.shownDocument);
  const view = shown ? session.editors.viewOf(shown.path) : null;
  const convention = useSiteVideoConvention(client, posts);
  const usesInner = useMemo(() => {
    const templates = new Map(info.shortcodes.map((s) => [s.name, s.usesInner]));
    return (name: string) => templates.get(name);
  }, [info.shortcodes]);
  if (!shown || !view) {
    return (
      <div className="side-panel-placeholder">
        <p>Open a post to edit its front matter.</p>
      </div>
    );
  }
  return (
    <div className="side-panel-form">
      <VideoSchemaEditor
        key={shown.path}
        view={view}
        doc={shown.doc}
        siteConvention={convention}
        usesInner={usesInner}
        reveal={reveal}
        lookups={client}
      />
    </div>
  );
}
