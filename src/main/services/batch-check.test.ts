import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFiles } from './batch-check';
import { scanContentFiles } from './content-files';
import { openSite } from './site';

const corpus = resolve(import.meta.dirname, '../../../test/fixtures/linkerd.io');

describe('checkFiles', () => {
  it('gives the same reports, in the same order, from worker threads as from this thread', async () => {
    const site = await openSite(corpus);
    const content = await scanContentFiles(join(corpus, 'content'));
    const files = content.posts.slice(0, 60);
    const progress: number[] = [];
    const inThread = await checkFiles(site, files, content.bundleFiles, { workers: 0 });
    const inWorkers = await checkFiles(site, files, content.bundleFiles, {
      workers: 2,
      onProgress: (done) => progress.push(done),
    });
    expect(inWorkers).toEqual(inThread);
    expect(inWorkers.map((r) => r.file)).toEqual(files);
    expect(progress.at(-1)).toBe(files.length);
    expect(inThread.some((r) => r.diagnostics.length > 0)).toBe(true);
  });
});
