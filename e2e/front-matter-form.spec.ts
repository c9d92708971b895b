import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startJourneyServer, type JourneyServer } from './journey-server';

// The front matter form (issue 8 §1 and §3), in Chromium through web mode, on
// a fresh copy of the sample site for each journey (text one leaves unsaved
// would come back as a backup in the next). Any console error fails a journey.

const posts = {
  retries: 'content/blog/2024/1105-retries-and-timeouts/index.md',
  icymi: 'content/blog/2019/0329-icymi-march-2019-meetup/index.md',
  welcome: 'content/blog/2025/0601-welcome-to-recap-studio/index.md',
};

let server: JourneyServer;
let problems: string[] = [];

test.beforeEach(async () => {
  server = await startJourneyServer();
  problems = [];
});

test.afterEach(async ({ page }) => {
  const seen = [...problems];
  // Closed before the server stops, so its open requests are not reported as errors.
  await page.close();
  await server?.stop();
  expect(seen, 'errors in the page console').toEqual([]);
});

const onePixelPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

const onDisk = (path: string) => readFile(join(server.site, path), 'utf8');
const editorText = (page: Page) => page.locator('.cm-content');
const form = (page: Page) => page.getByRole('form', { name: 'Front matter' });
const cursor = (page: Page) => page.getByLabel('Cursor position');

async function openFormOn(page: Page, title: RegExp): Promise<void> {
  problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.setViewportSize({ width: 1440, height: 900 });
  // This machine has no internet: video thumbnails in the preview get a stand-in image.
  await page.route(/^https:\/\/i\.ytimg\.com\//, (route) =>
    route.fulfill({ status: 200, contentType: 'image/png', body: onePixelPng }),
  );
  await page.goto(server.launchUrl);
  await page.getByRole('listbox', { name: 'Posts' }).getByRole('option', { name: title }).click();
  await expect(page.getByRole('tab', { name: title, selected: true })).toBeVisible();
  await page.getByRole('tab', { name: 'Front matter' }).click();
}

/** The text of the editor's line that starts with `start`. */
async function lineStarting(page: Page, start: string): Promise<string> {
  const lines = await editorText(page).locator('.cm-line').allTextContents();
  return lines.find((line) => line.startsWith(start)) ?? '';
}

test('type in the title field and in the text alternately without losing a character', async ({
  page,
}) => {
  await openFormOn(page, /Retries and timeouts/);
  const title = form(page).getByLabel('Title');
  await expect(title).toHaveValue('Retries and timeouts without touching your code');
  await expect(form(page).getByText('47 / 70')).toBeVisible();
  await page.screenshot({ path: '/tmp/recap-studio-front-matter-form.png' });

  // The form writes into the text, keystroke by keystroke.
  await title.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' in a mesh');
  await expect
    .poll(() => lineStarting(page, 'title:'))
    .toBe('title: Retries and timeouts without touching your code in a mesh');

  // The text, at the end of the body.
  await editorText(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\nTyped in the text.');

  // The field again, then the title's own line in the text.
  await title.click();
  await page.keyboard.press('End');
  await page.keyboard.type(', fast');
  await editorText(page).click();
  await page.keyboard.press('Control+Home');
  for (let line = 0; line < 3; line++) await page.keyboard.press('ArrowDown');
  // End moves to the next wrap point of a long line: press it until the line's end.
  for (let press = 0; press < 3; press++) await page.keyboard.press('End');
  await page.keyboard.type('!');
  await expect(title).toHaveValue(
    'Retries and timeouts without touching your code in a mesh, fast!',
  );
  await title.click();
  await page.keyboard.press('End');
  await page.keyboard.type('?');

  const text = await editorText(page).innerText();
  expect(text).toContain(
    'title: Retries and timeouts without touching your code in a mesh, fast!?',
  );
  expect(text).toContain('Typed in the text.');
  await expect(form(page).getByText('65 / 70')).toBeVisible();

  // Ctrl+Z in the form undoes the form's last edit in the text, and the field follows.
  await page.keyboard.press('Control+z');
  await expect(title).toHaveValue(
    'Retries and timeouts without touching your code in a mesh, fast!',
  );
  expect(await lineStarting(page, 'title:')).toBe(
    'title: Retries and timeouts without touching your code in a mesh, fast!',
  );

  // Saving from the form writes the text with only the title's line changed.
  const before = await onDisk(posts.retries);
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status', { name: 'Save state' })).toHaveText('Saved');
  const after = await onDisk(posts.retries);
  const changed = after.split('\n').filter((line, index) => line !== before.split('\n')[index]);
  expect(changed[0]).toBe(
    'title: Retries and timeouts without touching your code in a mesh, fast!',
  );
});

