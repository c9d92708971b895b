// Keystroke-to-preview latency in Chromium (issue 4): the post editor and the
// preview pane on one page, built with Vite under the app's own
// Content-Security-Policy; letters are typed into a paragraph in the middle
// of the post and each one is timed from its keydown to the moment the
// preview frame's DOM shows it (and to the next frame after that).
// Targets: p95 under 16 ms on the longest corpus post, under 50 ms on 500 KB.
// Run alone with `node --import tsx bench/preview-latency.ts`.
import { readFile, readdir, stat } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative, resolve, sep } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import react from '@vitejs/plugin-react';
import { parse as parseYaml } from 'yaml';
import { build } from 'vite';
import playwrightConfig from '../playwright.config';
import { metaPolicy, pagePolicy, securityHeaders } from '../src/main/web/security-headers';
import { parsePost } from '../src/shared/post';
import { readMarkupSettings, type MarkupSettings } from '../src/shared/render';

const root = resolve(import.meta.dirname, '..');
const corpus = join(root, 'test', 'fixtures', 'linkerd.io');
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

async function postFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const name of await readdir(dir)) {
    const path = join(dir, name);
    if ((await stat(path)).isDirectory()) found.push(...(await postFiles(path)));
    else if (name.endsWith('.md') && !name.startsWith('_')) found.push(path);
  }
  return found.sort();
}

/** Builds a harness page (`folder/index.html`) into `out` with the renderer's Content-Security-Policy in it. */
export async function buildHarness(folder = harness, out = outDir): Promise<string> {
  const appHtml = await readFile(join(root, 'src', 'renderer', 'index.html'), 'utf8');
  const policy = metaPolicy(appHtml);
  if (policy === null) throw new Error('src/renderer/index.html has no Content-Security-Policy.');
  await build({
    root: folder,
    base: './',
    logLevel: 'warn',
    configFile: false,
    plugins: [
      react(),
      {
        name: 'app-policy',
        transformIndexHtml: (html: string) =>
          html.replace(
            "<!-- The app's own Content-Security-Policy is put here at build time. -->",
            `<meta http-equiv="Content-Security-Policy" content="${policy}" />`,
          ),
      },
    ],
    build: {
      outDir: out,
      emptyOutDir: true,
      minify: process.env.BENCH_PROFILE ? false : undefined,
    },
  });
  return policy;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Serves a built harness with web mode's security headers. */
export async function serve(out = outDir): Promise<{ server: Server; url: string }> {
  const headers = securityHeaders(await pagePolicy(out));
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = resolve(out, `.${path === '/' ? '/index.html' : path}`);
    if (!file.startsWith(out + sep)) {
      response.writeHead(404).end();
      return;
    }
    stat(file).then(
      (info) => {
        response.writeHead(200, {
          ...headers,
          'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream',
          'Content-Length': String(info.size),
        });
        createReadStream(file).pipe(response);
      },
      () => response.writeHead(404, headers).end(),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

interface Figures {
  label: string;
  size: number;
  counted: number;
  dom: number[];
  frame: number[];
}

export function percentile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

export async function until(
  page: Page,
  test: () => Promise<boolean>,
  what: string,
  timeout = 60_000,
) {
  const deadline = Date.now() + timeout;
  while (!(await test())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}.`);
    await page.waitForTimeout(20);
  }
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

  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (let key = 0; key < keys; key++) {
    if (key === warmUp)
      await page.evaluate(() => (globalThis as unknown as BenchGlobal).__bench.clearKeystrokes());
    await page.keyboard.press(letters[key % letters.length] ?? 'a');
    await page.waitForTimeout(interval);
  }
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
  const posts = await postFiles(join(corpus, 'content', 'blog'));
  const sizes = await Promise.all(posts.map(async (file) => (await stat(file)).size));
  const longestIndex = sizes.indexOf(Math.max(...sizes));
  const longestFile = posts[longestIndex] ?? '';
  const longest = await readFile(longestFile, 'utf8');
  let big = '---\ntitle: Half a megabyte of posts\n---\n';
  for (const file of posts) {
    if (big.length >= 500_000) break;
    big += `${parsePost(await readFile(file, 'utf8')).body}\n`;
  }
  const markup = readMarkupSettings({
    markup: parseYaml(
      await readFile(join(corpus, 'config', '_default', 'markup.yaml'), 'utf8'),
    ) as unknown,
  });

  await buildHarness();
  const { server, url } = await serve();
  const launch = playwrightConfig.use?.launchOptions ?? {};
  const browser = await chromium.launch({
    ...launch,
    executablePath: launch.executablePath ?? '/usr/bin/chromium',
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error')
        problems.push(`${message.text()} (${message.location().url})`);
    });
    await page.goto(url);
    await until(
      page,
      () => page.evaluate(() => typeof (globalThis as unknown as BenchGlobal).__bench === 'object'),
      'the harness',
    );
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
    await browser.close();
    server.close();
  }
}

if (process.argv[1] === import.meta.filename) await benchPreviewLatency();
