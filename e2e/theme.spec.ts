import { expect, test, type Page } from '@playwright/test';
import { startJourneyServer, type JourneyServer } from './journey-server';
import { openPost, openStudio } from './studio-page';

// Switching the theme (issue 15 §4): from the command palette, the whole
// app and its preview turn light or dark whatever the system says, the
// choice outlives a reload, and "Follow the system's theme" undoes it.

let server: JourneyServer;

test.beforeAll(async () => {
  server = await startJourneyServer();
});

test.afterAll(async () => {
  await server?.stop();
});

const background = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => getComputedStyle(element).backgroundColor);
const previewTheme = (page: Page) =>
  page
    .frameLocator('iframe[title="Preview"]')
    .locator('html')
    .evaluate((root) => ({
      pinned: root.getAttribute('data-theme'),
      background: getComputedStyle(root).backgroundColor,
    }));

async function runFromPalette(page: Page, typed: string, command: RegExp): Promise<void> {
  await page.keyboard.press('Control+Shift+P');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await page.keyboard.type(typed);
  await expect(palette.getByRole('option').first()).toHaveText(command);
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
}

const white = 'rgb(255, 255, 255)';
const appDark = 'rgb(27, 30, 36)';
const previewDark = 'rgb(13, 17, 23)';

test('the theme switches from the palette, whatever the system says, and is kept', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  const errors = await openStudio(page, server.launchUrl);
  await openPost(page, /Welcome to the sample blog/);
  await expect.poll(() => background(page, 'body')).toBe(white);
  await expect.poll(() => background(page, '.cm-editor')).toBe(white);
  await expect.poll(async () => (await previewTheme(page)).background).toBe(white);

  // "dark" finds the command, and not "Compare with the file on disk".
  await runFromPalette(page, 'dark', /Switch theme: light or dark/);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(() => background(page, 'body')).toBe(appDark);
  await expect.poll(() => background(page, '.cm-editor')).toBe(appDark);
  await expect.poll(() => previewTheme(page)).toEqual({ pinned: 'dark', background: previewDark });

  // Kept for the next start, before the app is drawn.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('heading', { name: 'Recap Studio' })).toBeVisible();
  await expect.poll(() => background(page, 'body')).toBe(appDark);
  await openPost(page, /Welcome to the sample blog/);
  await expect.poll(() => background(page, '.cm-editor')).toBe(appDark);

  // Back to the system's, which is light here, and following it again.
  await runFromPalette(page, 'follow system', /Follow the system's theme/);
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  await expect.poll(() => background(page, 'body')).toBe(white);
  await expect.poll(() => previewTheme(page)).toEqual({ pinned: 'light', background: white });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => background(page, 'body')).toBe(appDark);
  await expect.poll(() => background(page, '.cm-editor')).toBe(appDark);
  await expect.poll(async () => (await previewTheme(page)).background).toBe(previewDark);
  expect(errors).toEqual([]);
});
