// Opening a site in the workspace service, as the app does: time to the
// first list, to the full index (every post's counts), memory, and how long
// an external change of one file takes to reach the UI as `index.changed`.
// Run from bench/run.ts on the synthetic site, or alone:
//   node --import tsx bench/open-site.ts SITE_ROOT
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createServices, type Services } from '../src/main/services/create-services';

export interface OpenSiteFigures {
  posts: number;
  firstListMs: number;
  fullIndexMs: number;
  watchingMs: number;
  heapMiB: number;
  rssMiB: number;
  searchMs: number;
  /** Ranked search with one typo (`kubcon`), fuzzy matching every term of the index. */
  typoSearchMs: number;
  /** Ranked search for a whole title, with prefix matching of its last words. */
  titleSearchMs: number;
  changeToEventMs: number;
}

/** A full collection before reading memory, so the figures are what the index keeps, not garbage. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

const mebibytes = (bytes: number): number => bytes / 2 ** 20;

export async function measureOpenSite(siteRoot: string): Promise<OpenSiteFigures> {
  const dataDir = await mkdtemp(join(tmpdir(), 'recap-studio-bench-'));
  const services = createServices({ dataDir, trash: null });
  await services.init();
  const { workspace, api } = services;
  collectGarbage();
  const before = process.memoryUsage();
  try {
    const started = performance.now();
    await workspace['workspace.open']({ path: siteRoot });
    const list = await api['posts.list']({});
    const firstListMs = performance.now() - started;
    await workspace.whenIndexed();
    const fullIndexMs = performance.now() - started;
    await workspace.whenWatching();
    const watchingMs = performance.now() - started;

    const searchStarted = performance.now();
    await api['posts.search']({ query: 'community meeting' });
    const searchMs = performance.now() - searchStarted;
    const typoSearchMs = await timeSearch(api, 'kubcon');
    const titleSearchMs = await timeSearch(api, 'Linkerd at KubeCon EU');

    collectGarbage();
    const after = process.memoryUsage();

    // One external edit of the newest post, as another editor would save it.
    const newest = list[0];
    if (!newest) throw new Error(`The site at ${siteRoot} has no posts.`);
    const file = join(siteRoot, newest.path);
    const original = await readFile(file, 'utf8');
    const event = new Promise<number>((resolve) => {
      const stop = workspace.onEvent((name) => {
        if (name !== 'index.changed') return;
        stop();
        resolve(performance.now());
      });
    });
    const changed = performance.now();
    await writeFile(file, original.replace(/^title: .*$/m, 'title: Changed by the bench'));
    const changeToEventMs = (await event) - changed;
    await writeFile(file, original);

    return {
      posts: list.length,
      firstListMs,
      fullIndexMs,
      watchingMs,
      heapMiB: mebibytes(after.heapUsed - before.heapUsed),
      rssMiB: mebibytes(after.rss - before.rss),
      searchMs,
      typoSearchMs,
      titleSearchMs,
      changeToEventMs,
    };
  } finally {
    await services.dispose();
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function timeSearch(api: Services['api'], query: string): Promise<number> {
  const started = performance.now();
  await api['posts.search']({ query });
  return performance.now() - started;
}

export async function benchOpenSite(siteRoot: string): Promise<OpenSiteFigures> {
  const figures = await measureOpenSite(siteRoot);
  console.log(`\n## opening the site in the workspace (${figures.posts} posts, ${siteRoot})`);
  console.log(`first list:                ${figures.firstListMs.toFixed(0)} ms`);
  console.log(`full index (all counts):   ${figures.fullIndexMs.toFixed(0)} ms`);
  console.log(`watcher ready:             ${figures.watchingMs.toFixed(0)} ms`);
  console.log(
    `memory kept:               heap +${figures.heapMiB.toFixed(0)} MiB, RSS +${figures.rssMiB.toFixed(0)} MiB`,
  );
  console.log(`search (two words):        ${figures.searchMs.toFixed(1)} ms`);
  console.log(`search (one typo, kubcon): ${figures.typoSearchMs.toFixed(1)} ms`);
  console.log(`search (a whole title):    ${figures.titleSearchMs.toFixed(1)} ms`);
  console.log(`external change → event:   ${figures.changeToEventMs.toFixed(0)} ms`);
  return figures;
}

if (process.argv[1] === import.meta.filename && process.argv[2]) {
  await benchOpenSite(process.argv[2]);
}
