/**
 * Looks videos up: inputs in any form (URLs, IDs, playlists) become entries
 * in the order given, from the cache when it is fresh, else from the Data
 * API in batches of 50 with a key, else from oEmbed. A failure fails only
 * what it concerns, and is reported, never skipped.
 */
import type {
  KeyCheck,
  LookupOutcome,
  LookupResult,
  RefreshReport,
} from '../../../shared/ipc/youtube';
import type { VideoConvention } from '../../../shared/youtube/convention';
import {
  failureMessage,
  wholeLookupFailures,
  type LookupFailureCode,
} from '../../../shared/youtube/failures';
import {
  buildVideoEntry,
  knownDuration,
  missingFieldsHint,
  type VideoFacts,
} from '../../../shared/youtube/video-entry';
import { parseYouTubeId } from '../../../shared/youtube/video-id';
import { LookupError } from './classify';
import { cacheLifetimeMs, type CachedVideo, type VideoCache } from './video-cache';
import { videosPerCall, type YouTubeClient } from './youtube-client';

export interface VideoLookupDeps {
  client: YouTubeClient;
  cache: VideoCache;
  now: () => Date;
}

export interface LookupRequest {
  inputs: readonly string[];
  key: string | null;
  convention: VideoConvention;
  /** Which convention `convention` is, for the caller to tell the user. */
  conventionKind: 'site' | 'google';
  cancel?: AbortSignal;
  /** Videos done so far of all known, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
  /** After each step: how many of the lookup's lines are settled, and which settled since. */
  onReport?: (progress: LookupProgress) => void;
}

/** One video (or input that is none) settled, for a progress list. */
export interface SettledLine {
  input: string;
  id: string | null;
  status: 'found' | 'failed';
  /** Found: the video's title; failed: what went wrong, in words. */
  text: string;
}

export interface LookupProgress {
  done: number;
  total: number;
  settled: SettledLine[];
}

export interface RefreshRequest {
  entries: readonly { id: string; title?: string | undefined; duration?: string | undefined }[];
  key: string | null;
  cancel?: AbortSignal;
}

type Slot = { input: string; id: string } | Extract<LookupOutcome, { status: 'failed' }>;

type Fetched = { ok: true; video: CachedVideo } | { ok: false; code: LookupFailureCode };

/** oEmbed answers one video a call; a few at a time keeps long lists quick and polite. */
const oembedConcurrency = 4;

/** Any ID will do for checking a key: a missing video is an empty list, not an error. */
const keyCheckVideoId = 'YN8zNnV0sK8';

export class VideoLookup {
  constructor(private readonly deps: VideoLookupDeps) {}

  async lookup(request: LookupRequest): Promise<LookupResult> {
    const slots = await this.expand(request);
    const ids = [
      ...new Set(slots.flatMap((slot) => ('id' in slot && !('status' in slot) ? [slot.id] : []))),
    ];
    const found = await this.fetchAll(ids, request.key, {
      cache: true,
      cancel: request.cancel,
      onProgress: request.onProgress,
      onSettled: request.onReport && progressReporter(slots, request.onReport),
    });
    const outcomes = slots.map((slot): LookupOutcome => {
      if ('status' in slot) return slot;
      const result = found.get(slot.id);
      if (!result?.ok) {
        const code = result?.code ?? 'video-not-found';
        return failed(slot.input, slot.id, code);
      }
      const built = buildVideoEntry(result.video.facts, request.convention);
      return {
        status: 'found',
        input: slot.input,
        id: slot.id,
        entry: built.entry,
        fullDescription: built.fullDescription,
        missing: built.missing,
        hint: missingFieldsHint(built.missing, result.video.source === 'api'),
      };
    });
    return { outcomes, usedKey: request.key !== null, convention: request.conventionKind };
  }

