// Prints the figures the foundation issue asks for: parse + schema validation
// against `hugo list all` on the same folders, and full `check` throughput.
// BENCH_POSTS sets the synthetic site's size (default 10,000).
import { join, resolve } from 'node:path';
import { buildCli, cliCheck, hugoListAll, prepareHugoListing, type Timing } from './measure';
import { makeSyntheticSite } from './synthetic-site';

const corpus = resolve(import.meta.dirname, '..', 'test', 'fixtures', 'linkerd.io');
const work = resolve(import.meta.dirname, '.work');
const syntheticPosts = Number(process.env['BENCH_POSTS'] ?? 10_000);

const runs = 3;

function rate(timing: Timing, unit = 'posts'): string {
  return `${timing.posts} ${unit} in ${timing.milliseconds.toFixed(0)} ms (${((timing.posts / timing.milliseconds) * 1000).toFixed(0)} ${unit}/s)`;
}

/** The median of `runs` timings, runs alternating with the other side's so both see the same machine. */
function median(timings: Timing[]): Timing {
  const sorted = [...timings].sort((a, b) => a.milliseconds - b.milliseconds);
  return sorted[Math.floor(sorted.length / 2)] as Timing;
}

async function benchSite(label: string, root: string): Promise<void> {
  console.log(`\n## ${label}`);
  const hugoOptions = await prepareHugoListing(root, join(work, 'hugo-list'));
  const hugoRuns: Timing[] = [];
  const ourRuns: Timing[] = [];
  for (let run = 0; run < runs; run += 1) {
    const hugo = hugoListAll(root, hugoOptions);
    if (hugo) hugoRuns.push(hugo);
    ourRuns.push(cliCheck(root, false));
  }
  const ours = median(ourRuns);
  console.log(`parse + schema validation: ${rate(ours)} (median of ${runs})`);
  if (hugoRuns.length > 0) {
    const hugo = median(hugoRuns);
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
  const check = cliCheck(root, true);
  console.log(`full check (markdownlint): ${rate(check)}`);
}

buildCli();
await benchSite('corpus (test/fixtures/linkerd.io)', corpus);
const synthetic = join(work, 'synthetic-site');
const made = await makeSyntheticSite(corpus, synthetic, syntheticPosts);
await benchSite(`synthetic site (${made} posts copied from the corpus, ${synthetic})`, synthetic);
console.log(
  `\nNode ${process.version}, heap used ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`,
);
await (await import('./open-site')).benchOpenSite(synthetic);
await (await import('./render')).benchRender();
await (await import('./preview-latency')).benchPreviewLatency();
