import type { StudioApi } from '../../shared/ipc/contract';
import { DisposableStore } from './disposable-store';
import { PostWriter } from './post-writer';
import { joinServices } from './service-api';
import { Settings } from './settings';
import { AssetsService } from './workspace/assets-service';
import { BackupsService } from './workspace/backups-service';
import { PostsService } from './workspace/posts-service';
import { Workspace } from './workspace/workspace';

export interface ServicesOptions {
  /** The app's own folder (settings, backups); never inside a content folder. */
  dataDir: string;
  /** Moves a file or folder to the system trash; null where there is none (web mode, CLI). */
  trash: ((absolutePath: string) => Promise<void>) | null;
  /** The app's settings; read from `dataDir` when not given. */
  settings?: Settings;
  /** Today, for new posts' folders and dates; tests pass a fixed one. */
  now?: () => Date;
  /** Where watcher failures go (a full inotify table, a folder that vanished). */
  onWatchError?: (error: unknown) => void;
}

/** Every main-process service, built and wired once. */
export interface Services {
  settings: Settings;
  /** The open folder, its events (`onEvent`, `on('workspace.opened')`) and the `workspace.*` calls. */
  workspace: Workspace;
  /** The one way a post is written (see post-writer.ts). */
  writer: PostWriter;
  /** The whole contract, each channel answered by its group's service: what IPC and HTTP dispatch to. */
  api: StudioApi;
  /** Reads settings and makes the data folder; nothing touches the disk before. */
  init(): Promise<void>;
  /** Closes the open folder (watcher, index) and everything else, last built first. */
  dispose(): Promise<void>;
}

/**
 * The composition root of the main process, shared by the desktop app, the
 * web mode server and the CLI. A new channel group (`youtube.*`,
 * `export.*`) is a new service class implementing `Pick<StudioApi, …>`,
 * built here with its dependencies and added to `joinServices`.
 */
export function createServices(options: ServicesOptions): Services {
  const store = new DisposableStore();
  const settings = options.settings ?? new Settings(options.dataDir);
  const workspace = new Workspace({
    dataDir: options.dataDir,
    canTrash: options.trash !== null,
    settings,
    onWatchError: options.onWatchError,
  });
  store.add(() => workspace.dispose());
  // The writer takes the workspace's locks: a save and a cover change of one post run in turn.
  const writer = new PostWriter(workspace.locks);
  const posts = new PostsService({
    workspace,
    writer,
    trash: options.trash,
    settings,
    now: options.now,
  });
  const assets = new AssetsService({ workspace, writer });
  const backups = new BackupsService(workspace);
  const api = joinServices([workspace, posts, assets, backups]);
  return {
    settings,
    workspace,
    writer,
    api,
    async init() {
      await settings.init();
      await workspace.init();
    },
    dispose: () => store.dispose(),
  };
}
