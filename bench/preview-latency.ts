// Keystroke-to-preview latency in Chromium (issue 4): the post editor and the
// preview pane on one page, built with Vite under the app's own
// Content-Security-Policy; letters are typed into a paragraph in the middle
// of the post and each one is timed from its keydown to the moment the
// preview frame's DOM shows it (and to the next frame after that).
// Targets: p95 under 16 ms on the longest corpus post, under 50 ms on 500 KB.
// Run alone with `node --import tsx bench/preview-latency.ts`.
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Page } from '@playwright/test';
import { parsePost } from '../src/shared/post';
import { readMarkupSettings, type MarkupSettings } from '../src/shared/render';
import {
  corpus,
  corpusMarkup,
  corpusPosts,
  longestCorpusPost,
  openHarnessPage,
  percentile,
  typeLetters,
  until,
} from './harness-page';

const harness = join(import.meta.dirname, 'preview-latency');
const outDir = join(import.meta.dirname, '.work', 'preview-latency');

/** Letters typed per post, the first few not counted (the page warming up). */
const keys = 160;
const warmUp = 20;
/** Milliseconds between keystrokes: 25 letters a second, a fast typist's burst. */
const interval = 40;

interface Keystroke {
  index: number;
  keydown: number;
  dom: number | null;
  frame: number | null;
}

/** `app`: the post editor as the app mounts it; `bare`: CodeMirror with Markdown only. */
type Editor = 'app' | 'bare';

interface HarnessApi {
  open(text: string, markup: MarkupSettings, editor: Editor): void;
  previewSettled(millis: number): boolean;
  startParagraph(offset: number): void;
  shownLetters(): number;
  keystrokes(): Keystroke[];
  clearKeystrokes(): void;
  workerFallback(): boolean;
  threadBudget(): number;
}

/** The harness's hooks; written out in each page function, which runs in the page, not here. */
type BenchGlobal = { __bench: HarnessApi };

interface Figures {
  label: string;
  size: number;
  counted: number;
  dom: number[];
  frame: number[];
}

/**
 * Opens `text`, types letters into a new paragraph at the first blank line
 * from `from` (by default half way through the body), and times them.
 */
async function measure(
  page: Page,
  editor: Editor,
  label: string,
  text: string,
  markup: MarkupSettings,
  from?: number,
): Promise<Figures> {
  await page.evaluate(
    ([post, settings, kind]) =>
      (globalThis as unknown as BenchGlobal).__bench.open(post, settings, kind),
    [text, markup, editor] as const,
  );
  await until(
    page,
    () => page.evaluate(() => (globalThis as unknown as BenchGlobal).__bench.previewSettled(1000)),
    `${label} to show`,
  );

  const bodyFrom = text.length - parsePost(text).body.length;
  const start = from ?? bodyFrom + Math.floor((text.length - bodyFrom) / 2);
  const middle = text.indexOf('\n\n', start) + 2;
  await page.evaluate(
    (offset) => (globalThis as unknown as BenchGlobal).__bench.startParagraph(offset),
    middle,
  );
  await until(
    page,
    () => page.evaluate(() => (globalThis as unknown as BenchGlobal).__bench.shownLetters() === 0),
    'the marker paragraph',
  );

  await typeLetters(page, { keys, warmUp, interval });
  await until(
    page,
    () =>
      page.evaluate(
        (n) => (globalThis as unknown as BenchGlobal).__bench.shownLetters() >= n,
        keys,
      ),
    'the last letter',
  );
  await page.waitForTimeout(100);
  const strokes = await page.evaluate(() =>
    (globalThis as unknown as BenchGlobal).__bench.keystrokes(),
  );
  const done = strokes.filter((key) => key.dom !== null && key.frame !== null);
  return {
    label,
    size: text.length,
    counted: done.length,
    dom: done.map((key) => (key.dom ?? 0) - key.keydown),
    frame: done.map((key) => (key.frame ?? 0) - key.keydown),
  };
}

function report(figures: Figures, target: number): void {
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const p95 = percentile(figures.dom, 0.95);
  console.log(
    `${figures.label} (${(figures.size / 1000).toFixed(0)} kB, ${figures.counted} keystrokes): ` +
      `keydown → preview DOM p50 ${ms(percentile(figures.dom, 0.5))}, p95 ${ms(p95)}, max ${ms(Math.max(...figures.dom))}; ` +
      `→ next frame p50 ${ms(percentile(figures.frame, 0.5))}, p95 ${ms(percentile(figures.frame, 0.95))} ` +
      `(target p95 < ${target} ms: ${p95 < target ? 'met' : 'MISSED'})`,
  );
}

export async function benchPreviewLatency(): Promise<void> {
  console.log('\n## Preview latency in Chromium (keystroke to preview)');
  const posts = await corpusPosts();
  const { file: longestFile, text: longest } = await longestCorpusPost();
  let big = '---\ntitle: Half a megabyte of posts\n---\n';
  for (const file of posts) {
    if (big.length >= 500_000) break;
    big += `${parsePost(await readFile(file, 'utf8')).body}\n`;
  }
  const markup = readMarkupSettings({ markup: await corpusMarkup() });

  const { page, browser, problems, close } = await openHarnessPage(harness, outDir, {
    width: 1400,
  });
  try {
    const longestLabel = `longest corpus post ${relative(corpus, longestFile)}`;
    for (const editor of ['app', 'bare'] as const) {
      console.log(
        editor === 'app'
          ? "With the app's post editor (highlighting, completion, brackets, search…):"
          : 'With a bare CodeMirror (Markdown only), so the preview is most of the path:',
      );
      report(await measure(page, editor, longestLabel, longest, markup), 16);
      report(await measure(page, editor, 'corpus bodies put together', big, markup), 50);
    }
    // Footnotes are numbered across the page and listed at its end; the
    // paragraph typed in sits between the first citation and the last
    // definition, where footnotes once made the preview render it all as one part.
    const footnotes = /\[\^\w+\](?!:)/.exec(big)?.index ?? 0;
    console.log('Typing between the footnotes of the 500 kB post:');
    report(
      await measure(
        page,
        'app',
        'corpus bodies put together, between footnotes',
        big,
        markup,
        footnotes,
      ),
      50,
    );
    const fallback = await page.evaluate(() =>
      (globalThis as unknown as BenchGlobal).__bench.workerFallback(),
    );
    const threadBudget = await page.evaluate(() =>
      (globalThis as unknown as BenchGlobal).__bench.threadBudget(),
    );
    console.log(
      `typing one letter every ${interval} ms; parts over ${threadBudget} characters rendered ${fallback ? "on the page's thread too (the worker did not start)" : 'in the worker'}; ` +
        `Chromium ${browser.version()}`,
    );
    if (problems.length > 0) console.log(`page errors: ${problems.slice(0, 5).join(' | ')}`);
  } finally {
    await close();
  }
}

if (process.argv[1] === import.meta.filename) await benchPreviewLatency();