  /** Fetches every entry's video again, ignoring the cache, and says what changed. */
  async refresh(request: RefreshRequest): Promise<RefreshReport> {
    const ids = [...new Set(request.entries.map((entry) => entry.id))];
    const found = await this.fetchAll(ids, request.key, { cache: false, cancel: request.cancel });
    return {
      videos: request.entries.map((entry) => {
        const result = found.get(entry.id);
        if (!result?.ok) {
          const code = result?.code ?? 'video-not-found';
          return { status: 'failed', id: entry.id, code, message: failureMessage(code, entry.id) };
        }
        const changes = changesOf(entry, result.video.facts);
        return changes.length === 0
          ? { status: 'unchanged', id: entry.id }
          : { status: 'changed', id: entry.id, changes };
      }),
    };
  }

  /** One `videos.list` call with `key`. */
  async checkKey(key: string, cancel?: AbortSignal): Promise<KeyCheck> {
    try {
      await this.deps.client.videos([keyCheckVideoId], key, cancel);
      return { ok: true, message: 'YouTube accepted the key.' };
    } catch (error) {
      if (!(error instanceof LookupError)) throw error;
      return { ok: false, code: error.code, message: failureMessage(error.code) };
    }
  }

  /** Inputs to videos in order; playlists expanded, bad inputs and unavailable entries reported. */
  private async expand(request: LookupRequest): Promise<Slot[]> {
    const slots: Slot[] = [];
    let stopped: LookupFailureCode | null = null;
    for (const input of request.inputs) {
      const reference = parseYouTubeId(input);
      if (reference.kind === 'invalid') {
        slots.push({
          status: 'failed',
          input,
          id: null,
          code: 'invalid-input',
          message: reference.reason,
        });
      } else if (reference.kind === 'video') {
        slots.push({ input, id: reference.id });
      } else if (request.key === null) {
        slots.push(failed(input, null, 'key-required', reference.listId));
      } else if (stopped !== null || request.cancel?.aborted) {
        slots.push(
          failed(input, null, request.cancel?.aborted ? 'cancelled' : stopped!, reference.listId),
        );
      } else {
        try {
          const entries = await this.deps.client.playlist(
            reference.listId,
            request.key,
            request.cancel,
          );
          for (const entry of entries) {
            slots.push(
              entry.available
                ? { input, id: entry.videoId }
                : failed(input, entry.videoId, entry.reason),
            );
          }
        } catch (error) {
          if (!(error instanceof LookupError)) throw error;
          if (wholeLookupFailures.has(error.code)) stopped = error.code;
          slots.push(failed(input, null, error.code, reference.listId));
        }
      }
    }
    return slots;
  }

