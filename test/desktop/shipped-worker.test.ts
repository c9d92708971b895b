import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smallestParallelRun } from '../../src/main/services/batch-check';

// The desktop app's main bundle, built as `npm run build` builds it, then run
// under Node with a stand-in for `electron` (test/desktop/fake-electron.mjs):
// opening a big site, its index must start the check worker shipped beside
// the bundle, not run every check in the window's thread.

const project = resolve(import.meta.dirname, '..', '..');
let outDir = '';
let temp = '';

beforeAll(async () => {
  // Inside the project, so that the bundle finds node_modules as the app does.
  await mkdir(join(project, 'node_modules', '.cache'), { recursive: true });
  outDir = await mkdtemp(join(project, 'node_modules', '.cache', 'recap-desktop-main-'));
  temp = await mkdtemp(join(tmpdir(), 'recap-desktop-worker-'));
  const build = spawnSync(
    process.execPath,
    [join(import.meta.dirname, 'build-main.mjs'), project, outDir],
    {
      cwd: project,
      encoding: 'utf8',
    },
  );
  expect(build.status, build.stderr).toBe(0);
  // Only main is built here; the app serves its page from the renderer
  // folder beside it (app://), which must exist for it to start.
  await mkdir(join(outDir, 'renderer'), { recursive: true });
  await writeFile(join(outDir, 'renderer', 'index.html'), '<!doctype html><title>x</title>\n');
}, 180_000);

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
  await rm(temp, { recursive: true, force: true });
});

/** A Hugo site with enough posts for the index to use its workers. */
async function bigSite(): Promise<string> {
  const site = join(temp, 'site');
  await mkdir(join(site, 'content', 'blog'), { recursive: true });
  await mkdir(join(site, 'data'));
  await writeFile(join(site, 'hugo.yaml'), 'title: Many posts\n');
  await writeFile(join(site, 'data', 'authors.yaml'), 'alice:\n  name: Alice\n');
  for (let i = 1; i <= smallestParallelRun + 20; i += 1) {
    await writeFile(
      join(site, 'content', 'blog', `post-${i}.md`),
      `---\ntitle: Post ${i}\ndate: 2024-01-01T00:00:00Z\nparams:\n  author: alice\n---\n\nHello ${i}.\n`,
    );
  }
  return site;
}

describe('the desktop build', () => {
  it('ships the check worker beside the main bundle, and the index starts it from there', async () => {
    const worker = join(outDir, 'main', 'check-worker.cjs');
    expect(existsSync(worker)).toBe(true);
    const site = await bigSite();

    const app = spawn(
      process.execPath,
      [
        '--import',
        join(import.meta.dirname, 'fake-electron.mjs'),
        join(outDir, 'main', 'index.cjs'),
        site,
      ],
      {
        cwd: project,
        env: { ...process.env, RECAP_STUDIO_DATA_DIR: join(temp, 'app-data') },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    app.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const seen: Record<string, unknown>[] = [];
    try {
      await new Promise<void>((done, fail) => {
        const timer = setTimeout(
          () => fail(new Error(`No answer from a worker. ${stderr}`)),
          60_000,
        );
        app.on('exit', (code) =>
          fail(new Error(`The app stopped (${code}): ${JSON.stringify(seen)} ${stderr}`)),
        );
        createInterface({ input: app.stdout }).on('line', (line) => {
          const message = JSON.parse(line) as Record<string, unknown>;
          seen.push(message);
          if ('error' in message && typeof message['error'] === 'string')
            fail(new Error(message['error']));
          if ('workerAnswered' in message) {
            clearTimeout(timer);
            done();
          }
        });
      });
    } finally {
      app.kill();
    }
    const started = seen
      .filter((message) => 'worker' in message)
      .map((message) => message['worker']);
    expect(started.length).toBeGreaterThan(0);
    expect(new Set(started)).toEqual(new Set([pathToFileURL(worker).href]));
    expect(seen.find((message) => 'workerAnswered' in message)).toMatchObject({
      workerAnswered: pathToFileURL(worker).href,
      error: null,
    });
  }, 120_000);
});
