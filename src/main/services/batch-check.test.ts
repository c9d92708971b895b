import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkFiles } from './batch-check';
import { CheckWorkers, type RunEvent } from './check-workers';
import { scanContentFiles, type ContentFiles } from './content-files';
import { openSite, type Site } from './site';
import { snapshotSite } from './site-snapshot';

const corpus = resolve(import.meta.dirname, '../../../test/fixtures/linkerd.io');

let site: Site;
let content: ContentFiles;
beforeAll(async () => {
  site = await openSite(corpus);
  content = await scanContentFiles(join(corpus, 'content'));
});

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

describe('checkFiles', () => {
  it('gives the same reports, in the order of the files, from this thread with workers as from this thread alone', async () => {
    const files = content.posts.slice(0, 60);
    const inThread = await checkFiles(site, files, content.bundleFiles, { workers: 0 });
    const progress: number[] = [];
    const together = await checkFiles(site, files, content.bundleFiles, {
      workers: 2,
      onProgress: (done, total) => {
        expect(total).toBe(files.length);
        progress.push(done);
      },
    });
    expect(together).toEqual(inThread);
    expect(together.map((r) => r.file)).toEqual(files);
    expect(inThread.some((r) => r.diagnostics.length > 0)).toBe(true);
    // Progress counts every batch once, whichever thread checked it.
    expect(progress.at(-1)).toBe(files.length);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(new Set(progress).size).toBe(progress.length);
  });

  it('uses workers started beforehand for several runs and leaves them to their owner', async () => {
    const terminate = vi.spyOn(Worker.prototype, 'terminate');
    const workers = new CheckWorkers(1, { options: { markdownlint: false } });
    try {
      const first = content.posts.slice(0, 40);
      const second = content.posts.slice(40, 100);
      const options = { markdownlint: false, workers };
      const reports = [
        ...(await checkFiles(site, first, content.bundleFiles, options)),
        ...(await checkFiles(site, second, content.bundleFiles, options)),
      ];
      expect(terminate).not.toHaveBeenCalled();
      const alone = await checkFiles(site, [...first, ...second], content.bundleFiles, {
        markdownlint: false,
        workers: 0,
      });
      expect(reports).toEqual(alone);
    } finally {
      await workers.close();
    }
    expect(terminate).toHaveBeenCalledTimes(1);
  });

  it('rejects with the unreadable file named, and stops the workers it started', async () => {
    const terminate = vi.spyOn(Worker.prototype, 'terminate');
    const missing = join(corpus, 'content', 'blog', 'no-such-post', 'index.md');
    const files = [...content.posts.slice(0, 30), missing, ...content.posts.slice(30, 60)];
    await expect(checkFiles(site, files, content.bundleFiles, { workers: 2 })).rejects.toThrow(
      /no-such-post[/\\]index\.md cannot be read/,
    );
    expect(terminate).toHaveBeenCalledTimes(2);
  });
});

describe('CheckWorkers', () => {
  it('reports a batch that fails in a worker as an error naming the worker and the cause', async () => {
    const workers = new CheckWorkers(1, { options: { markdownlint: false } });
    try {
      const missing = join(corpus, 'content', 'blog', 'no-such-post', 'index.md');
      const event = await new Promise<RunEvent>((resolve) => {
        workers.send(
          {
            site: snapshotSite(site.root, site.facts),
            files: [missing],
            bundles: [null],
            options: { markdownlint: false },
            next: new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT)),
            batchSize: 1,
          },
          resolve,
        );
      });
      expect('error' in event && event.error.message).toMatch(
        /^Checking failed in a worker: .*no-such-post[/\\]index\.md cannot be read/,
      );
    } finally {
      await workers.close();
    }
  });
});

describe('markdownlint', () => {
  // Checks 20 posts in a fresh Node whose resolve hook records every module
  // either thread loads: first in a worker alone (so it has surely loaded
  // everything it checks with), then in this thread and the worker together.
  async function modulesLoaded(markdownlint: boolean): Promise<string[]> {
    const folder = await mkdtemp(join(tmpdir(), 'recap-studio-modules-'));
    cleanups.push(() => rm(folder, { recursive: true, force: true }));
    const log = join(folder, 'loaded.txt');
    await writeFile(
      join(folder, 'hooks.mjs'),
      `import { appendFileSync } from 'node:fs';
let log;
export function initialize(data) { log = data.log; }
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  appendFileSync(log, resolved.url + '\\n');
  return resolved;
}
`,
    );
    await writeFile(
      join(folder, 'register.mjs'),
      `import { register } from 'node:module';
register('./hooks.mjs', import.meta.url, { data: { log: ${JSON.stringify(log)} } });
`,
    );
    const source = (path: string): string =>
      JSON.stringify(pathToFileURL(resolve(import.meta.dirname, path)).href);
    await writeFile(
      join(folder, 'check.mjs'),
      `const { checkFiles } = await import(${source('batch-check.ts')});
const { CheckWorkers } = await import(${source('check-workers.ts')});
const { scanContentFiles } = await import(${source('content-files.ts')});
const { openSite } = await import(${source('site.ts')});
const { snapshotSite } = await import(${source('site-snapshot.ts')});
const options = { markdownlint: ${markdownlint} };
const site = await openSite(${JSON.stringify(corpus)});
const content = await scanContentFiles(${JSON.stringify(join(corpus, 'content'))});
const files = content.posts.slice(0, 20);
const workers = new CheckWorkers(1, { options });
const byWorker = await new Promise((resolve, reject) => {
  const run = {
    site: snapshotSite(site.root, site.facts),
    files,
    bundles: files.map((file) => { const b = content.bundleFiles(file); return b ? [...b] : null; }),
    options,
    next: new Int32Array(new SharedArrayBuffer(4)),
    batchSize: 5,
  };
  let done = 0;
  workers.send(run, (event) => {
    if ('error' in event) reject(event.error);
    else if ((done += event.reports.length) === files.length) resolve(done);
  });
});
const together = await checkFiles(site, files, content.bundleFiles, { ...options, workers });
await workers.close();
process.stdout.write(byWorker + ' ' + together.length);
`,
    );
    const register = pathToFileURL(join(folder, 'register.mjs')).href;
    const checked = execFileSync(
      process.execPath,
      ['--import', 'tsx', '--import', register, join(folder, 'check.mjs')],
      { cwd: resolve(import.meta.dirname, '../../..'), encoding: 'utf8' },
    );
    expect(checked).toBe('20 20');
    return (await readFile(log, 'utf8')).split('\n');
  }

  const fromMarkdownlint = (url: string): boolean => url.includes('/node_modules/markdownlint/');

  it('is never loaded, on this thread or in a worker, when the check leaves it out', async () => {
    const loaded = await modulesLoaded(false);
    expect(loaded.some((url) => url.endsWith('/check-worker.ts'))).toBe(true);
    expect(loaded.filter(fromMarkdownlint)).toEqual([]);
  });

  it('is loaded when the check includes it', async () => {
    expect((await modulesLoaded(true)).some(fromMarkdownlint)).toBe(true);
  });
});
