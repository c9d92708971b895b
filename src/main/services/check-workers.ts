import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ValidateOptions } from '../../shared/validate';
import type { FileReport } from './diagnostic-report';
import type { SiteSnapshot } from './site-snapshot';

/** What a worker is told when it starts: the options it will check with, to load for them at once. */
export interface WorkerSetup {
  options: ValidateOptions;
}

/**
 * One `checkFiles` call, sent once to every worker. The threads share the
 * work through `next`: each claims the next batch of files when it is free,
 * so a thread that started late or runs slower simply checks fewer.
 */
export interface CheckRun {
  id: number;
  site: SiteSnapshot;
  files: string[];
  /** Each file's bundle files (see content-files.ts), by index into `files`. */
  bundles: (string[] | null)[];
  options: ValidateOptions;
  /** One Int32 in shared memory: the index of the first file no thread has claimed. */
  next: Int32Array;
  batchSize: number;
}

export type WorkerReply =
  { run: number; start: number; reports: FileReport[] } | { run: number; error: string };

export type RunEvent = { start: number; reports: FileReport[] } | { error: Error };

/** A batch of files, `files[start]` up to `files[end]` exclusive, now owned by the claiming thread. */
export interface Batch {
  start: number;
  end: number;
}

export function claimBatch(run: Pick<CheckRun, 'next' | 'batchSize' | 'files'>): Batch | null {
  const start = Atomics.add(run.next, 0, run.batchSize);
  if (start >= run.files.length) return null;
  return { start, end: Math.min(start + run.batchSize, run.files.length) };
}

/**
 * Workers to check beside the main thread, which checks too: a thread per
 * core, less one without markdownlint; at most 3 workers. Without it a post
 * is a tenth of a millisecond, mostly reading the file and allocating, and
 * on 2 cores a worker did not pay: 10,049 posts took 4% longer with one than
 * with none, 23% longer with two. markdownlint makes each post some 70 times
 * the work, which threads share: the same posts took 63 s with one worker
 * against 83 s with none (58 s with two, but 158 posts then took 18% longer).
 */
export function defaultWorkerCount(options: ValidateOptions): number {
  const threads =
    options.markdownlint === false ? availableParallelism() - 1 : availableParallelism();
  return Math.min(Math.max(threads - 1, 0), 3);
}

/**
 * Workers for the desktop app's index (see index-builder.ts): at least one,
 * whatever the cores, because there the point is less the speed than the
 * window's thread, which answers the page while a big site is checked; one
 * per further core, at most 3.
 */
export function indexWorkerCount(): number {
  return Math.min(Math.max(availableParallelism() - 1, 1), 3);
}

/**
 * Worker threads for `checkFiles`, started ahead of the work so that they
 * load their modules while this thread opens the site and walks its folders.
 * Always `close()` them.
 */
export class CheckWorkers {
  private readonly workers: Worker[];
  private readonly runs = new Map<number, (event: RunEvent) => void>();
  private failure: Error | null = null;
  private closed = false;
  private lastRun = 0;

  constructor(count: number, setup: WorkerSetup) {
    this.workers = Array.from({ length: count }, () => spawnWorker(setup));
    for (const worker of this.workers) {
      worker.on('message', (reply: WorkerReply) => this.deliver(reply));
      worker.on('error', (error) =>
        this.fail(`Checking failed in a worker: ${error.stack ?? error}`),
      );
      worker.on('exit', (code) => {
        if (!this.closed) this.fail(`A check worker stopped unexpectedly (exit code ${code}).`);
      });
    }
  }

  get size(): number {
    return this.workers.length;
  }

  /**
   * Hands `run` to every worker. `listener` hears of each batch they check
   * and of any failure, until the returned `stop`, which also keeps them from
   * claiming more.
   */
  send(run: Omit<CheckRun, 'id'>, listener: (event: RunEvent) => void): () => void {
    const id = (this.lastRun += 1);
    const stop = (): void => {
      Atomics.store(run.next, 0, run.files.length);
      this.runs.delete(id);
    };
    if (this.failure) {
      listener({ error: this.failure });
      return stop;
    }
    this.runs.set(id, listener);
    for (const worker of this.workers) worker.postMessage({ ...run, id } satisfies CheckRun);
    return stop;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private deliver(reply: WorkerReply): void {
    const listener = this.runs.get(reply.run);
    if ('error' in reply)
      listener?.({ error: new Error(`Checking failed in a worker: ${reply.error}`) });
    else listener?.({ start: reply.start, reports: reply.reports });
  }

  private fail(message: string): void {
    this.failure ??= new Error(message);
    for (const listener of this.runs.values()) listener({ error: this.failure });
  }
}

/**
 * The worker's script: the built `check-worker.js` beside the CLI bundle or
 * `check-worker.cjs` beside the desktop app's main bundle (this code may sit
 * in a chunk one folder below), or the TypeScript source run through tsx
 * (tests, benchmarks, development).
 */
export function builtWorkerScript(): URL | null {
  for (const name of ['check-worker.js', 'check-worker.cjs']) {
    for (const folder of ['./', '../']) {
      const url = new URL(`${folder}${name}`, import.meta.url);
      if (existsSync(fileURLToPath(url))) return url;
    }
  }
  return null;
}

function spawnWorker(setup: WorkerSetup): Worker {
  const built = builtWorkerScript();
  if (built) return new Worker(built, { workerData: setup });
  // Loader flags do not reach worker threads on Node 20: register tsx inside.
  // A data: URL rather than `eval: true`, so that, as the built worker does,
  // it runs the --import preloads of this process.
  const tsx = import.meta.resolve('tsx/esm/api');
  const source = new URL('./check-worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(bootstrap)}`), {
    workerData: setup,
  });
}
