import { resolve } from 'node:path';
import { keys, startFakeYouTube, type FakeYouTube } from '../test/youtube/fake-youtube';
import { startJourneyServer, type JourneyServer } from './journey-server';

/**
 * Web mode with YOUTUBE_API_KEY set and YouTube played by a fake server on
 * 127.0.0.1, built in `out/<buildName>`: other specs build theirs at the
 * same time.
 */
export async function startYouTubeJourney(
  buildName: string,
): Promise<{ youtube: FakeYouTube; server: JourneyServer }> {
  const youtube = await startFakeYouTube();
  const server = await startJourneyServer({
    cliDir: resolve(import.meta.dirname, '..', 'out', buildName),
    env: {
      YOUTUBE_API_KEY: keys.good,
      YOUTUBE_API_BASE_URL: youtube.apiBase,
      YOUTUBE_OEMBED_URL: youtube.oembed,
    },
  });
  return { youtube, server };
}
