/**
 * What YouTube said about each video, kept in the app's data folder (never in
 * the site) with the time it was fetched, so that looking the same talks up
 * again within a day makes no request.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { thumbnailFiles } from '../../../shared/youtube/convention';
import type { VideoFacts } from '../../../shared/youtube/video-entry';
import { writeFileAtomic } from '../atomic-write';

export interface CachedVideo {
  facts: VideoFacts;
  /** `api`: the Data API (every field); `oembed`: title and thumbnail only. */
  source: 'api' | 'oembed';
  /** ISO 8601 instant. */
  fetchedAt: string;
}

/** Where cached videos live; tests hand the service one in memory or in a temp folder. */
export interface VideoCache {
  read(id: string): Promise<CachedVideo | null>;
  write(video: CachedVideo): Promise<void>;
}

/** How long a cached video answers for YouTube. */
export const cacheLifetimeMs = 24 * 60 * 60 * 1000;

const cachedVideoSchema = z.object({
  facts: z.object({
    id: z.string().regex(/^[0-9A-Za-z_-]{11}$/),
    title: z.string(),
    description: z.string().nullable(),
    publishedAt: z.string().nullable(),
    duration: z.string().nullable(),
    thumbnails: z.array(z.enum(thumbnailFiles)).nullable(),
  }),
  source: z.enum(['api', 'oembed']),
  fetchedAt: z.string(),
});

/** One JSON file per video in `folder`. A damaged file counts as absent. */
export class DiskVideoCache implements VideoCache {
  constructor(private readonly folder: string) {}

  private fileOf(id: string): string {
    // IDs are [0-9A-Za-z_-]{11}; checked again so no name can leave the folder.
    if (!/^[0-9A-Za-z_-]{11}$/.test(id)) throw new Error(`not a video ID: ${id}`);
    return join(this.folder, `${id}.json`);
  }

  async read(id: string): Promise<CachedVideo | null> {
    const text = await readFile(this.fileOf(id), 'utf8').catch(() => null);
    if (text === null) return null;
    try {
      const parsed = cachedVideoSchema.safeParse(JSON.parse(text));
      return parsed.success && parsed.data.facts.id === id ? parsed.data : null;
    } catch {
      return null;
    }
  }

  async write(video: CachedVideo): Promise<void> {
    await mkdir(this.folder, { recursive: true });
    await writeFileAtomic(
      this.fileOf(video.facts.id),
      new TextEncoder().encode(JSON.stringify(video, null, 2) + '\n'),
    );
  }
}

/** The cache folder inside the app's data folder. */
export function videoCacheFolder(dataDir: string): string {
  return join(dataDir, 'youtube-cache');
}
