// Keystroke-in-the-form latency in Chromium (issue 8): the post editor, the
// preview and the videoSchema editor on one page under the app's
// Content-Security-Policy; letters are typed into a video's title field in
// the form, and each is timed from its keydown to the editor's text holding
// it, to the preview's video card showing it, and to the next frame.
// Target: p95 under 16 ms on a post with 60 videoSchema entries.
// Run alone with `node --import tsx bench/form-latency.ts`; with
// BENCH_PROFILE=file.cpuprofile it also writes the page's CPU profile of the
// typing (unminified, for DevTools) to that file, with BENCH_TRACE=file.json
// a Chrome trace of it (layout, paint, tasks), and with BENCH_DETAIL=1 it
// splits each keystroke's time into waiting for the page and handling it.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { readMarkupSettings, type MarkupSettings } from '../src/shared/render';
import { corpusMarkup, openHarnessPage, percentile, typeLetters, until } from './harness-page';

const harness = join(import.meta.dirname, 'form-latency');
const outDir = join(import.meta.dirname, '.work', 'form-latency');

const entries = 60;
const keys = 120;
const warmUp = 20;
/** Milliseconds between keystrokes: 25 letters a second. */
const interval = 40;

interface Keystroke {
  index: number;
  keydown: number;
  handled: number;
  editor: number | null;
  dom: number | null;
  frame: number | null;
}

interface HarnessApi {
  open(text: string, markup: MarkupSettings): void;
  previewReady(): boolean;
  startTitle(index: number, title: string): void;
  titleFocused(): boolean;
  shownLetters(): number;
  keystrokes(): Keystroke[];
  clearKeystrokes(): void;
}

type BenchGlobal = { __bench: HarnessApi };

/** A recap of `count` talks, each described in params.videoSchema and shown in its own section. */
export function recapWithVideos(count: number): string {
  const id = (n: number) => `bv${String(n).padStart(8, '0')}A`;
  const entry = (n: number) =>
    [
      `    - title: Talk number ${n} of the day`,
      '      description: |-',
      `        What talk ${n} covered: a service mesh in production, retries, timeouts`,
      '        and mutual TLS without changing the code.',
      `      embedUrl: https://youtu.be/${id(n)}`,
      `      thumbnailUrl: https://i.ytimg.com/vi/${id(n)}/maxresdefault.jpg`,
      '      uploadDate: 2021-05-14',
      `      duration: PT${10 + (n % 40)}M${n % 60}S`,
    ].join('\n');
  const section = (n: number) =>
    `## Talk number ${n} of the day\n\n{{< youtube "${id(n)}" >}}\n\n` +
    `Talk ${n} showed how the team moved to a service mesh, what broke on the way, and\n` +
    'what they would do again. The recording is above; the slides are linked below.\n';
  const numbers = Array.from({ length: count }, (_, n) => n + 1);
  return (
    `---\ntitle: A day of ${count} talks\ndate: 2025-05-06T00:00:00Z\nparams:\n  author: jason\n  videoSchema:\n` +
    `${numbers.map(entry).join('\n')}\n---\n\nEvery talk of the day, with its recording.\n\n` +
    numbers.map(section).join('\n')
  );
}

async function measure(page: Page, text: string, markup: MarkupSettings, index: number) {
  await page.evaluate(
    ([post, settings]) => (globalThis as unknown as BenchGlobal).__bench.open(post, settings),
    [text, markup] as const,
  );
  await until(
    page,
    () => page.evaluate(() => (globalThis as unknown as BenchGlobal).__bench.previewReady()),
    'the preview',
  );
  const title = `Talk number ${index + 1} of the day`;
  await page.evaluate(
    ([at, base]) => (globalThis as unknown as BenchGlobal).__bench.startTitle(at, base),
    [index, title] as const,
  );
  await until(
    page,
    () => page.evaluate(() => (globalThis as unknown as BenchGlobal).__bench.titleFocused()),
    'the title field',
  );
  await page.keyboard.press('End');
  await typeLetters(page, { keys, warmUp, interval });
  await until(
    page,
    () =>
      page.evaluate(
        (n) => (globalThis as unknown as BenchGlobal).__bench.shownLetters() >= n,
        keys,
      ),
    'the last letter in the preview',
  );
  await page.waitForTimeout(100);
  const strokes = await page.evaluate(() =>
    (globalThis as unknown as BenchGlobal).__bench.keystrokes(),
  );
  return strokes.filter((key) => key.editor !== null && key.dom !== null && key.frame !== null);
}

export async function benchFormLatency(): Promise<void> {
  console.log(
    '\n## Form latency in Chromium (keystroke in a video title field to text and preview)',
  );
  const markup = readMarkupSettings({ markup: await corpusMarkup() });
  const { page, browser, problems, close } = await openHarnessPage(harness, outDir, {
    width: 1600,
    offlineThumbnails: true,
  });
  try {
    const text = recapWithVideos(entries);
    const cdp = process.env.BENCH_PROFILE ? await page.context().newCDPSession(page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    if (process.env.BENCH_TRACE)
      await browser.startTracing(page, {
        path: process.env.BENCH_TRACE,
        categories: ['devtools.timeline', 'blink.user_timing', 'v8.execute'],
      });
    const done = await measure(page, text, markup, entries / 2);
    if (process.env.BENCH_TRACE) await browser.stopTracing();
    if (cdp) {
      const { profile } = await cdp.send('Profiler.stop');
      const { writeFile } = await import('node:fs/promises');
      await writeFile(process.env.BENCH_PROFILE as string, JSON.stringify(profile));
    }
    const ms = (value: number) => `${value.toFixed(1)} ms`;
    const toEditor = done.map((key) => (key.editor ?? 0) - key.keydown);
    const toPreview = done.map((key) => (key.dom ?? 0) - key.keydown);
    const toFrame = done.map((key) => (key.frame ?? 0) - key.keydown);
    const p95 = percentile(toPreview, 0.95);
    console.log(
      `post with ${entries} videoSchema entries (${(text.length / 1000).toFixed(0)} kB, ${done.length} keystrokes in video ${entries / 2 + 1}'s title): ` +
        `keydown → editor text p50 ${ms(percentile(toEditor, 0.5))}, p95 ${ms(percentile(toEditor, 0.95))}; ` +
        `→ preview DOM p50 ${ms(percentile(toPreview, 0.5))}, p95 ${ms(p95)}, max ${ms(Math.max(...toPreview))}; ` +
        `→ next frame p50 ${ms(percentile(toFrame, 0.5))}, p95 ${ms(percentile(toFrame, 0.95))} ` +
        `(target p95 < 16 ms: ${p95 < 16 ? 'met' : 'MISSED'})`,
    );
    if (process.env.BENCH_DETAIL) {
      // Where the time goes: waiting for the page's thread, or the keystroke's own work.
      const waited = done.map((key) => key.handled - key.keydown);
      const worked = done.map((key) => (key.dom ?? 0) - key.handled);
      console.log(
        `keydown → handler p50 ${ms(percentile(waited, 0.5))}, p95 ${ms(percentile(waited, 0.95))}; ` +
          `handler → preview DOM p50 ${ms(percentile(worked, 0.5))}, p95 ${ms(percentile(worked, 0.95))}`,
      );
    }
    console.log(`typing one letter every ${interval} ms; Chromium ${browser.version()}`);
    const real = problems.filter((problem) => !problem.includes('ERR_FAILED'));
    if (real.length > 0) console.log(`page errors: ${real.slice(0, 5).join(' | ')}`);
  } finally {
    await close();
  }
}

if (process.argv[1] === import.meta.filename) await benchFormLatency();
