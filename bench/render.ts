// Preview rendering figures (issue 4): render time per post over the corpus
// next to Hugo's build of the same posts in the same run, and render time of
// the longest corpus post and of a 500 KB post.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createNodePurify } from '../src/main/cli/render';
import { main } from '../src/main/cli/index';
import { listMarkdownFiles, openSite } from '../src/main/services/site';
import { readSiteConfig } from '../src/main/services/site-config';
import { parsePost } from '../src/shared/post';
import { IncrementalRenderer } from '../src/shared/preview';
import {
  readMarkupSettings,
  renderPostBody,
  sanitizePreviewHtml,
  type RenderOptions,
} from '../src/shared/render';
import { hugoVersion, renderWithHugo } from '../test/hugo-diff/oracle/render';

const corpus = resolve(import.meta.dirname, '..', 'test', 'fixtures', 'linkerd.io');

interface Summary {
  mean: number;
  p50: number;
  p95: number;
  max: number;
  total: number;
}

function summarize(milliseconds: number[]): Summary {
  const sorted = [...milliseconds].sort((a, b) => a - b);
  const at = (q: number): number =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const total = sorted.reduce((sum, value) => sum + value, 0);
  return { mean: total / sorted.length, p50: at(0.5), p95: at(0.95), max: at(1), total };
}

const ms = (value: number): string => `${value.toFixed(value < 10 ? 2 : 1)} ms`;

function time(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

const footnoteDefinition = /^ {0,3}\[\^[^\]]+\]:/m;

/**
 * Typing `keystrokes` characters one by one into the middle of `body`, each
 * followed by an incremental render, as the preview does while typing.
 * Returns the time of each render and how the page was cut.
 */
function typeInto(
  body: string,
  options: RenderOptions,
  keystrokes: number,
): { times: number[]; parts: number; changed: number } {
  const renderer = new IncrementalRenderer();
  const settings = { markup: options.markup, shortcodes: options.shortcodes };
  renderer.update(body, settings);
  let text = body;
  let at = text.indexOf('\n\n', Math.floor(text.length / 2));
  if (at === -1) at = Math.floor(text.length / 2);
  const times: number[] = [];
  let last = { parts: 0, changed: 0 };
  for (let key = 0; key < keystrokes; key++) {
    text = `${text.slice(0, at)}x${text.slice(at)}`;
    at++;
    const started = performance.now();
    const { parts, patch } = renderer.update(text, settings);
    times.push(performance.now() - started);
    last = { parts: parts.html.length, changed: patch.insert.length };
  }
  return { times, ...last };
}

/** Corpus bodies concatenated up to `bytes` of UTF-8, cut at a line end. */
function bigPost(bodies: string[], bytes: number): string {
  const encoder = new TextEncoder();
  let text = '';
  for (let i = 0; encoder.encode(text).length < bytes; i++) {
    text += `${bodies[i % bodies.length] ?? ''}\n\n`;
  }
  while (encoder.encode(text).length > bytes)
    text = text.slice(0, text.lastIndexOf('\n', text.length - 2) + 1);
  return text;
}

