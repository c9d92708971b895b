import type { WorkspaceInfo } from '../../../shared/ipc/data';
import type { EditorSession } from '../editor-pane/editor-session';

interface PreviewSlotProps {
  session: EditorSession;
  info: WorkspaceInfo;
}

/**
 * Where the preview pane goes. It reads the text being edited from
 * `session.shownDocument` (and the view from `session.editors`, for scroll sync).
 */
export function PreviewSlot(_props: PreviewSlotProps) {
  return (
    <div className="side-panel-placeholder">
      <p>
        <strong>The preview is not part of this build yet.</strong>
      </p>
    </div>
  );
}
