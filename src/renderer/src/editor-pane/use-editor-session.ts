import { useEffect, useState, useSyncExternalStore } from 'react';
import type { WorkspaceInfo } from '../../../shared/ipc/data';
import type { StudioClient } from '../client';
import { editorTheme } from '../theme/editor-theme';
import { EditorSession } from './editor-session';

/** One session per open folder: the screen that shows a folder makes it once. */
export function useEditorSession(
  client: StudioClient,
  info: WorkspaceInfo,
  notify: (message: string) => void,
  dark: boolean,
): EditorSession {
  const [session] = useState(
    () => new EditorSession({ client, site: info, notify, theme: editorTheme, dark }),
  );
  useEffect(() => () => session.dispose(), [session]);
  useEffect(() => session.setDark(dark), [session, dark]);
  return session;
}

export function useSessionTabs(session: EditorSession) {
  return useSyncExternalStore(session.subscribe, session.getState);
}
