// How fast the pure text code is on its worst inputs, printed rather than
// asserted (a timed test fails on a busy machine): the shortcode scanner on a
// 500 KB body and on pathological inputs, and the front matter rules per post
// on the corpus. Run alone with `node --import tsx bench/text-speed.ts`.
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { parsePost } from '../src/shared/post';
import { hugoBuiltinShortcodes, scanShortcodes } from '../src/shared/shortcodes';
import { frontMatterRules } from '../src/shared/validate/rules/front-matter';
import type { PostContext } from '../src/shared/validate/types';

const corpus = resolve(import.meta.dirname, '..', 'test', 'fixtures', 'linkerd.io');

/** Milliseconds `work` takes, the best of `runs` after one warm-up. */
function best(work: () => void, runs = 5): number {
  work();
  let fastest = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    work();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

function postFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return postFiles(path);
    return entry.name === 'index.md' ? [path] : [];
  });
}

function benchScanner(): void {
  // linkerd.io's own paired shortcodes and Hugo's built-ins.
  const paired = new Set(['note', 'highlight', 'details']);
  const options = {
    usesInner: (name: string) =>
      paired.has(name) || (hugoBuiltinShortcodes.get(name)?.usesInner ?? undefined),
  };
  const section =
    '## Talk\n\nSome text about it, with `code` and {{ braces }}.\n\n{{< youtube "BWL4889RKhU" >}}\n\n{{< note >}}\nA note.\n{{< /note >}}\n\n';
  const inputs: [string, string][] = [
    ['a 500 KB recap body', section.repeat(Math.ceil(500_000 / section.length))],
    ['125k unclosed "{{< "', '{{< '.repeat(125_000)],
    ['85k "{{< a "', '{{< a '.repeat(85_000)],
    ['70k open quotes', '{{< a "'.repeat(70_000)],
    ['70k open backquotes', '{{< a `'.repeat(70_000)],
    ['20k opens, 20k wrong closes', '{{< note >}}'.repeat(20_000) + '{{< /x >}}'.repeat(20_000)],
    ['40k nested pairs', '{{< box >}}'.repeat(40_000) + '{{< /box >}}'.repeat(40_000)],
    ['80k comment openers', '{{</* '.repeat(80_000)],
  ];
  console.log('\n## Shortcode scanner (target: linear time; the 500 KB body under 100 ms)');
  for (const [label, input] of inputs) {
    const ms = best(() => scanShortcodes(input, options), 3);
    console.log(`${label} (${(input.length / 1000).toFixed(0)} kB): ${ms.toFixed(1)} ms`);
  }
}

function benchFrontMatterRules(): void {
  const authors = new Set(
    Object.keys(parse(readFileSync(join(corpus, 'data/authors.yaml'), 'utf8')) as object),
  );
  const context: PostContext = {
    path: 'content/blog/post/index.md',
    site: { authors, shortcodes: new Map(), markdownlint: { blog: null, default: null } },
    bundleFiles: null,
  };
  const docs = postFiles(join(corpus, 'content/blog')).map((file) =>
    parsePost(readFileSync(file, 'utf8')),
  );
  const rounds = 20;
  const ms = best(() => {
    for (let round = 0; round < rounds; round++)
      for (const doc of docs) frontMatterRules(doc, context);
  });
  console.log('\n## Front matter rules (target: well under 0.5 ms a post)');
  console.log(
    `${docs.length} corpus posts × ${rounds}: ${(ms / (rounds * docs.length)).toFixed(3)} ms a post`,
  );
}

export function benchTextSpeed(): void {
  benchScanner();
  benchFrontMatterRules();
}

if (process.argv[1] === import.meta.filename) benchTextSpeed();
