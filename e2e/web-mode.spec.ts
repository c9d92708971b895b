import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { serveFolder } from './static-server';

// The journey of `npm run web`: the built server on a small copy of linkerd.io,
// opened in Chromium with the address it prints.

const project = resolve(import.meta.dirname, '..');
const corpus = join(project, 'test', 'fixtures', 'linkerd.io');
const posts = ['2024/0312-edge-release-roundup', '2021/0617-may-community-meeting-recap-part-1'];

let temp: string;
let site: string;
let server: ChildProcess;
let launchUrl: string;
let origin: string;
let output = '';

test.beforeAll(async () => {
  expect(
    existsSync(join(project, 'out', 'renderer', 'index.html')),
    'the renderer is built (npm run test:e2e builds it)',
  ).toBe(true);
  // npm run test:e2e builds the renderer only; the server is the CLI bundle's second entry.
  const build = spawnSync(
    'npx',
    ['vite', 'build', '--config', 'vite.cli.config.ts', '--logLevel', 'error'],
    { cwd: project, encoding: 'utf8' },
  );
  expect(build.status, build.stderr).toBe(0);

  temp = await mkdtemp(join(tmpdir(), 'recap-web-e2e-'));
  site = join(temp, 'site');
  for (const part of ['config', 'data', 'archetypes'])
    await cp(join(corpus, part), join(site, part), { recursive: true });
  for (const post of posts)
    await cp(join(corpus, 'content', 'blog', post), join(site, 'content', 'blog', post), {
      recursive: true,
    });
  site = await realpath(site);

  server = spawn(process.execPath, [join(project, 'out', 'cli', 'web.js'), site], {
    cwd: project,
    env: { ...process.env, RECAP_STUDIO_DATA_DIR: join(temp, 'data') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errors = '';
  server.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  launchUrl = await new Promise<string>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`No address after 20 s. ${errors}`)), 20_000);
    server.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /^Recap Studio web mode: (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{43})\n/.exec(
        output,
      );
      if (match) {
        clearTimeout(timer);
        done(match[1]!);
      }
    });
    server.once('exit', (code) => fail(new Error(`The server exited (${code}). ${errors}`)));
  });
  origin = new URL(launchUrl).origin;
});

test.afterAll(async () => {
  if (server && server.exitCode === null) server.kill('SIGKILL');
  if (temp) await rm(temp, { recursive: true, force: true });
});

test('web mode: the printed address signs the page in, and the contract works from it', async ({
  page,
  context,
  playwright,
}) => {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));

  await page.goto(launchUrl);
  // The token was swapped for a cookie and is gone from the address bar.
  expect(page.url()).toBe(`${origin}/`);
  await expect(page.getByRole('heading', { name: 'Recap Studio' })).toBeVisible();
  const [cookie] = await context.cookies(origin);
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
  expect(await page.evaluate(() => document.cookie)).toBe('');

  // What createClient's HTTP transport does: POST JSON, same-origin credentials.
  const call = (channel: string, args: unknown) =>
    page.evaluate(
      async ([channel, args]) => {
        const response = await fetch(`/api/${channel}`, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(args),
        });
        return { status: response.status, body: await response.json() };
      },
      [channel, args] as const,
    );
  const current = await call('workspace.current', {});
  expect(current.status).toBe(200);
  expect(current.body).toMatchObject({ ok: true, data: { root: site, kind: 'hugo' } });
  const list = await call('posts.list', {});
  expect(list.body.ok).toBe(true);
  expect(list.body.data).toHaveLength(posts.length);
  expect((await call('posts.read', { path: '../../etc/passwd' })).body).toMatchObject({
    ok: false,
    error: { code: 'outside-workspace' },
  });

  // Main's events reach the page through EventSource when another program adds a post.
  await page.evaluate(() => {
    const w = window as unknown as { seen: string[] };
    w.seen = [];
    const source = new EventSource('/api/events');
    for (const name of ['files.changed', 'index.changed'])
      source.addEventListener(name, (event) => w.seen.push(`${name} ${event.data}`));
    return new Promise((done) => source.addEventListener('open', done));
  });
  await mkdir(join(site, 'content', 'blog', '2024', '0601-added-elsewhere'));
  await writeFile(
    join(site, 'content', 'blog', '2024', '0601-added-elsewhere', 'index.md'),
    '---\ntitle: Added elsewhere\ndate: 2024-06-01\n---\nHello.\n',
  );
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { seen: string[] }).seen.join('\n')), {
      timeout: 10_000,
    })
    .toMatch(/0601-added-elsewhere|index\.changed/);

  expect(problems).toEqual([]);

  // Without the cookie: 401, for calls and for the page.
  const anonymous = await page.evaluate(async () => {
    const response = await fetch('/api/workspace.current', {
      method: 'POST',
      credentials: 'omit',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    return response.status;
  });
  expect(anonymous).toBe(401);
  const stranger = await playwright.request.newContext();
  try {
    expect((await stranger.get(`${origin}/`)).status()).toBe(401);
    expect(
      (await stranger.post(`${origin}/api/posts.create`, { data: { title: 'Nope' } })).status(),
    ).toBe(401);
  } finally {
    await stranger.dispose();
  }
});

test("another local site's page cannot create a post with a text/plain POST", async ({
  page,
  context,
}) => {
  await page.goto(launchUrl);
  // A page from another port of 127.0.0.1 is the same site: the SameSite cookie
  // rides along, and only the server's Origin check stands in the way.
  // (Chromium blocks public sites' requests to loopback before they leave.)
  const strangerDir = join(temp, 'stranger');
  await mkdir(strangerDir);
  await writeFile(join(strangerDir, 'index.html'), '<!doctype html><title>stranger</title>');
  const stranger = await serveFolder(strangerDir);
  try {
    const evil = await context.newPage();
    await evil.goto(stranger.url);
    const outcomes: string[] = [];
    evil.on('response', (response) => {
      if (response.url().startsWith(origin)) outcomes.push(String(response.status()));
    });
    evil.on('requestfailed', (request) => {
      if (request.url().startsWith(origin)) outcomes.push(request.failure()?.errorText ?? '');
    });
    await evil.evaluate(async (target) => {
      for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
        await fetch(`${target}/api/posts.create`, {
          method: 'POST',
          mode: 'no-cors',
          credentials: 'include',
          headers: { 'Content-Type': type },
          body: '{"title":"Planted by another site"}',
        }).catch(() => null);
      }
    }, origin);
    // The server answered (its Cross-Origin-Resource-Policy then hides even the status).
    await expect.poll(() => outcomes.length).toBe(2);
    for (const outcome of outcomes) expect(outcome).toMatch(/^(403|net::ERR_BLOCKED_BY_RESPONSE)/);
  } finally {
    await stranger.close();
  }
  const blog2024 = await readdir(join(site, 'content', 'blog', '2024'));
  expect(blog2024.filter((name) => name.includes('planted'))).toEqual([]);
  const found = await page.evaluate(async () => {
    const response = await fetch('/api/posts.search', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"query":"Planted"}',
    });
    return response.json();
  });
  expect(found).toEqual({ ok: true, data: { paths: [], matches: [] } });
});

test('Ctrl+C stops the server cleanly, and it printed one line only', async () => {
  const exited = new Promise<number | null>((done) => server.once('exit', (code) => done(code)));
  server.kill('SIGINT');
  expect(await exited).toBe(0);
  expect(output).toBe(`Recap Studio web mode: ${launchUrl}\n`);
});
