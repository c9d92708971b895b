import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startJourneyServer, type JourneyServer } from './journey-server';
import { editorText, openPost, openStudio, postList, replaceLine, saveState } from './studio-page';

// What a writer does on the main screen, in Chromium through web mode, on a
// copy of the sample site. The journeys share one server and run in order.
test.describe.configure({ mode: 'serial' });

const posts = {
  retries: 'content/blog/2024/1105-retries-and-timeouts/index.md',
  welcome: 'content/blog/2025/0601-welcome-to-recap-studio/index.md',
  icymi: 'content/blog/2019/0329-icymi-march-2019-meetup/index.md',
};

let server: JourneyServer;
let problems: string[] = [];

test.beforeAll(async () => {
  server = await startJourneyServer();
});

test.afterAll(async () => {
  await server?.stop();
});

test.afterEach(() => {
  expect(problems, 'errors in the page console').toEqual([]);
});

const onDisk = (path: string) => readFile(join(server.site, path), 'utf8');

async function openApp(page: Page): Promise<void> {
  problems = await openStudio(page, server.launchUrl);
}

const cursor = (page: Page) => page.getByLabel('Cursor position');

test('open a post, type, complete a shortcode, save with the keyboard', async ({ page }) => {
  await openApp(page);
  await expect(postList(page).getByRole('option')).toHaveCount(6);
  await openPost(page, /Retries and timeouts/);
  await expect(editorText(page)).toContainText('Requests fail.');
  await expect(saveState(page)).toHaveText('Saved');
  await page.screenshot({ path: '/tmp/recap-studio-main-screen.png' });

  // The preview shows the post as Hugo would, and follows the typing.
  const preview = page.frameLocator('iframe[title="Preview"]');
  await expect(preview.getByRole('heading', { name: 'Retries', exact: true })).toBeVisible();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\nBudgets keep retries in check.');
  await expect(preview.getByText('Budgets keep retries in check.')).toBeVisible();
  await page.keyboard.type('\n\n{{< no');
  await expect(saveState(page)).toHaveText('Unsaved changes');
  const completion = page.locator('.cm-tooltip-autocomplete');
  await expect(completion.getByRole('option', { name: /^note/ })).toBeVisible();
  // CodeMirror ignores Enter for 75 ms after the list opens, so a fast typist's Enter stays a newline.
  await page.waitForTimeout(150);
  await page.keyboard.press('Enter');
  await expect(completion).toBeHidden();
  // The post had one note already; the completion wrote the second, closer included.
  await expect(editorText(page).locator('.cm-line', { hasText: /^\{\{< note >\}\}$/ })).toHaveCount(
    2,
  );
  await page.keyboard.press('End');
  await page.keyboard.type('\nSet a budget.\n\n{{< /note >}}');
  await expect(
    page.getByRole('tab', { name: /Retries and timeouts.*unsaved changes/ }),
  ).toBeVisible();

  await page.keyboard.press('Control+S');
  await expect(saveState(page)).toHaveText('Saved');
  expect(await onDisk(posts.retries)).toContain(
    'Budgets keep retries in check.\n\n{{< note >}}\nSet a budget.\n\n{{< /note >}}',
  );
});

test('jump from a problem to its line', async ({ page }) => {
  await openApp(page);
  await openPost(page, /ICYMI/);
  const panel = page.getByRole('region', { name: 'Problems' });
  await expect(panel).toContainText('0 errors, 5 warnings');
  const text = await onDisk(posts.icymi);
  const line = text.slice(0, text.indexOf('{{< youtube')).split('\n').length;
  await panel.getByRole('button', { name: /has no entry in params\.videoSchema/ }).click();
  await expect(cursor(page)).toContainText(`Ln ${line},`);
  await expect(editorText(page)).toBeFocused();
  await expect(page.locator('.cm-selectionBackground').first()).toBeVisible();
});

