import type { Settings } from '../settings';
import type { Workspace } from '../workspace/workspace';
import { endpointsFromEnv } from '../youtube/endpoints';
import type { ApiKeyStore } from '../youtube/key-store';
import { DiskVideoCache, videoCacheFolder } from '../youtube/video-cache';
import { VideoLookup } from '../youtube/video-lookup';
import { YouTubeClient, type Fetch } from '../youtube/youtube-client';
import { RecapService } from './recap-service';

export interface RecapServiceOptions {
  dataDir: string;
  settings: Settings;
  workspace: Workspace;
  keyStore: ApiKeyStore;
  env?: NodeJS.ProcessEnv | undefined;
  fetch?: Fetch | undefined;
  now?: (() => Date) | undefined;
}

/**
 * The recap service over the open workspace, looking videos up with the same
 * key, endpoints and cache as the YouTube service; its progress reaches the
 * page as `recap.progress` events.
 */
export function createRecapService(options: RecapServiceOptions): RecapService {
  const lookup = new VideoLookup({
    client: new YouTubeClient({
      fetch: options.fetch ?? globalThis.fetch,
      endpoints: endpointsFromEnv(options.env),
    }),
    cache: new DiskVideoCache(videoCacheFolder(options.dataDir)),
    now: () => new Date(),
  });
  return new RecapService({
    workspace: options.workspace,
    settings: options.settings,
    keyStore: options.keyStore,
    lookup,
    now: options.now,
    onProgress: (progress) => options.workspace.broadcast('recap.progress', progress),
  });
}
