import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startJourneyServer, type JourneyServer } from './journey-server';
import { editorText, openPost, openStudio } from './studio-page';

// Export in web mode: the sample recap, with two warnings typed into it, is
// exported as a bundle into a folder picked in the page's own picker; the
// exported post passes `recap-studio check --strict` and Hugo builds it.

const project = resolve(import.meta.dirname, '..');
const cliDir = join(project, 'out', 'export-cli');
const recap = 'content/blog/2025/0506-kubecon-eu-2021-talks-recap';
const title = /Four KubeCon EU 2021 talks/;

let server: JourneyServer;
let home: string;

test.beforeAll(async () => {
  // The picker browses the home folder only: the server gets one of its own.
  home = await realpath(await mkdtemp(join(tmpdir(), 'recap-export-home-')));
  await mkdir(join(home, 'exports'));
  server = await startJourneyServer({ cliDir, env: { HOME: home } });
});

test.afterAll(async () => {
  await server?.stop();
  await rm(home, { recursive: true, force: true });
});

const dialog = (page: Page) => page.getByRole('dialog', { name: /Export:/ });

test('export the sample recap as a bundle into a picked folder', async ({ page }) => {
  const errors = await openStudio(page, server.launchUrl);
  await openPost(page, title);

  // Two blank lines too many at the end: markdownlint's MD012, a warning.
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('One more line.');
  await expect(editorText(page)).toContainText('One more line.');

  await page.keyboard.press('Control+Alt+x');
  const exporting = dialog(page);
  await expect(exporting).toBeVisible();
  const warnings = exporting.getByRole('region', { name: /warnings?$/ });
  await expect(warnings).toContainText('Multiple consecutive blank lines');
  await exporting.getByRole('button', { name: 'Choose folder…' }).click();
  await exporting.getByRole('button', { name: 'exports' }).click();
  // The picker has moved into it before it is chosen.
  await expect(exporting.getByText(join(home, 'exports'), { exact: true })).toBeVisible();
  await exporting.getByRole('button', { name: 'Export into this folder' }).click();
  await expect(exporting.getByText(join(home, 'exports'))).toBeVisible();

  // Warnings not acknowledged: Export waits.
  const exportButton = exporting.getByRole('button', { name: 'Export', exact: true });
  await expect(exportButton).toBeDisabled();
  await warnings.getByRole('checkbox', { name: /I have read the warnings/ }).check();
  await expect(exportButton).toBeEnabled();

  // Formatting clears them; the diff shows what the export changes.
  await exporting.getByRole('checkbox', { name: /Format the text/ }).check();
  await expect(exporting.getByRole('region', { name: /warnings?$/ })).toHaveCount(0);
  await expect(exporting.getByRole('region', { name: 'What will be written' })).toContainText(
    '0506-kubecon-eu-2021-talks-recap/index.md, with cover.png',
  );
  await expect(exportButton).toBeEnabled();
  await exportButton.click();
  await expect(exporting).toHaveCount(0);
  await expect(page.getByText(/was exported to .*index\.md\./)).toBeVisible();
  // Told as done, not as an error: its own colour, and "Done:" for screen readers.
  const told = page.getByRole('status').locator('.toast', { hasText: 'was exported to' });
  await expect(told).toHaveClass(/toast-success/);
  await expect(told.locator('p')).toHaveText(/^Done: .* was exported to /);
  expect(await told.evaluate((toast) => getComputedStyle(toast).borderLeftColor)).not.toBe(
    await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.className = 'toast toast-error';
      document.body.append(probe);
      const colour = getComputedStyle(probe).borderLeftColor;
      probe.remove();
      return colour;
    }),
  );

  const bundle = join(home, 'exports', '0506-kubecon-eu-2021-talks-recap');
  expect((await readdir(bundle)).sort()).toEqual(['cover.png', 'index.md']);
  const exported = readFileSync(join(bundle, 'index.md'), 'utf8');
  expect(exported).toContain('One more line.');
  expect(exported).not.toMatch(/\n\n\n/);
  // The source on disk is as it was: the export wrote only into the picked folder.
  expect(readFileSync(join(server.site, recap, 'index.md'), 'utf8')).not.toContain(
    'One more line.',
  );

  // The exported bundle goes into a site in the sample site's layout (its shortcodes,
  // its authors), where the check and Hugo look at it as the site's CI would.
  const hugoSite = join(home, 'hugo-site');
  await cp(join(project, 'resources', 'sample-site'), hugoSite, { recursive: true });
  await rm(join(hugoSite, 'content', 'blog'), { recursive: true });
  const placed = join(hugoSite, 'content', 'blog', '2025', '0506-kubecon-eu-2021-talks-recap');
  await cp(bundle, placed, { recursive: true });
  const inSite = join(placed, 'index.md');
  expect(readFileSync(inSite)).toEqual(readFileSync(join(bundle, 'index.md')));

  const check = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const { main } = await import(${JSON.stringify(join(cliDir, 'index.js'))});` +
        `process.exitCode = await main(process.argv.slice(1));`,
      'check',
      '--strict',
      inSite,
    ],
    { encoding: 'utf8' },
  );
  expect(check.stdout + check.stderr).toContain('0 errors, 0 warnings');
  expect(check.status).toBe(0);

  // Hugo builds it.
  const hugo = spawnSync('hugo', ['--source', hugoSite, '--destination', join(home, 'public')], {
    encoding: 'utf8',
  });
  expect(hugo.status, hugo.stderr).toBe(0);
  const page2025 = join(home, 'public', '2025', '05', '06', 'kubecon-eu-2021-talks-recap');
  expect(existsSync(join(page2025, 'index.html'))).toBe(true);
  expect(readFileSync(join(page2025, 'index.html'), 'utf8')).toContain(
    'Four KubeCon EU 2021 talks worth watching again',
  );
  expect(errors).toEqual([]);
});

/** Opens Export on the open post, picks `exports` and clicks Export. */
async function exportToPickedFolder(page: Page): Promise<void> {
  await page.keyboard.press('Control+Alt+x');
  const exporting = dialog(page);
  await exporting.getByRole('button', { name: 'Choose folder…' }).click();
  await exporting.getByRole('button', { name: 'exports' }).click();
  // The picker has moved into it before it is chosen.
  await expect(exporting.getByText(join(home, 'exports'), { exact: true })).toBeVisible();
  await exporting.getByRole('button', { name: 'Export into this folder' }).click();
  await exporting.getByRole('button', { name: 'Export', exact: true }).click();
}

test('refuses to replace an earlier export until asked', async ({ page }) => {
  const bundle = join(home, 'exports', '0506-kubecon-eu-2021-talks-recap');
  await rm(bundle, { recursive: true, force: true });
  // The first journey left its typing unsaved: the page offers it back; it is not wanted here.
  const offer = page.getByRole('dialog', { name: 'Unsaved changes from last time' });
  await page.addLocatorHandler(offer, () =>
    offer.getByRole('button', { name: 'Discard all' }).click(),
  );
  await openStudio(page, server.launchUrl);
  await openPost(page, title);
  await exportToPickedFolder(page);
  const exporting = dialog(page);
  await expect(exporting).toHaveCount(0);
  await writeFile(join(bundle, 'index.md'), 'edited by hand\n');

  await exportToPickedFolder(page);
  await expect(exporting.getByRole('alert')).toContainText('already exists');
  expect(readFileSync(join(bundle, 'index.md'), 'utf8')).toBe('edited by hand\n');
  await exporting.getByRole('button', { name: 'Replace it' }).click();
  await expect(exporting).toHaveCount(0);
  // Without options the export is the post on disk, byte for byte.
  expect(readFileSync(join(bundle, 'index.md'))).toEqual(
    readFileSync(join(server.site, recap, 'index.md')),
  );
});