test('a save with errors is refused and lists them; fixing them saves', async ({ page }) => {
  await openApp(page);
  const before = await onDisk(posts.welcome);
  await openPost(page, /Welcome to the sample blog/);
  await replaceLine(page, 2, 'date: someday');
  await page.keyboard.press('Control+S');

  const notice = page.getByRole('region', { name: 'Save refused' });
  await expect(notice).toContainText('Not saved: one error needs fixing first.');
  await expect(notice).toContainText('Hugo cannot read "someday" in "date" as a date');
  await expect(saveState(page)).toHaveText('Not saved: fix the errors');
  expect(await onDisk(posts.welcome)).toBe(before);

  await page.keyboard.press('Control+End');
  await notice.getByRole('button', { name: 'Line 2' }).click();
  await expect(cursor(page)).toContainText('Ln 2,');
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  await page.keyboard.type('date: 2025-06-02');
  await page.keyboard.press('Control+S');
  await expect(saveState(page)).toHaveText('Saved');
  await expect(notice).toBeHidden();
  expect(await onDisk(posts.welcome)).toContain('\ndate: 2025-06-02\n');
});

test('a conflict with the file on disk: compare, reload, then overwrite', async ({ page }) => {
  await openApp(page);
  await openPost(page, /Retries and timeouts/);
  await page.keyboard.press('Control+End');
  await page.keyboard.type('Mine.');

  // Another program changes the file while the text is unsaved.
  const disk = await onDisk(posts.retries);
  await writeFile(join(server.site, posts.retries), `${disk}\nTheirs.\n`);
  const conflict = page
    .getByRole('alert')
    .filter({ hasText: /another program changed this post/i });
  await expect(conflict).toContainText('while you had unsaved changes', { timeout: 10_000 });
  await expect(saveState(page)).toHaveText('Changed on disk');

  await conflict.getByRole('button', { name: /Compare/ }).click();
  const dialog = page.getByRole('dialog', { name: /Compare: Retries and timeouts/ });
  const diff = dialog.getByRole('region', { name: 'Differences from On disk to Yours' });
  await expect(diff.locator('.diff-removed')).toContainText(['Theirs.']);
  await expect(diff.locator('.diff-added')).toContainText(['Mine.']);
  await dialog.getByRole('radio', { name: 'One column' }).check();
  await expect(diff.locator('tr.diff-removed')).toContainText(['Theirs.']);
  await dialog.getByRole('button', { name: 'Reload from disk' }).click();
  await expect(dialog).toBeHidden();
  await expect(editorText(page)).toContainText('Theirs.');
  await expect(editorText(page)).not.toContainText('Mine.');
  await expect(saveState(page)).toHaveText('Saved');
  await expect(conflict).toBeHidden();

  // Again, and this time the user keeps their text.
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('Mine again.');
  const reloaded = await onDisk(posts.retries);
  await writeFile(join(server.site, posts.retries), reloaded.replace('Theirs.', 'Theirs again.'));
  await page.keyboard.press('Control+S');
  await expect(conflict).toBeVisible({ timeout: 10_000 });
  await conflict.getByRole('button', { name: /Overwrite with mine/ }).click();
  await expect(saveState(page)).toHaveText('Saved');
  const written = await onDisk(posts.retries);
  expect(written).toContain('Mine again.');
  expect(written).not.toContain('Theirs again.');
});

test('a clean post follows the disk, and a deleted one can be saved again', async ({ page }) => {
  await openApp(page);
  await openPost(page, /Welcome to the sample blog/);
  const disk = await onDisk(posts.welcome);
  await writeFile(
    join(server.site, posts.welcome),
    disk.replace('## Things to try', '## Things to try today'),
  );
  await expect(editorText(page)).toContainText('Things to try today', { timeout: 10_000 });
  await expect(saveState(page)).toHaveText('Saved');

  await rm(join(server.site, posts.welcome));
  const deleted = page.getByRole('alert').filter({ hasText: 'deleted on disk' });
  await expect(deleted).toContainText('This post was deleted on disk by another program.', {
    timeout: 10_000,
  });
  await expect(saveState(page)).toHaveText('Deleted on disk');
  await deleted.getByRole('button', { name: 'Save it again' }).click();
  await expect(saveState(page)).toHaveText('Saved');
  expect(await onDisk(posts.welcome)).toContain('## Things to try today');
});

