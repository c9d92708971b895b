// @vitest-environment jsdom
import { act, createElement, useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Channel, EventName } from '../../../shared/ipc/contract';
import type { PostSummary, WorkspaceInfo } from '../../../shared/ipc/data';
import { buildPreloadApi } from '../../../shared/ipc/preload-api';
import type { Result } from '../../../shared/ipc/result';
import { createPreloadClient } from '../client';
import { useWorkspace, type Workspace } from './use-workspace';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const info: WorkspaceInfo = {
  root: '/sites/blog',
  name: 'blog',
  kind: 'hugo',
  contentDir: 'content',
  sections: ['blog'],
  authors: null,
  shortcodes: [],
  capabilities: { trash: false },
};

function summary(title: string): PostSummary {
  return {
    path: `content/blog/${title}.md`,
    title,
    date: null,
    author: null,
    draft: false,
    errors: 0,
    warnings: 0,
    hasVideos: false,
    bundle: false,
  };
}

/** main as the hook sees it: answers per channel, and a way to send its events. */
function fakeMain(answers: Partial<Record<Channel, () => Result<unknown>>>) {
  const listeners = new Set<{ name: EventName; listener: (payload: object) => void }>();
  const send = (name: EventName, payload: object): void =>
    listeners.forEach((entry) => entry.name === name && entry.listener(payload));
  const calls: Channel[] = [];
  const studio = buildPreloadApi(
    async (channel) => {
      calls.push(channel);
      return (
        answers[channel]?.() ?? { ok: false, error: { code: 'internal', message: 'No answer.' } }
      );
    },
    (name, listener) => {
      const entry = { name, listener: listener as (payload: object) => void };
      listeners.add(entry);
      return () => listeners.delete(entry);
    },
  );
  return {
    client: createPreloadClient(studio),
    calls,
    indexChanged: () => send('index.changed', {}),
    siteChanged: (changed: WorkspaceInfo) => send('site.changed', changed),
  };
}

let latest: Workspace;
function Probe({ client }: { client: ReturnType<typeof fakeMain>['client'] }) {
  const workspace = useWorkspace(client);
  useEffect(() => {
    latest = workspace;
  });
  return null;
}

async function mount(main: ReturnType<typeof fakeMain>) {
  const root = createRoot(document.createElement('div'));
  await act(async () => root.render(createElement(Probe, { client: main.client })));
  return root;
}

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
afterEach(() => vi.useRealTimers());

describe('useWorkspace', () => {
  it('shows the open folder and its posts, and fetches them again when the index changes', async () => {
    let posts = [summary('one')];
    const main = fakeMain({
      'workspace.current': () => ({ ok: true, data: info }),
      'posts.list': () => ({ ok: true, data: posts }),
    });
    const root = await mount(main);
    expect(latest.status).toEqual({ kind: 'ready', info });
    expect(latest.posts.map((p) => p.title)).toEqual(['one']);

    posts = [summary('one'), summary('two')];
    main.indexChanged();
    main.indexChanged();
    await act(async () => {
      vi.advanceTimersByTime(200);
    });
    expect(latest.posts.map((p) => p.title)).toEqual(['one', 'two']);
    // A burst of changes is fetched once.
    expect(main.calls.filter((c) => c === 'posts.list')).toHaveLength(2);
    act(() => root.unmount());
  });

  it("shows the site as main now describes it when the site's own files change", async () => {
    const main = fakeMain({
      'workspace.current': () => ({ ok: true, data: info }),
      'posts.list': () => ({ ok: true, data: [] }),
    });
    const root = await mount(main);
    const changed: WorkspaceInfo = { ...info, authors: ['alice', 'newbie'] };
    act(() => main.siteChanged(changed));
    expect(latest.status).toEqual({ kind: 'ready', info: changed });
    act(() => root.unmount());
  });

  it('says when no folder is open, and opens one by its path', async () => {
    const main = fakeMain({
      'workspace.current': () => ({ ok: true, data: null }),
      'workspace.open': () => ({ ok: true, data: info }),
      'posts.list': () => ({ ok: true, data: [] }),
    });
    const root = await mount(main);
    expect(latest.status).toEqual({ kind: 'no-folder' });
    let failure: string | null = 'not yet';
    await act(async () => {
      failure = await latest.openFolder('/sites/blog');
    });
    expect(failure).toBeNull();
    expect(latest.status).toEqual({ kind: 'ready', info });
    act(() => root.unmount());
  });

  it('reports an unreachable main and a list that cannot be read in words', async () => {
    const down = fakeMain({
      'workspace.current': () => ({
        ok: false,
        error: { code: 'unauthorized', message: 'Open the address again.' },
      }),
    });
    let root = await mount(down);
    expect(latest.status).toEqual({ kind: 'unreachable', message: 'Open the address again.' });
    act(() => root.unmount());

    const broken = fakeMain({
      'workspace.current': () => ({ ok: true, data: info }),
      'posts.list': () => ({ ok: false, error: { code: 'io', message: 'The disk is gone.' } }),
    });
    root = await mount(broken);
    expect(latest.postsError).toBe('The disk is gone.');
    act(() => root.unmount());
  });
});
