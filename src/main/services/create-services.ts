import type { StudioApi } from '../../shared/ipc/contract';
import { DisposableStore } from './disposable-store';
import { PostWriter } from './post-writer';
import { joinServices } from './service-api';
import { createRecapService } from './recap/create';
import { Settings } from './settings';
import { AssetsService } from './workspace/assets-service';
import { BackupsService } from './workspace/backups-service';
import { PostsService } from './workspace/posts-service';
import { Workspace } from './workspace/workspace';
import { createYouTubeServices } from './youtube/create';
import { EnvironmentKeyStore, type ApiKeyStore } from './youtube/key-store';
import type { RecapService } from './recap/recap-service';
import type { PreferencesService } from './youtube/preferences-service';
import type { YouTubeService } from './youtube/youtube-service';

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
  /**
   * Where the YouTube key lives: the desktop app's encrypted store; else
   * YOUTUBE_API_KEY from `env` (web mode, CLI).
   */
  keyStore?: ApiKeyStore;
  /** YOUTUBE_API_KEY, YOUTUBE_API_BASE_URL, YOUTUBE_OEMBED_URL; the process's unless given. */
  env?: NodeJS.ProcessEnv;
  /**
   * Worker threads (`check-worker.ts`) the index of a big folder is checked
   * in, leaving this thread to the calls; the desktop app gives
   * `indexWorkerCount()`. 0 or absent: this thread checks, in slices.
   */
  indexWorkers?: number;
}

/** Every main-process service, built and wired once. */
export interface Services {
  settings: Settings;
  /** The open folder, its events (`onEvent`, `on('workspace.opened')`) and the `workspace.*` calls. */
  workspace: Workspace;
  /** The one way a post is written (see post-writer.ts). */
  writer: PostWriter;
  /** Lookups and the key (`youtube.*`). */
  youtube: YouTubeService;
  /** The Preferences screen's calls (`preferences.*`). */
  preferences: PreferencesService;
  /** New recaps (`recap.*`). */
  recap: RecapService;
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
    indexWorkers: options.indexWorkers,
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
  const keyStore = options.keyStore ?? new EnvironmentKeyStore(options.env);
  // Throws EndpointError, in words, when the environment names an endpoint that is not a web address.
  const { youtube, preferences } = createYouTubeServices({
    dataDir: options.dataDir,
    settings,
    workspace,
    keyStore,
    env: options.env,
  });
  store.add(() => youtube.dispose());
  const recap = createRecapService({
    dataDir: options.dataDir,
    settings,
    workspace,
    keyStore,
    env: options.env,
    now: options.now,
  });
  store.add(() => recap.dispose());
  const api = joinServices([workspace, posts, assets, backups, youtube, preferences, recap]);
  return {
    settings,
    workspace,
    writer,
    youtube,
    preferences,
    recap,
    api,
    async init() {
      await settings.init();
      await workspace.init();
    },
    dispose: () => store.dispose(),
  };
}
