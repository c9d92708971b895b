// Prints the figures the foundation issue asks for: parse + schema validation
// against `hugo list all` on the same folders, and full `check` throughput.
// BENCH_POSTS sets the synthetic site's size (default 10,000).
import { join, resolve } from 'node:path';
import {
  fullCheck,
  hugoListAll,
  parseAndValidate,
  prepareHugoListing,
  type Timing,
} from './measure';
import { makeSyntheticSite } from './synthetic-site';

const corpus = resolve(import.meta.dirname, '..', 'test', 'fixtures', 'linkerd.io');
const work = resolve(import.meta.dirname, '.work');
const syntheticPosts = Number(process.env['BENCH_POSTS'] ?? 10_000);

function rate(timing: Timing): string {
  return `${timing.posts} posts in ${timing.milliseconds.toFixed(0)} ms (${((timing.posts / timing.milliseconds) * 1000).toFixed(0)} posts/s)`;
}

async function benchSite(label: string, root: string): Promise<void> {
  console.log(`\n## ${label}`);
  const hugo = hugoListAll(root, await prepareHugoListing(root, join(work, 'hugo-list')));
  const ours = await parseAndValidate(root);
  console.log(
    `parse + schema validation: ${rate(ours)}; parsing and rules alone ${ours.parseOnly.toFixed(0)} ms`,
  );
  if (hugo) {
    console.log(`hugo list all:             ${rate(hugo)}`);
    console.log(
      `ratio hugo / ours:         ${(hugo.milliseconds / ours.milliseconds).toFixed(2)}x (above 1 means we are faster)`,
    );
  } else {
    console.log(
      'hugo list all:             not measured (hugo is not installed: apt-get install -y hugo)',
    );
  }
  const check = await fullCheck(root);
  console.log(`full check (markdownlint): ${rate(check)}`);
}

await benchSite('corpus (test/fixtures/linkerd.io)', corpus);
const synthetic = join(work, 'synthetic-site');
const made = await makeSyntheticSite(corpus, synthetic, syntheticPosts);
await benchSite(`synthetic site (${made} posts copied from the corpus, ${synthetic})`, synthetic);
console.log(
  `\nNode ${process.version}, heap used ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MiB`,
);
