// Prints the figures the foundation issue asks for: parse + schema validation
// against `hugo list all` on the same folders, and full `check` throughput.
// BENCH_POSTS sets the synthetic site's size (default 10,000).
// `npm run bench -- check` prints only the check figures.
import { join, resolve } from 'node:path';
import {
  buildCli,
  cliCheck,
  hugoListAll,
  prepareHugoListing,
  timingEnvironment,
  type Timing,
} from './measure';
import { makeSyntheticSite } from './synthetic-site';

const corpus = resolve(import.meta.dirname, '..', 'test', 'fixtures', 'linkerd.io');
const work = resolve(import.meta.dirname, '.work');
const syntheticPosts = Number(process.env['BENCH_POSTS'] ?? 10_000);

const runs = 5;
const onlyCheck = process.argv.slice(2).includes('check');

function rate(timing: Timing, unit = 'posts'): string {
  return `${timing.posts} ${unit} in ${timing.milliseconds.toFixed(0)} ms (${((timing.posts / timing.milliseconds) * 1000).toFixed(0)} ${unit}/s)`;
}

/** The median of `runs` timings, runs alternating with the other side's so both see the same machine. */
function median(timings: Timing[]): Timing {
  const sorted = [...timings].sort((a, b) => a.milliseconds - b.milliseconds);
  return sorted[Math.floor(sorted.length / 2)] as Timing;
}

interface SiteTimings {
  ours: Timing;
  hugo: Timing | null;
}

/** Our check and `hugo list all` on `root`, runs alternating so both see the same machine. */
async function timeBoth(root: string): Promise<SiteTimings> {
  const hugoOptions = await prepareHugoListing(root, join(work, 'hugo-list'));
  const hugoRuns: Timing[] = [];
  const ourRuns: Timing[] = [];
  for (let run = 0; run < runs; run += 1) {
    const hugo = hugoListAll(root, hugoOptions);
    if (hugo) hugoRuns.push(hugo);
    ourRuns.push(cliCheck(root, false));
  }
  return { ours: median(ourRuns), hugo: hugoRuns.length > 0 ? median(hugoRuns) : null };
}

/**
 * Prints the figures for one site, and the same less each program's
 * time on a site with no posts (`startUp`): what each spends on the posts
 * themselves rather than on starting and reading the config.
 */
async function benchSite(label: string, root: string, startUp: SiteTimings): Promise<void> {
  console.log(`\n## ${label}`);
  const { ours, hugo } = await timeBoth(root);
  console.log(`parse + schema validation: ${rate(ours)} (median of ${runs})`);
  if (hugo) {
    console.log(
      `hugo list all:             ${rate(hugo, 'pages')} (median of ${runs}; pages include section pages)`,
    );
    console.log(
      `ratio hugo / ours:         ${(hugo.milliseconds / ours.milliseconds).toFixed(2)}x (above 1 means we are faster)`,
    );
  } else {
    console.log(
      'hugo list all:             not measured (hugo is not installed: apt-get install -y hugo)',
    );
  }
  if (hugo && startUp.hugo) {
    const oursOnPosts = ours.milliseconds - startUp.ours.milliseconds;
    const hugoOnPosts = hugo.milliseconds - startUp.hugo.milliseconds;
    console.log(
      `less start-up:             ours ${oursOnPosts.toFixed(0)} ms, hugo ${hugoOnPosts.toFixed(0)} ms, ratio ${(hugoOnPosts / oursOnPosts).toFixed(2)}x`,
    );
  }
  const check = cliCheck(root, true);
  console.log(`full check (markdownlint): ${rate(check)}`);
}

buildCli();
const { note } = timingEnvironment();
if (note) console.log(note);
// The corpus's config, data and lint settings with no posts: each program's start-up.
const emptySite = join(work, 'empty-site');
await makeSyntheticSite(corpus, emptySite, 0);
const startUp = await timeBoth(emptySite);
console.log('\n## start-up: the corpus site with no posts');
console.log(
  `ours ${startUp.ours.milliseconds.toFixed(0)} ms, hugo list all ${startUp.hugo?.milliseconds.toFixed(0) ?? 'not measured'} ms (median of ${runs})`,
);
await benchSite('corpus (test/fixtures/linkerd.io)', corpus, startUp);
const synthetic = join(work, 'synthetic-site');
const made = await makeSyntheticSite(corpus, synthetic, syntheticPosts);
await benchSite(
  `synthetic site (${made} posts copied from the corpus, ${synthetic})`,
  synthetic,
  startUp,
);
console.log(
  `\nNode ${process.version}, heap used ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`,
);
if (onlyCheck) process.exit(0);
await (await import('./open-site')).benchOpenSite(synthetic);
(await import('./text-speed')).benchTextSpeed();
await (await import('./render')).benchRender();
await (await import('./preview-latency')).benchPreviewLatency();
await (await import('./form-latency')).benchFormLatency();
await (await import('./form-title-latency')).benchFormTitleLatency();
