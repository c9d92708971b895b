import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ValidateOptions } from '../../shared/validate';
import { reportFile, type FileReport } from './diagnostic-report';
import { checkPostBytes, type SiteRef } from './post-check';
import { snapshotSite, type SiteSnapshot } from './site-snapshot';

export interface BatchJob {
  file: string;
  bundleFiles: string[] | null;
}

export interface WorkerBatch {
  id: number;
  site: SiteSnapshot;
  jobs: BatchJob[];
  options: ValidateOptions;
}

export type WorkerReply = { id: number; reports: FileReport[] } | { id: number; error: string };

export interface BatchOptions extends ValidateOptions {
  /**
   * Worker threads to use; 0 checks in this thread. Default: one per core, at
   * most 4, and none for small runs.
   */
  workers?: number;
  onProgress?: (done: number, total: number) => void;
}

const batchSize = 100;
/** Below this many files a worker's start-up costs more than it saves. */
const smallestParallelRun = 300;

/**
 * Checks many posts, in worker threads when there are enough of them to pay
 * for it. Reports come back in the order of `files`.
 */
export async function checkFiles(
  site: SiteRef,
  files: readonly string[],
  bundleFilesOf: (file: string) => ReadonlySet<string> | null,
  options: BatchOptions = {},
): Promise<FileReport[]> {
  const { workers: requested, onProgress, ...validateOptions } = options;
  const workers = Math.min(
    requested ?? Math.min(availableParallelism(), 4),
    Math.ceil(files.length / batchSize),
  );
  if (workers <= 0 || (requested === undefined && files.length < smallestParallelRun)) {
    return checkInThisThread(site, files, bundleFilesOf, validateOptions, onProgress);
  }

  const snapshot = snapshotSite(site.root, site.facts);
  const batches: WorkerBatch[] = [];
  for (let start = 0; start < files.length; start += batchSize) {
    const jobs = files.slice(start, start + batchSize).map((file) => {
      const bundle = bundleFilesOf(file);
      return { file, bundleFiles: bundle ? [...bundle] : null };
    });
    batches.push({ id: batches.length, site: snapshot, jobs, options: validateOptions });
  }
  const results: FileReport[][] = new Array(batches.length);
  let next = 0;
  let done = 0;
  const pool = Array.from({ length: workers }, () => spawnWorker());
  try {
    await Promise.all(
      pool.map(async (worker) => {
        while (next < batches.length) {
          const batch = batches[next++] as WorkerBatch;
          results[batch.id] = await runBatch(worker, batch);
          done += batch.jobs.length;
          onProgress?.(done, files.length);
        }
      }),
    );
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  return results.flat();
}

/**
 * Checks files one after another in this thread; worker threads run this too.
 * Reads are synchronous on purpose: a post is a few kilobytes, and
 * `fs.promises.readFile` spent more time opening, stat-ing and closing
 * through the thread pool than parsing took. Only the CLI and the workers
 * call this, never a thread that serves a window.
 */
export function checkInThisThread(
  site: SiteRef,
  files: readonly string[],
  bundleFilesOf: (file: string) => ReadonlySet<string> | null,
  options: ValidateOptions,
  onProgress?: (done: number, total: number) => void,
): FileReport[] {
  const reports: FileReport[] = [];
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      throw new ServiceReadError(file, error as Error);
    }
    const checked = checkPostBytes(site, file, bytes, options, bundleFilesOf(file));
    reports.push(reportFile(file, checked.text, checked.diagnostics));
    onProgress?.(reports.length, files.length);
  }
  return reports;
}

/** A post that could not be read at all; the message names it. */
export class ServiceReadError extends Error {
  override name = 'ServiceReadError';
  constructor(file: string, cause: Error) {
    super(`${file} cannot be read: ${cause.message}`, { cause });
  }
}

function runBatch(worker: Worker, batch: WorkerBatch): Promise<FileReport[]> {
  return new Promise((resolve, reject) => {
    const onMessage = (reply: WorkerReply): void => {
      if (reply.id !== batch.id) return;
      worker.off('message', onMessage);
      worker.off('error', reject);
      if ('error' in reply) reject(new Error(`Checking failed in a worker: ${reply.error}`));
      else resolve(reply.reports);
    };
    worker.on('message', onMessage);
    worker.once('error', reject);
    worker.postMessage(batch);
  });
}

/**
 * The worker's script: the built `check-worker.js` beside the CLI bundle, or
 * the TypeScript source run through tsx (tests, benchmarks, development).
 */
function spawnWorker(): Worker {
  for (const candidate of ['./check-worker.js', '../check-worker.js']) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(fileURLToPath(url))) return new Worker(url);
  }
  // Loader flags do not reach worker threads on Node 20: register tsx inside.
  const source = new URL('./check-worker.ts', import.meta.url).href;
  const bootstrap = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(bootstrap, { eval: true });
}
