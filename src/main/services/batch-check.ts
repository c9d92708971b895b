import { readFileSync } from 'node:fs';
import { prepareValidation, type ValidateOptions } from '../../shared/validate';
import { CheckWorkers, claimBatch, defaultWorkerCount, type RunEvent } from './check-workers';
import { reportFile, type FileReport } from './diagnostic-report';
import { checkPostBytes, type SiteRef } from './post-check';
import { snapshotSite } from './site-snapshot';

export interface BatchOptions extends ValidateOptions {
  /**
   * Worker threads to check beside this one, which checks too: workers
   * started earlier (left running; the caller closes them), or how many to
   * start for this call. Default: `defaultWorkerCount()` for runs of
   * `smallestParallelRun` files or more, none for smaller ones.
   */
  workers?: CheckWorkers | number;
  onProgress?: (done: number, total: number) => void;
}

/** Below this many files, starting a worker costs more than it saves. */
export const smallestParallelRun = 300;
/**
 * Most files a thread claims at once. Claims get smaller on small runs so
 * that, at the end, no thread waits long for another's last batch, which
 * for a worker that just started runs several times slower.
 */
const largestBatch = 64;

/**
 * Checks many posts, on this thread and on worker threads at once. Reports
 * come back in the order of `files`.
 */
export async function checkFiles(
  site: SiteRef,
  files: readonly string[],
  bundleFilesOf: (file: string) => ReadonlySet<string> | null,
  options: BatchOptions = {},
): Promise<FileReport[]> {
  const { workers: given, onProgress, ...validateOptions } = options;
  await prepareValidation(validateOptions);
  const workers =
    given instanceof CheckWorkers
      ? given
      : new CheckWorkers(
          given ?? (files.length >= smallestParallelRun ? defaultWorkerCount(validateOptions) : 0),
          { options: validateOptions },
        );
  try {
    if (workers.size === 0 || files.length === 0) {
      return checkInThisThread(site, files, bundleFilesOf, validateOptions, onProgress);
    }
    return await checkWithWorkers(workers, site, files, bundleFilesOf, validateOptions, onProgress);
  } finally {
    if (workers !== given) await workers.close();
  }
}

async function checkWithWorkers(
  workers: CheckWorkers,
  site: SiteRef,
  files: readonly string[],
  bundleFilesOf: (file: string) => ReadonlySet<string> | null,
  options: ValidateOptions,
  onProgress?: (done: number, total: number) => void,
): Promise<FileReport[]> {
  const reports: FileReport[] = new Array<FileReport>(files.length);
  let done = 0;
  let failure: Error | null = null;
  let wake = (): void => {};
  const record = (start: number, batch: readonly FileReport[]): void => {
    batch.forEach((report, index) => (reports[start + index] = report));
    done += batch.length;
    onProgress?.(done, files.length);
  };
  const onEvent = (event: RunEvent): void => {
    if ('error' in event) failure ??= event.error;
    else record(event.start, event.reports);
    wake();
  };

  const run = {
    site: snapshotSite(site.root, site.facts),
    files: [...files],
    bundles: files.map((file) => {
      const bundle = bundleFilesOf(file);
      return bundle ? [...bundle] : null;
    }),
    options,
    next: new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)),
    batchSize: Math.min(largestBatch, Math.ceil(files.length / ((workers.size + 1) * 16))),
  };
  const stop = workers.send(run, onEvent);
  try {
    for (let batch = claimBatch(run); batch && !failure; batch = claimBatch(run)) {
      const mine = files.slice(batch.start, batch.end);
      record(batch.start, checkInThisThread(site, mine, bundleFilesOf, options));
      // Lets the workers' replies in, so progress counts their batches as they come.
      await new Promise((resolve) => setImmediate(resolve));
    }
    while (done < files.length && !failure) {
      await new Promise<void>((resolve) => (wake = resolve));
    }
    if (failure) throw failure;
    return reports;
  } finally {
    stop();
  }
}

/**
 * Checks files one after another in this thread; worker threads run this too.
 * Await `prepareValidation(options)` first. Reads are synchronous on purpose:
 * a post is a few kilobytes, and `fs.promises.readFile` spent more time
 * opening, stat-ing and closing through the thread pool than parsing took.
 * Only the CLI and the workers call this, never a thread that serves a window.
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