export async function benchRender(): Promise<void> {
  console.log('\n## preview rendering (src/shared/render)');
  const site = await openSite(corpus);
  const markup = readMarkupSettings(await readSiteConfig(site.root));
  const blog = join(site.contentDir, 'blog');
  const files = (await listMarkdownFiles(blog)).filter((file) => !file.endsWith('_index.md'));
  const bodies = await Promise.all(
    files.map(async (file) => parsePost(await readFile(file, 'utf8')).body),
  );
  const options: RenderOptions = { markup, shortcodes: site.facts.shortcodes, sourceLines: true };
  const purify = await createNodePurify();

  // Warm-up: the first pass compiles the renderer's code paths.
  for (const body of bodies) renderPostBody(body, options);

  const rounds = 5;
  const perPost: number[] = [];
  const perPostSanitized: number[] = [];
  const passes: number[] = [];
  for (let round = 0; round < rounds; round++) {
    let pass = 0;
    for (const body of bodies) {
      let html = '';
      const rendering = time(() => (html = renderPostBody(body, options).html));
      const sanitizing = time(() => sanitizePreviewHtml(html, purify));
      perPost.push(rendering);
      perPostSanitized.push(rendering + sanitizing);
      pass += rendering;
    }
    passes.push(pass);
  }
  const render = summarize(perPost);
  const sanitized = summarize(perPostSanitized);
  const pass = summarize(passes);
  console.log(
    `render per post (${bodies.length} posts x ${rounds}): mean ${ms(render.mean)}, p95 ${ms(render.p95)}, max ${ms(render.max)}; ` +
      `one pass over the corpus ${ms(pass.p50)} (median of ${rounds})`,
  );
  console.log(
    `render + sanitize (DOMPurify on jsdom): mean ${ms(sanitized.mean)}, p95 ${ms(sanitized.p95)} per post`,
  );

  const work = await mkdtemp(join(tmpdir(), 'bench-render-'));
  try {
    if (hugoVersion()) {
      const hugoRuns: number[] = [];
      const cliRuns: number[] = [];
      for (let run = 0; run < 3; run++) {
        hugoRuns.push(
          time(() =>
            renderWithHugo(
              blog,
              join(work, `hugo-${run}`),
              join(corpus, 'config/_default/markup.yaml'),
            ),
          ),
        );
        const started = performance.now();
        await main(['render', '.', '--out', join(work, `preview-${run}`)], {
          cwd: blog,
          stdout: () => {},
          stderr: (text) => process.stderr.write(text),
        });
        cliRuns.push(performance.now() - started);
      }
      const hugo = summarize(hugoRuns);
      const cli = summarize(cliRuns);
      console.log(
        `hugo build of the same posts (reference renderer, process start included): ${ms(hugo.p50)} (median of 3), ` +
          `${ms(hugo.p50 / bodies.length)} per post`,
      );
      console.log(
        `recap-studio render --out of the same posts (in-process, read + render + sanitize + write): ${ms(cli.p50)} (median of 3); ` +
          `ratio hugo / ours ${(hugo.p50 / cli.p50).toFixed(2)}x, hugo / render only ${(hugo.p50 / pass.p50).toFixed(2)}x`,
      );
    } else {
      console.log(
        'hugo build of the same posts: not measured (hugo is not installed: apt-get install -y hugo)',
      );
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }

  const longest = bodies.reduce((a, b) => (b.length > a.length ? b : a), '');
  const kilobytes = (text: string): string =>
    `${(new TextEncoder().encode(text).length / 1024).toFixed(0)} KB`;
  const whole = (text: string, runs: number): Summary =>
    summarize(Array.from({ length: runs }, () => time(() => renderPostBody(text, options))));
  const typing = (label: string, text: string): void => {
    const typed = typeInto(text, options, 60);
    const summary = summarize(typed.times);
    console.log(
      `${label}: keystroke re-render (incremental) p50 ${ms(summary.p50)}, p95 ${ms(summary.p95)} ` +
        `(60 keystrokes; the last changed ${typed.changed} of ${typed.parts} parts)`,
    );
  };

  const longestWhole = whole(longest, 50);
  console.log(
    `longest corpus post (${kilobytes(longest)}): whole render p50 ${ms(longestWhole.p50)}, p95 ${ms(longestWhole.p95)} (50 renders)`,
  );
  typing(`longest corpus post (${kilobytes(longest)})`, longest);

  const withoutFootnotes = bodies.filter((body) => !footnoteDefinition.test(body));
  const big = bigPost(withoutFootnotes, 500 * 1024);
  const bigWhole = whole(big, 20);
  console.log(
    `500 KB post (corpus posts end to end): whole render p50 ${ms(bigWhole.p50)}, p95 ${ms(bigWhole.p95)} (20 renders)`,
  );
  typing('500 KB post', big);
  const bigWithNotes = bigPost(bodies, 500 * 1024);
  typing('500 KB post with footnotes', bigWithNotes);
}
