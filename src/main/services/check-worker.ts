// A worker thread of check-workers.ts: claims batches of a run's files, as
// the main thread does, until none are left, and answers with their reports.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { prepareValidation } from '../../shared/validate';
import { checkInThisThread } from './batch-check';
import { claimBatch, type CheckRun, type WorkerReply, type WorkerSetup } from './check-workers';
import { factsOf } from './site-snapshot';

if (!parentPort) throw new Error('check-worker.ts runs as a worker thread only.');
const port: MessagePort = parentPort;

// Loads markdownlint, when the check uses it, before the first run arrives.
// A failure here is reported by the run that needs it.
prepareValidation((workerData as WorkerSetup).options).catch(() => undefined);

port.on('message', (run: CheckRun) => {
  void checkRun(run);
});

async function checkRun(run: CheckRun): Promise<void> {
  try {
    await prepareValidation(run.options);
    const site = { root: run.site.root, facts: factsOf(run.site) };
    const bundles = new Map(run.files.map((file, index) => [file, run.bundles[index] ?? null]));
    const bundleFilesOf = (file: string): Set<string> | null => {
      const list = bundles.get(file);
      return list ? new Set(list) : null;
    };
    for (let batch = claimBatch(run); batch; batch = claimBatch(run)) {
      const files = run.files.slice(batch.start, batch.end);
      const reports = checkInThisThread(site, files, bundleFilesOf, run.options);
      port.postMessage({ run: run.id, start: batch.start, reports } satisfies WorkerReply);
    }
  } catch (error) {
    port.postMessage({
      run: run.id,
      error: (error as Error).stack ?? String(error),
    } satisfies WorkerReply);
  }
}
