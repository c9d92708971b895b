import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createServer, type ViteDevServer } from 'vite';
import { pagePolicy } from '../src/shared/security/page-policy';
import { metaPolicy } from '../src/main/web/security-headers';
import { rendererConfig } from '../scripts/renderer-config';
import { startJourneyServer, type JourneyServer } from './journey-server';

// The page's Content-Security-Policy, in both of the renderer's HTML files:
// the build's (strict, what the desktop app and the web mode serve) and the
// dev server's (`npm run dev`, which must allow Vite's injected styles).

const project = resolve(import.meta.dirname, '..');

/** Records every CSP violation the page reports, from before its first script runs. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  const logged: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) logged.push(message.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (globalThis as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return async () => [
    ...logged,
    ...(await page.evaluate(
      () => (globalThis as unknown as { cspViolations: string[] }).cspViolations,
    )),
  ];
}

test.describe('the built page', () => {
  let server: JourneyServer;
  test.beforeAll(async () => {
    server = await startJourneyServer({ cliDir: join(project, 'out', 'page-policy-cli') });
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test('carries the strict production policy in its meta tag', async () => {
    const html = await readFile(join(project, 'out', 'renderer', 'index.html'), 'utf8');
    const policy = metaPolicy(html);
    expect(policy).toBe(pagePolicy({ delivery: 'meta' }));
    expect(policy).not.toMatch(/unsafe|nonce/);
    expect(html).not.toContain('csp-nonce');
  });

  test('starts styled and with no CSP violation, opening a post included', async ({ page }) => {
    const violations = await watchViolations(page);
    await page.goto(server.launchUrl);
    await expect(page.getByRole('heading', { name: 'Recap Studio' })).toBeVisible();
    const list = page.getByRole('listbox', { name: 'Posts' });
    await list.getByRole('option').first().click();
    await expect(
      page.getByRole('tablist', { name: 'Open posts' }).getByRole('tab', { selected: true }),
    ).toBeVisible();
    // The theme's stylesheet applied (13px is its --font-size).
    expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('13px');
    expect(await violations()).toEqual([]);
  });
});

test.describe('the dev server page', () => {
  let dev: ViteDevServer;
  let url = '';
  test.beforeAll(async () => {
    dev = await createServer({
      ...rendererConfig(project),
      configFile: false,
      logLevel: 'error',
      server: { host: '127.0.0.1', port: 0, strictPort: false },
    });
    await dev.listen();
    url = dev.resolvedUrls?.local[0] ?? '';
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });
  test.afterAll(async () => {
    await dev?.close();
  });

  test("allows exactly the nonce Vite marks its injected code with, and no 'unsafe-'", async ({
    request,
  }) => {
    const html = await (await request.get(url)).text();
    const policy = metaPolicy(html) ?? '';
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1] ?? '';
    expect(nonce).not.toBe('');
    expect(policy).toContain(`script-src 'self' 'nonce-${nonce}'`);
    expect(policy).toContain(`style-src 'self' 'nonce-${nonce}'`);
    expect(policy).not.toContain('unsafe');
    expect(html).toContain(`<meta property="csp-nonce" nonce="${nonce}"`);
    // Every inline script Vite and React's refresh put in the page carries the nonce.
    for (const tag of html.match(/<script\b[^>]*>/g) ?? [])
      expect(tag).toContain(`nonce="${nonce}"`);
  });

  test('shows the app styled, with no CSP violation', async ({ page }) => {
    // Unbundled, the dev server transforms each of the app's modules on its first request.
    test.setTimeout(120_000);
    const violations = await watchViolations(page);
    await page.goto(url);
    await expect(page.locator('#root > *').first()).toBeAttached();
    // The stylesheet arrives as a <style> Vite injects from JavaScript: refused, the app is unstyled.
    await expect
      .poll(() => page.evaluate(() => getComputedStyle(document.body).fontSize), {
        timeout: 90_000,
      })
      .toBe('13px');
    expect(
      await page.evaluate(() =>
        [...document.querySelectorAll('style')].every((style) => style.nonce !== ''),
      ),
    ).toBe(true);
    expect(await violations()).toEqual([]);
  });
});
