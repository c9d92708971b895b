import { cp } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { fakeId, type FakeYouTube } from '../youtube/fake-youtube';
import { corpusSite } from './run-cli';

export const sampleSite = resolve(import.meta.dirname, '..', '..', 'resources', 'sample-site');

const images = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.svg', '.ico']);

/** A copy of a site without its images (megabytes a recap never reads). */
export async function copySite(source: string, target: string): Promise<string> {
  await cp(source, target, {
    recursive: true,
    filter: (file) => !images.has(extname(file).toLowerCase()),
  });
  return target;
}

export const linkerdSite = corpusSite;

/** Three talks, as a KubeCon's recordings look on YouTube. */
export const talks = [
  {
    id: fakeId(1),
    title: 'Rust in the Linkerd proxy',
    description:
      'Oliver explains why the proxy is written in Rust.\n\nSlides: https://example.org/slides\n#linkerd #rust',
  },
  {
    id: fakeId(2),
    title: 'Zero trust with mTLS: "what" and <why>',
    description: 'A tour of mTLS in the mesh.',
  },
  {
    id: fakeId(3),
    title: 'Scheduling 68k tests with Linkerd',
    description: 'How Penn State scheduled COVID tests.\n\nhttps://linkerd.io',
  },
];

export function addTalks(youtube: FakeYouTube): void {
  for (const talk of talks) {
    youtube.videos.set(talk.id, {
      ...talk,
      publishedAt: '2024-03-22T17:05:09Z',
      duration: 'PT28M4S',
    });
  }
}

export function youtubeEnv(
  youtube: Pick<FakeYouTube, 'apiBase' | 'oembed'>,
  dataDir: string,
  key: string | null,
): NodeJS.ProcessEnv {
  return {
    YOUTUBE_API_BASE_URL: youtube.apiBase,
    YOUTUBE_OEMBED_URL: youtube.oembed,
    RECAP_STUDIO_DATA_DIR: dataDir,
    ...(key === null ? {} : { YOUTUBE_API_KEY: key }),
  };
}

export { join };