test('migrate the legacy sample post, review the diff, and save it', async ({ page }) => {
  await openFormOn(page, /ICYMI/);
  const banner = form(page).getByRole('region', { name: /older front matter shape/ });
  await expect(banner).toContainText('"author" moves to "params.author".');
  await expect(banner).toContainText('"featured" is removed');
  // The author of an older-shape post is edited where it is written.
  await expect(form(page).getByLabel('Author')).toHaveValue('kiersten');

  await banner.getByRole('button', { name: "Migrate to today's shape…" }).click();
  const dialog = page.getByRole('dialog', { name: "Migrate to today's shape" });
  await expect(dialog).toContainText("author: 'kiersten'");
  await page.screenshot({ path: '/tmp/recap-studio-migrate-dialog.png' });
  await expect(dialog).toContainText('featured: false');
  await dialog.getByRole('button', { name: 'Migrate' }).click();
  await expect(dialog).toBeHidden();
  await expect(banner).toBeHidden();

  const text = await editorText(page).innerText();
  expect(text).toContain("params:\n  author: 'kiersten'");
  expect(text).not.toContain('featured:');
  expect(text).not.toContain('enableVideoSchema');

  // One undoable edit: Ctrl+Z in the editor brings the old shape back, and again forward.
  await editorText(page).click();
  await page.keyboard.press('Control+z');
  await expect(banner).toBeVisible();
  expect(await lineStarting(page, 'author:')).toBe("author: 'kiersten'");
  await page.keyboard.press('Control+Shift+z');
  await expect(banner).toBeHidden();

  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status', { name: 'Save state' })).toHaveText('Saved');
  const saved = await onDisk(posts.icymi);
  expect(saved).toMatch(/\nparams:\n {2}author: 'kiersten'\n---\n/);
  expect(saved).not.toMatch(/^author:/m);
  const panel = page.getByRole('region', { name: 'Problems' });
  await expect(panel).not.toContainText('older front matter shape');
});

test('a YAML syntax error makes the form say so, with a button to the line', async ({ page }) => {
  await openFormOn(page, /Welcome to the sample blog/);
  await expect(form(page).getByLabel('Title')).toBeVisible();
  const text = await onDisk(posts.welcome);
  const titleLine = text.split('\n').findIndex((line) => line.startsWith('title:')) + 1;

  await editorText(page).click();
  await page.keyboard.press('Control+Home');
  for (let line = 1; line < titleLine; line++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  // ": " inside a plain value is not YAML.
  await page.keyboard.type(': oops');

  const unavailable = page.getByRole('alert').filter({ hasText: 'The form is not available' });
  await expect(unavailable).toBeVisible();
  await expect(form(page)).toBeHidden();
  await page.keyboard.press('Control+Home');
  await unavailable.getByRole('button', { name: /^Go to line \d+$/ }).click();
  await expect(editorText(page)).toBeFocused();
  const button = /Go to line (\d+)/.exec((await unavailable.innerText()) ?? '');
  await expect(cursor(page)).toContainText(`Ln ${button?.[1]},`);

  // Fixing the text brings the form back.
  await page.keyboard.press('Control+z');
  await expect(form(page).getByLabel('Title')).toBeVisible();
});