  private async fetchAll(
    ids: readonly string[],
    key: string | null,
    options: {
      cache: boolean;
      cancel?: AbortSignal | undefined;
      onProgress?: ((done: number, total: number) => void) | undefined;
      /** Called with the IDs settled by each step (the cache, a batch, one oEmbed call). */
      onSettled?: ((settled: ReadonlyMap<string, Fetched>) => void) | undefined;
    },
  ): Promise<Map<string, Fetched>> {
    const results = new Map<string, Fetched>();
    const wanted: string[] = [];
    for (const id of ids) {
      const cached = options.cache ? await this.freshFromCache(id, key) : null;
      if (cached) results.set(id, { ok: true, video: cached });
      else wanted.push(id);
    }
    const reported = new Set<string>();
    const progress = (): void => {
      const settled = new Map([...results].filter(([id]) => !reported.has(id)));
      for (const id of settled.keys()) reported.add(id);
      options.onSettled?.(settled);
      options.onProgress?.(results.size, ids.length);
    };
    progress();
    // After a failure of the key or the connection, asking again only costs quota.
    let stopped: LookupFailureCode | null = null;
    const stop = (code: LookupFailureCode): void => {
      if (wholeLookupFailures.has(code)) stopped ??= code;
    };
    const stoppedCode = (): LookupFailureCode | null =>
      options.cancel?.aborted ? 'cancelled' : stopped;

    if (key !== null) {
      for (let start = 0; start < wanted.length; start += videosPerCall) {
        const batch = wanted.slice(start, start + videosPerCall);
        const early = stoppedCode();
        if (early !== null) {
          for (const id of batch) results.set(id, { ok: false, code: early });
          continue;
        }
        try {
          const videos = await this.deps.client.videos(batch, key, options.cancel);
          const byId = new Map(videos.map((facts) => [facts.id, facts]));
          for (const id of batch) {
            const facts = byId.get(id);
            results.set(
              id,
              facts
                ? { ok: true, video: await this.remember(facts, 'api') }
                : { ok: false, code: 'video-not-found' },
            );
          }
        } catch (error) {
          if (!(error instanceof LookupError)) throw error;
          stop(error.code);
          for (const id of batch) results.set(id, { ok: false, code: error.code });
        }
        progress();
      }
      return results;
    }

    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < wanted.length) {
        const id = wanted[next++]!;
        const early = stoppedCode();
        if (early !== null) {
          results.set(id, { ok: false, code: early });
          continue;
        }
        try {
          const facts = await this.deps.client.oembed(id, options.cancel);
          results.set(id, { ok: true, video: await this.remember(facts, 'oembed') });
        } catch (error) {
          if (!(error instanceof LookupError)) throw error;
          stop(error.code);
          results.set(id, { ok: false, code: error.code });
        }
        progress();
      }
    };
    await Promise.all(Array.from({ length: Math.min(oembedConcurrency, wanted.length) }, worker));
    return results;
  }

  /** A cached video younger than a day; one from oEmbed does not answer a lookup with a key. */
  private async freshFromCache(id: string, key: string | null): Promise<CachedVideo | null> {
    const cached = await this.deps.cache.read(id);
    if (!cached) return null;
    const age = this.deps.now().getTime() - Date.parse(cached.fetchedAt);
    if (!(age >= 0 && age < cacheLifetimeMs)) return null;
    return key !== null && cached.source !== 'api' ? null : cached;
  }

  private async remember(facts: VideoFacts, source: CachedVideo['source']): Promise<CachedVideo> {
    const video: CachedVideo = { facts, source, fetchedAt: this.deps.now().toISOString() };
    // A cache that cannot be written (full disk) must not fail the lookup itself.
    await this.deps.cache.write(video).catch(() => undefined);
    return video;
  }
}

/**
 * Turns settled IDs into progress over the lookup's lines (a playlist's
 * videos each count); lines that failed before any request (input that is
 * no video, a playlist not found) are settled in the first report.
 */
function progressReporter(
  slots: readonly Slot[],
  report: (progress: LookupProgress) => void,
): (settled: ReadonlyMap<string, Fetched>) => void {
  let done = 0;
  let first = true;
  return (settled) => {
    const lines: SettledLine[] = [];
    for (const slot of slots) {
      if ('status' in slot) {
        if (first)
          lines.push({ input: slot.input, id: slot.id, status: 'failed', text: slot.message });
        continue;
      }
      const result = settled.get(slot.id);
      if (!result) continue;
      lines.push(
        result.ok
          ? { input: slot.input, id: slot.id, status: 'found', text: result.video.facts.title }
          : {
              input: slot.input,
              id: slot.id,
              status: 'failed',
              text: failureMessage(result.code, slot.id),
            },
      );
    }
    first = false;
    done += lines.length;
    report({ done, total: slots.length, settled: lines });
  };
}

function failed(
  input: string,
  id: string | null,
  code: LookupFailureCode,
  subject?: string,
): Extract<LookupOutcome, { status: 'failed' }> {
  return {
    status: 'failed',
    input,
    id,
    code,
    message: failureMessage(code, subject ?? id ?? input),
  };
}

function changesOf(
  entry: RefreshRequest['entries'][number],
  facts: VideoFacts,
): { field: 'title' | 'duration'; before: string; after: string }[] {
  const changes: { field: 'title' | 'duration'; before: string; after: string }[] = [];
  if (entry.title !== undefined && entry.title.trim() !== facts.title.trim()) {
    changes.push({ field: 'title', before: entry.title, after: facts.title });
  }
  // oEmbed knows no durations: only a fresh Data API answer can say one changed.
  const after = knownDuration(facts.duration);
  if (after !== null && (entry.duration ?? '') !== after) {
    changes.push({ field: 'duration', before: entry.duration ?? '', after });
  }
  return changes;
}
