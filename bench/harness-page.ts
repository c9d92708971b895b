// What the Chromium latency benches share: building a harness page under the
// app's Content-Security-Policy, serving it with web mode's headers, opening
// it in Debian's Chromium, typing letters at a writer's pace, and the corpus
// posts and markup settings they type into.
import { createReadStream } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { parse as parseYaml } from 'yaml';
import playwrightConfig from '../playwright.config';
import { metaPolicy, pagePolicy, securityHeaders } from '../src/main/web/security-headers';

const root = resolve(import.meta.dirname, '..');
export const corpus = join(root, 'test', 'fixtures', 'linkerd.io');

/** The hooks every harness page sets on `globalThis.__bench`; each bench adds its own. */
interface KeystrokeHooks {
  clearKeystrokes(): void;
}
type HooksGlobal = { __bench: KeystrokeHooks };

/** Builds a harness page (`folder/index.html`) into `out` with the renderer's Content-Security-Policy in it. */
export async function buildHarness(folder: string, out: string): Promise<string> {
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
async function serve(out: string): Promise<{ server: Server; url: string }> {
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

/** A harness page open in Chromium, with the errors it logged; `close` ends the browser and the server. */
export interface HarnessPage {
  page: Page;
  browser: Browser;
  problems: string[];
  close(): Promise<void>;
}

/**
 * Builds the harness in `folder`, serves it and opens it in Chromium (with
 * the launch options of the Playwright config), once its hooks are set.
 * With `offlineThumbnails`, YouTube thumbnails fail at once: there is no
 * internet here, and waiting on it would be timed.
 */
export async function openHarnessPage(
  folder: string,
  out: string,
  options: { width: number; offlineThumbnails?: boolean },
): Promise<HarnessPage> {
  await buildHarness(folder, out);
  const { server, url } = await serve(out);
  const launch = playwrightConfig.use?.launchOptions ?? {};
  const browser = await chromium.launch({
    ...launch,
    executablePath: launch.executablePath ?? '/usr/bin/chromium',
  });
  const close = async () => {
    await browser.close();
    server.close();
  };
  try {
    const page = await browser.newPage({ viewport: { width: options.width, height: 900 } });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error')
        problems.push(`${message.text()} (${message.location().url})`);
    });
    if (options.offlineThumbnails)
      await page.route(/^https:\/\/i\.ytimg\.com\//, (route) => route.abort());
    await page.goto(url);
    await until(
      page,
      () => page.evaluate(() => typeof (globalThis as unknown as HooksGlobal).__bench === 'object'),
      'the harness',
    );
    return { page, browser, problems, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Types `keys` letters, one every `interval` ms (25 a second is a fast
 * typist's burst); the harness forgets the first `warmUp`, typed while the
 * page warms up.
 */
export async function typeLetters(
  page: Page,
  { keys, warmUp, interval }: { keys: number; warmUp: number; interval: number },
): Promise<void> {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (let key = 0; key < keys; key++) {
    if (key === warmUp)
      await page.evaluate(() => (globalThis as unknown as HooksGlobal).__bench.clearKeystrokes());
    await page.keyboard.press(letters[key % letters.length] ?? 'a');
    await page.waitForTimeout(interval);
  }
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

/** The corpus blog's posts (`_index.md` left out), in path order. */
export async function corpusPosts(dir = join(corpus, 'content', 'blog')): Promise<string[]> {
  const found: string[] = [];
  for (const name of await readdir(dir)) {
    const path = join(dir, name);
    if ((await stat(path)).isDirectory()) found.push(...(await corpusPosts(path)));
    else if (name.endsWith('.md') && !name.startsWith('_')) found.push(path);
  }
  return found.sort();
}

/** The longest post of the corpus blog: its file and text. */
export async function longestCorpusPost(): Promise<{ file: string; text: string }> {
  const posts = await corpusPosts();
  const sizes = await Promise.all(posts.map(async (file) => (await stat(file)).size));
  const file = posts[sizes.indexOf(Math.max(...sizes))] ?? '';
  return { file, text: await readFile(file, 'utf8') };
}

/** The `markup` settings of the corpus site's config, as written. */
export async function corpusMarkup(): Promise<Record<string, unknown>> {
  return parseYaml(
    await readFile(join(corpus, 'config', '_default', 'markup.yaml'), 'utf8'),
  ) as Record<string, unknown>;
}
