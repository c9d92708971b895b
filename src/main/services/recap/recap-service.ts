import { dirname, resolve } from 'node:path';
import type { ArgsOf, DataOf, StudioApi } from '../../../shared/ipc/contract';
import { ServiceError } from '../../../shared/ipc/result';
import type { RecapProgress } from '../../../shared/ipc/recap';
import type { Settings } from '../settings';
import { resolvePostFile, toRelative } from '../workspace/paths';
import { readContent } from '../workspace/post-content';
import type { Workspace } from '../workspace/workspace';
import type { ApiKeyStore } from '../youtube/key-store';
import type { VideoLookup } from '../youtube/video-lookup';
import { planRecap, writeRecap } from './recap-builder';

export interface RecapServiceDeps {
  workspace: Workspace;
  settings: Settings;
  keyStore: ApiKeyStore;
  lookup: VideoLookup;
  /** Today, when the dialog gives no date; tests pass a fixed one. */
  now?: (() => Date) | undefined;
  /** Where `recap.progress` goes: the page's events. */
  onProgress: (progress: RecapProgress) => void;
}

export type RecapChannel = 'recap.create' | 'recap.cancel';

/**
 * "New recap…": looks the talks up (with progress and cancel) and writes
 * the new post's bundle into the open folder, which the index and the
 * editor then show like any other post.
 */
export class RecapService implements Pick<StudioApi, RecapChannel> {
  private readonly running = new Map<string, AbortController>();

  constructor(private readonly deps: RecapServiceDeps) {}

  async init(): Promise<void> {}

  async dispose(): Promise<void> {
    for (const controller of this.running.values()) controller.abort();
    this.running.clear();
  }

  async 'recap.create'(args: ArgsOf<'recap.create'>): Promise<DataOf<'recap.create'>> {
    const { workspace } = this.deps;
    const folder = workspace.requireFolder();
    const site = {
      root: folder.site.root,
      facts: folder.site.facts,
      contentDir: resolve(folder.site.root, folder.site.contentDir),
    };
    const { requestId } = args;
    const controller = new AbortController();
    if (requestId !== undefined) {
      if (this.running.has(requestId))
        throw new ServiceError('exists', `A recap named ${requestId} is already being made.`);
      this.running.set(requestId, controller);
    }
    try {
      const plan = await planRecap(site, args, {
        lookup: this.deps.lookup,
        key: await this.deps.keyStore.read(),
        now: this.deps.now ?? (() => new Date()),
        defaultAuthor: this.deps.settings.values.defaultAuthor,
        cancel: controller.signal,
        onProgress: (done, total) => {
          if (requestId !== undefined) this.deps.onProgress({ requestId, done, total });
        },
      });
      if (plan.status !== 'ready') return plan;
      // The path is the builder's own, yet checked like every path the page can name.
      const target = await resolvePostFile(folder.bounds, toRelative(folder.bounds, plan.file));
      await workspace.locks.run(dirname(target.absolute), () =>
        writeRecap(site, { ...plan, file: target.absolute }, (file, version) =>
          folder.expectWrite(file, version),
        ),
      );
      return {
        status: 'created',
        post: await readContent(folder, target, new TextEncoder().encode(plan.text)),
        flagged: plan.talks
          .filter((talk) => talk.missing.length > 0)
          .map((talk) => ({ id: talk.video.id, title: talk.video.title, missing: talk.missing })),
        failures: plan.failures,
        offline: plan.offline,
      };
    } finally {
      if (requestId !== undefined) this.running.delete(requestId);
    }
  }

  async 'recap.cancel'({ requestId }: ArgsOf<'recap.cancel'>): Promise<null> {
    this.running.get(requestId)?.abort();
    return null;
  }
}
