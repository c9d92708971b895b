// A worker thread of batch-check.ts: checks the files it is sent and answers
// with their reports, so a big site is checked on every core.
import { parentPort } from 'node:worker_threads';
import { checkInThisThread, type WorkerBatch, type WorkerReply } from './batch-check';
import { factsOf } from './site-snapshot';

const port = parentPort;
if (!port) throw new Error('check-worker.ts runs as a worker thread only.');

port.on('message', (batch: WorkerBatch) => {
  void (async () => {
    const site = { root: batch.site.root, facts: factsOf(batch.site) };
    try {
      const bundles = new Map(
        batch.jobs.map((job) => [job.file, job.bundleFiles ? new Set(job.bundleFiles) : null]),
      );
      const files = batch.jobs.map((job) => job.file);
      const reports = checkInThisThread(
        site,
        files,
        (file) => bundles.get(file) ?? null,
        batch.options,
      );
      port.postMessage({ id: batch.id, reports } satisfies WorkerReply);
    } catch (error) {
      port.postMessage({
        id: batch.id,
        error: (error as Error).stack ?? String(error),
      } satisfies WorkerReply);
    }
  })();
});
