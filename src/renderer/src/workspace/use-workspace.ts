import { useCallback, useEffect, useState } from 'react';
import type { PostSummary, WorkspaceInfo } from '../../../shared/ipc/data';
import type { StudioClient } from '../client';

export type WorkspaceStatus =
  | { kind: 'loading' }
  | { kind: 'no-folder' }
  /** main could not be asked at all (web server stopped, not signed in). */
  | { kind: 'unreachable'; message: string }
  | { kind: 'ready'; info: WorkspaceInfo };

export interface Workspace {
  status: WorkspaceStatus;
  /** Every post of the open folder, from the index. */
  posts: PostSummary[];
  /** Why the list could not be fetched, in words. */
  postsError: string | null;
  refreshPosts: () => Promise<void>;
  /** Asks main which folder is open again (another was opened from the menu). */
  reload: () => Promise<void>;
  /** Opens a folder by its path; resolves to an error message, or null when it opened. */
  openFolder: (path: string) => Promise<string | null>;
}

/** The open folder and its post index, kept current as main reports changes. */
export function useWorkspace(client: StudioClient): Workspace {
  const [status, setStatus] = useState<WorkspaceStatus>({ kind: 'loading' });
  const [posts, setPosts] = useState<PostSummary[]>([]);
  const [postsError, setPostsError] = useState<string | null>(null);

  const refreshPosts = useCallback(async () => {
    const result = await client.posts.list({});
    if (result.ok) {
      setPosts(result.data);
      setPostsError(null);
    } else setPostsError(result.error.message);
  }, [client]);

  const reload = useCallback(async () => {
    const result = await client.workspace.current({});
    if (!result.ok) {
      setStatus({ kind: 'unreachable', message: result.error.message });
      return;
    }
    if (result.data === null) {
      setPosts([]);
      setStatus({ kind: 'no-folder' });
      return;
    }
    setStatus({ kind: 'ready', info: result.data });
    await refreshPosts();
  }, [client, refreshPosts]);

  const openFolder = useCallback(
    async (path: string) => {
      const result = await client.workspace.open({ path });
      if (!result.ok) return result.error.message;
      setPosts([]);
      setStatus({ kind: 'ready', info: result.data });
      await refreshPosts();
      return null;
    },
    [client, refreshPosts],
  );

  useEffect(() => {
    // Fetching on mount is what this hook is for; the state it sets comes back asynchronously.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void reload();
  }, [reload]);

  const ready = status.kind === 'ready';
  useEffect(() => {
    if (!ready) return;
    // Several saves or a git checkout send bursts of events: fetch once they settle.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stop = client.on('index.changed', () => {
      clearTimeout(timer);
      timer = setTimeout(() => void refreshPosts(), 120);
    });
    // The site's own files changed (authors, shortcodes, config): show it as now described.
    const stopSite = client.on('site.changed', (info) => setStatus({ kind: 'ready', info }));
    return () => {
      clearTimeout(timer);
      stop();
      stopSite();
    };
  }, [client, ready, refreshPosts]);

  return { status, posts, postsError, refreshPosts, reload, openFolder };
}
