import { appDataDir } from '../services/app-data';
import { EndpointError, endpointsFromEnv } from '../services/youtube/endpoints';
import { EnvironmentKeyStore } from '../services/youtube/key-store';
import { DiskVideoCache, videoCacheFolder } from '../services/youtube/video-cache';
import { VideoLookup } from '../services/youtube/video-lookup';
import { YouTubeClient } from '../services/youtube/youtube-client';
import type { CommandIO } from './io';

/**
 * The lookup the commands use: YouTube (or YOUTUBE_API_BASE_URL and
 * YOUTUBE_OEMBED_URL) with YOUTUBE_API_KEY, answers kept for a day in the
 * app's data folder. Null, after saying why on stderr, when the environment
 * names an endpoint that is not a web address.
 */
export async function lookupFromEnv(
  io: CommandIO,
  command: string,
): Promise<{ lookup: VideoLookup; key: string | null } | null> {
  const env = io.env ?? process.env;
  let endpoints;
  try {
    endpoints = endpointsFromEnv(env);
  } catch (error) {
    if (error instanceof EndpointError) {
      io.stderr(`recap-studio ${command}: ${error.message}\n`);
      return null;
    }
    throw error;
  }
  const lookup = new VideoLookup({
    client: new YouTubeClient({ fetch: io.fetch ?? globalThis.fetch, endpoints }),
    cache: new DiskVideoCache(videoCacheFolder(appDataDir(env))),
    now: () => new Date(),
  });
  return { lookup, key: await new EnvironmentKeyStore(env).read() };
}
