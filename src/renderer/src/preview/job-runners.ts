import {
  renderUnitJob,
  pageFactsOf,
  type PageFacts,
  type PreviewSettings,
  type UnitJob,
  type UnitRender,
} from '../../../shared/preview';

/** Parts of a page to render elsewhere, with what they are rendered for. */
export interface JobBatch {
  /** The post's front matter (video titles and durations for its cards). */
  frontMatter: string;
  settings: PreviewSettings;
  jobs: UnitJob[];
}

export interface JobRequest extends JobBatch {
  id: number;
}

export type JobReply =
  | { id: number; kind: 'rendered'; renders: UnitRender[] }
  | { id: number; kind: 'failed'; message: string };

/** Renders batches of parts, off the typing path. */
export interface JobRunner {
  run(batch: JobBatch): Promise<UnitRender[]>;
  dispose(): void;
}

/** Renders a batch; the same code runs in the worker and, as a fallback, in the page. */
export function createBatchRenderer(): (batch: JobBatch) => UnitRender[] {
  let key: string | null = null;
  let page: PageFacts | null = null;
  return (batch) => {
    const batchKey = JSON.stringify([
      batch.frontMatter,
      batch.settings.siteParams ?? null,
      batch.settings.siteRefs ?? null,
      batch.settings.pagePath ?? null,
    ]);
    if (page === null || batchKey !== key) {
      key = batchKey;
      page = pageFactsOf(batch.frontMatter, batch.settings);
    }
    const facts = page;
    return batch.jobs.map((job) => renderUnitJob(job, batch.settings, facts));
  };
}

/**
 * Renders in a module worker. Should the worker not start (a page served
 * from `file://` may not load module workers), batches are rendered on
 * this thread instead, each in a task of its own, and `onFallback` says so.
 */
export function createWorkerRunner(
  onFallback: (reason: string) => void = () => undefined,
): JobRunner {
  let worker: Worker | null = null;
  let fallback: JobRunner | null = null;
  let nextId = 1;
  const pending = new Map<
    number,
    { batch: JobBatch; resolve: (renders: UnitRender[]) => void; reject: (error: Error) => void }
  >();

  const switchToThisThread = (reason: string): void => {
    if (fallback) return;
    worker?.terminate();
    worker = null;
    const runner = createInThreadRunner();
    fallback = runner;
    onFallback(reason);
    for (const { batch, resolve, reject } of pending.values())
      runner.run(batch).then(resolve, reject);
    pending.clear();
  };

  try {
    worker = new Worker(new URL('./unit-worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<JobReply>) => {
      const waiting = pending.get(event.data.id);
      if (!waiting) return;
      pending.delete(event.data.id);
      if (event.data.kind === 'rendered') waiting.resolve(event.data.renders);
      else waiting.reject(new Error(event.data.message));
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      switchToThisThread(event.message || 'The preview worker failed to start.');
    });
  } catch (error) {
    switchToThisThread(error instanceof Error ? error.message : String(error));
  }

  return {
    run(batch) {
      if (fallback) return fallback.run(batch);
      return new Promise((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { batch, resolve, reject });
        worker?.postMessage({ id, ...batch } satisfies JobRequest);
      });
    },
    dispose() {
      worker?.terminate();
      worker = null;
      fallback?.dispose();
      for (const { reject } of pending.values()) reject(new Error('The preview was closed.'));
      pending.clear();
    },
  };
}

/** Renders batches on this thread, each in a task of its own so input events go first. */
export function createInThreadRunner(): JobRunner {
  const render = createBatchRenderer();
  let disposed = false;
  return {
    run(batch) {
      return new Promise((resolve, reject) => {
        setTimeout(() => {
          if (disposed) {
            reject(new Error('The preview was closed.'));
            return;
          }
          try {
            resolve(render(batch));
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        }, 0);
      });
    },
    dispose() {
      disposed = true;
    },
  };
}
