// Keystroke-in-the-form latency in Chromium (issue 8 §1): the app's editor,
// preview and front matter form on one page under the app's
// Content-Security-Policy, wired through one EditorSession as the main screen
// wires them; letters are typed into the form's title field of the longest
// corpus post, and each is timed from its keydown to the editor's text
// holding it, to the preview having taken that text, and to the next frame.
// Target: p95 under 16 ms. Run alone with `node --import tsx bench/form-title-latency.ts`.
import { join, relative } from 'node:path';
import {
  corpus,
  corpusMarkup,
  longestCorpusPost,
  openHarnessPage,
  percentile,
  typeLetters,
  until,
} from './harness-page';

const harness = join(import.meta.dirname, 'form-title-latency');
const outDir = join(import.meta.dirname, '.work', 'form-title-latency');

const keys = 120;
const warmUp = 20;
/** Milliseconds between keystrokes: 25 letters a second. */
const interval = 40;

interface Keystroke {
  index: number;
  keydown: number;
  editor: number | null;
  preview: number | null;
  frame: number | null;
}

interface HarnessApi {
  open(text: string, markup: Record<string, unknown>): Promise<void>;
  previewReady(): boolean;
  startTitle(): boolean;
  typedInText(): number;
  keystrokes(): Keystroke[];
  clearKeystrokes(): void;
}

type BenchGlobal = { __bench: HarnessApi };

export async function benchFormTitleLatency(): Promise<void> {
  console.log('\n## Form latency in Chromium (keystroke in the title field to text and preview)');
  const { file: longestFile, text } = await longestCorpusPost();
  const markup = await corpusMarkup();
  const { page, browser, problems, close } = await openHarnessPage(harness, outDir, {
    width: 1600,
    offlineThumbnails: true,
  });
  try {
    await page.evaluate(
      ([post, settings]) => (globalThis as unknown as BenchGlobal).__bench.open(post, settings),
      [text, markup] as const,
    );
    await until(
      page,
      () => page.evaluate(() => (globalThis as unknown as BenchGlobal).__bench.previewReady()),
      'the preview',
    );
    await until(
      page,
      () => page.evaluate(() => (globalThis as unknown as BenchGlobal).__bench.startTitle()),
      'the title field',
    );
    await typeLetters(page, { keys, warmUp, interval });
    await until(
      page,
      () =>
        page.evaluate(
          (n) => (globalThis as unknown as BenchGlobal).__bench.typedInText() >= n,
          keys,
        ),
      'the last letter in the text',
      20_000,
    );
    await page.waitForTimeout(100);
    const strokes = await page.evaluate(() =>
      (globalThis as unknown as BenchGlobal).__bench.keystrokes(),
    );
    const done = strokes.filter(
      (key) => key.editor !== null && key.preview !== null && key.frame !== null,
    );
    const ms = (value: number) => `${value.toFixed(1)} ms`;
    const after = (pick: (key: Keystroke) => number | null) =>
      done.map((key) => (pick(key) ?? 0) - key.keydown);
    const toEditor = after((key) => key.editor);
    const toPreview = after((key) => key.preview);
    const toFrame = after((key) => key.frame);
    const p95 = percentile(toPreview, 0.95);
    console.log(
      `longest corpus post ${relative(corpus, longestFile)} (${(text.length / 1000).toFixed(0)} kB, ${done.length} of ${keys - warmUp} keystrokes in the title): ` +
        `keydown → editor text p50 ${ms(percentile(toEditor, 0.5))}, p95 ${ms(percentile(toEditor, 0.95))}; ` +
        `→ preview updated p50 ${ms(percentile(toPreview, 0.5))}, p95 ${ms(p95)}, max ${ms(Math.max(...toPreview))}; ` +
        `→ next frame p50 ${ms(percentile(toFrame, 0.5))}, p95 ${ms(percentile(toFrame, 0.95))} ` +
        `(target p95 < 16 ms: ${p95 < 16 ? 'met' : 'MISSED'})`,
    );
    console.log(
      `typing one letter every ${interval} ms; the title is not part of the rendered body, so "preview updated" is when the preview's update with the new text has run; Chromium ${browser.version()}`,
    );
    if (problems.length > 0) console.log(`page errors: ${problems.slice(0, 5).join(' | ')}`);
  } finally {
    await close();
  }
}

if (process.argv[1] === import.meta.filename) await benchFormTitleLatency();
