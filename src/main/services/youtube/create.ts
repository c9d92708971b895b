import type { Settings } from '../settings';
import type { Workspace } from '../workspace/workspace';
import { endpointsFromEnv } from './endpoints';
import type { ApiKeyStore } from './key-store';
import { PreferencesService } from './preferences-service';
import { DiskVideoCache, videoCacheFolder } from './video-cache';
import { YouTubeService, type CurrentSite } from './youtube-service';
import type { Fetch } from './youtube-client';

export interface YouTubeServicesOptions {
  dataDir: string;
  settings: Settings;
  workspace: Workspace;
  /** The desktop app's encrypted store, or YOUTUBE_API_KEY elsewhere. */
  keyStore: ApiKeyStore;
  env?: NodeJS.ProcessEnv | undefined;
  fetch?: Fetch;
  now?: () => Date;
}

/**
 * The YouTube and Preferences services over an open workspace, as the
 * desktop app and the web mode build them. Throws `EndpointError` when the
 * environment names an endpoint that is not a web address.
 */
export function createYouTubeServices(options: YouTubeServicesOptions): {
  youtube: YouTubeService;
  preferences: PreferencesService;
} {
  const { workspace } = options;
  const currentSite: CurrentSite = async () => {
    const info = await workspace['workspace.current']({});
    return info && { root: info.root, contentDir: info.contentDir };
  };
  const youtube = new YouTubeService({
    keyStore: options.keyStore,
    fetch: options.fetch ?? globalThis.fetch,
    cache: new DiskVideoCache(videoCacheFolder(options.dataDir)),
    now: options.now ?? (() => new Date()),
    endpoints: endpointsFromEnv(options.env),
    currentSite,
  });
  const preferences = new PreferencesService({
    settings: options.settings,
    currentSite,
    onSiteSettingsChanged: () => workspace.reloadSiteSettings(),
  });
  return { youtube, preferences };
}
