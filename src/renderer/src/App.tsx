import { Announcer } from './a11y/Announcer';
import type { StudioClient } from './client';
import { MainScreen } from './layout/MainScreen';
import { LoadingScreen, NoFolderScreen, UnreachableScreen } from './workspace/StartScreens';
import { useWorkspace } from './workspace/use-workspace';

/** Which screen to show: the open folder's, or why there is none. */
export function App({ client }: { client: StudioClient }) {
  return (
    <Announcer>
      <Screen client={client} />
    </Announcer>
  );
}

function Screen({ client }: { client: StudioClient }) {
  const workspace = useWorkspace(client);
  const { status } = workspace;
  switch (status.kind) {
    case 'loading':
      return <LoadingScreen />;
    case 'unreachable':
      return <UnreachableScreen message={status.message} onRetry={() => void workspace.reload()} />;
    case 'no-folder':
      return (
        <NoFolderScreen desktop={client.transport === 'preload'} onOpen={workspace.openFolder} />
      );
    case 'ready':
      return (
        <MainScreen
          key={status.info.root}
          client={client}
          info={status.info}
          posts={workspace.posts}
          postsError={workspace.postsError}
          refreshPosts={workspace.refreshPosts}
          onFolderOpened={() => void workspace.reload()}
        />
      );
  }
}