test('find, open and switch posts with the keyboard alone', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('Control+P');
  await expect(page.getByRole('searchbox', { name: 'Search posts' })).toBeFocused();
  await page.keyboard.type('budget');
  // Searches the text too: "budget" is only in the body of the retries post.
  await expect(postList(page).getByRole('option')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(postList(page)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('tab', { name: /Retries and timeouts/, selected: true }),
  ).toBeVisible();
  await expect(editorText(page)).toBeFocused();

  await page.keyboard.press('Control+Shift+E');
  await expect(postList(page)).toBeFocused();
  await page.keyboard.press('Control+P');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Control+Shift+E');
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('tab', { name: /Welcome/, selected: true })).toBeVisible();
  await page.keyboard.press('Alt+PageDown');
  await expect(
    page.getByRole('tab', { name: /Retries and timeouts/, selected: true }),
  ).toBeVisible();
  await page.keyboard.press('Control+Alt+W');
  await expect(page.getByRole('tablist', { name: 'Open posts' }).getByRole('tab')).toHaveCount(1);
  await expect(page.getByRole('tab', { name: /Welcome/, selected: true })).toBeVisible();
});

test('the command palette lists commands with shortcuts and creates a post', async ({ page }) => {
  await openApp(page);
  await page.keyboard.press('Control+Shift+P');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette.getByRole('option', { name: /New post….*Ctrl\+Alt\+N/ })).toBeVisible();
  await expect(palette.getByRole('option', { name: /Find a post.*Ctrl\+P/ })).toBeVisible();
  // Saving needs an open post: the palette offers only what can be done now.
  await expect(palette.getByRole('option', { name: /Save post/ })).toHaveCount(0);
  await page.keyboard.type('new post');
  await expect(palette.getByRole('option').first()).toContainText('New post…');
  await page.keyboard.press('Enter');

  const dialog = page.getByRole('dialog', { name: 'New post' });
  await expect(dialog.getByLabel('Title')).toBeFocused();
  await page.keyboard.type('Journey test post');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('tab', { name: /Journey test post/, selected: true })).toBeVisible();
  await expect(postList(page).getByRole('option', { name: /Journey test post/ })).toBeVisible();
  const year = String(new Date().getFullYear());
  const folders = await readdir(join(server.site, 'content', 'blog', year));
  expect(folders.filter((name) => name.endsWith('-journey-test-post'))).toHaveLength(1);
});

test('unsaved text is backed up and offered again at the next start', async ({ page, browser }) => {
  await openApp(page);
  await openPost(page, /ICYMI/);
  await page.keyboard.press('Control+End');
  await page.keyboard.type('Words that were never saved.');
  await expect(saveState(page)).toHaveText('Unsaved changes');
  // The backup is written a second after the last edit; then the tab "crashes".
  await page.waitForTimeout(1800);
  await page.close({ runBeforeUnload: false });

  const context = await browser.newContext();
  const next = await context.newPage();
  try {
    await openApp(next);
    const dialog = next.getByRole('dialog', { name: 'Unsaved changes from last time' });
    await expect(dialog).toContainText('ICYMI: our March 2019 meetup');
    await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(next.getByRole('tab', { name: /ICYMI/, selected: true })).toBeVisible();
    await expect(editorText(next)).toContainText('Words that were never saved.');
    await expect(saveState(next)).toHaveText('Unsaved changes');
    await next.locator('.cm-content').click();
    await next.keyboard.press('Control+S');
    await expect(saveState(next)).toHaveText('Saved');
    expect(await onDisk(posts.icymi)).toContain('Words that were never saved.');
  } finally {
    await context.close();
  }
});
