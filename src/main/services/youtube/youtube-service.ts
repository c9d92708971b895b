import { resolve } from 'node:path';
import type { ArgsOf, DataOf, EventPayload, StudioApi } from '../../../shared/ipc/contract';
import { ServiceError } from '../../../shared/ipc/result';
import type { KeyStatus } from '../../../shared/ipc/youtube';
import { SiteSettingsError } from '../../../shared/youtube/site-settings';
import { KeyStoreError, type ApiKeyStore } from './key-store';
import { googleConventionFor, siteConvention, type SiteConvention } from './site-convention';
import type { VideoCache } from './video-cache';
import { VideoLookup, type LookupProgress } from './video-lookup';
import type { YouTubeEndpoints } from './endpoints';
import { YouTubeClient, type Fetch } from './youtube-client';

/** The open site as the services need it: its root and its content folder (relative or absolute). */
export type CurrentSite = () => Promise<{ root: string; contentDir: string } | null>;

export interface YouTubeServiceDeps {
  keyStore: ApiKeyStore;
  fetch: Fetch;
  cache: VideoCache;
  now: () => Date;
  endpoints: YouTubeEndpoints;
  currentSite: CurrentSite;
  /** Each request's limit; 10 s unless given. */
  timeoutMs?: number;
}

export type YouTubeChannel =
  | 'youtube.keyStatus'
  | 'youtube.setKey'
  | 'youtube.removeKey'
  | 'youtube.checkKey'
  | 'youtube.lookup'
  | 'youtube.refresh'
  | 'youtube.cancel';

/** Hears `youtube.progress`, the one event this service raises. */
export type ProgressListener = (
  name: 'youtube.progress',
  payload: EventPayload<'youtube.progress'>,
) => void;

/**
 * The YouTube calls of the contract: the key (whose value never leaves
 * this service), lookups in the open site's convention, refresh and cancel.
 */
export class YouTubeService implements Pick<StudioApi, YouTubeChannel> {
  private readonly lookup: VideoLookup;
  private readonly running = new Map<string, AbortController>();
  private readonly listeners = new Set<ProgressListener>();

  constructor(private readonly deps: YouTubeServiceDeps) {
    const client = new YouTubeClient({
      fetch: deps.fetch,
      endpoints: deps.endpoints,
      timeoutMs: deps.timeoutMs,
    });
    this.lookup = new VideoLookup({ client, cache: deps.cache, now: deps.now });
  }

  async init(): Promise<void> {}

  /** Listens to the progress of named lookups; returns the way to stop. */
  onEvent(listener: ProgressListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Cancels lookups still running, so that none outlives the app. */
  async dispose(): Promise<void> {
    for (const controller of this.running.values()) controller.abort();
    this.running.clear();
  }

  async 'youtube.keyStatus'(): Promise<KeyStatus> {
    const { keyStore } = this.deps;
    const reason = keyStore.cannotStoreReason();
    const keySet = (await keyStore.read()) !== null;
    return {
      keySet,
      source: keySet ? keyStore.source : null,
      canStore: reason === null,
      cannotStoreReason: reason,
    };
  }

  async 'youtube.setKey'({ key }: ArgsOf<'youtube.setKey'>): Promise<KeyStatus> {
    await this.keyStoreCall(() => this.deps.keyStore.write(key));
    return this['youtube.keyStatus']();
  }

  async 'youtube.removeKey'(): Promise<KeyStatus> {
    await this.keyStoreCall(() => this.deps.keyStore.remove());
    return this['youtube.keyStatus']();
  }

  async 'youtube.checkKey'(): Promise<DataOf<'youtube.checkKey'>> {
    const key = await this.deps.keyStore.read();
    if (key === null) throw new ServiceError('invalid', 'No YouTube API key is set to check.');
    return this.lookup.checkKey(key);
  }

  async 'youtube.lookup'({
    inputs,
    requestId,
  }: ArgsOf<'youtube.lookup'>): Promise<DataOf<'youtube.lookup'>> {
    // Named first: a cancel that comes while the site's convention is read still counts.
    return this.cancellable(requestId, async (cancel) => {
      const convention = await this.convention();
      const key = await this.deps.keyStore.read();
      return this.lookup.lookup({
        inputs,
        key,
        convention: convention.convention,
        conventionKind: convention.effective,
        cancel,
        // Only a named lookup reports progress: its name is how the page tells its reports apart.
        ...(requestId === undefined
          ? {}
          : {
              onReport: (progress: LookupProgress) => this.emitProgress({ requestId, ...progress }),
            }),
      });
    });
  }

  async 'youtube.refresh'({
    entries,
    requestId,
  }: ArgsOf<'youtube.refresh'>): Promise<DataOf<'youtube.refresh'>> {
    return this.cancellable(requestId, async (cancel) =>
      this.lookup.refresh({ entries, key: await this.deps.keyStore.read(), cancel }),
    );
  }

  async 'youtube.cancel'({ requestId }: ArgsOf<'youtube.cancel'>): Promise<null> {
    this.running.get(requestId)?.abort();
    return null;
  }

  private emitProgress(payload: EventPayload<'youtube.progress'>): void {
    for (const listener of this.listeners) {
      try {
        listener('youtube.progress', payload);
      } catch {
        // One broken listener (a closed window) must not stop the lookup.
      }
    }
  }

  private async cancellable<T>(
    requestId: string | undefined,
    run: (cancel: AbortSignal) => Promise<T>,
  ): Promise<T> {
    const controller = new AbortController();
    if (requestId !== undefined) {
      if (this.running.has(requestId))
        throw new ServiceError('exists', `A lookup named ${requestId} is already running.`);
      this.running.set(requestId, controller);
    }
    try {
      return await run(controller.signal);
    } finally {
      if (requestId !== undefined) this.running.delete(requestId);
    }
  }

  /** The open site's convention; Google's when no folder is open. */
  private async convention(): Promise<SiteConvention> {
    const site = await this.deps.currentSite();
    if (site === null) return googleConventionFor('infer');
    return siteConventionOrThrow({
      root: site.root,
      contentDir: resolve(site.root, site.contentDir),
    });
  }

  private async keyStoreCall(run: () => Promise<void>): Promise<void> {
    try {
      await run();
    } catch (error) {
      if (error instanceof KeyStoreError) throw new ServiceError('unsupported', error.message);
      throw new ServiceError('io', `The key could not be stored: ${(error as Error).message}`);
    }
  }
}

async function siteConventionOrThrow(site: {
  root: string;
  contentDir: string;
}): Promise<SiteConvention> {
  try {
    return await siteConvention(site);
  } catch (error) {
    if (error instanceof SiteSettingsError) throw new ServiceError('invalid', error.message);
    throw error;
  }
}
