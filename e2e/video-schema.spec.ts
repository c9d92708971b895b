import { expect, test, type Page } from '@playwright/test';
import { startJourneyServer, type JourneyServer } from './journey-server';
import {
  editorText,
  editorValue as text,
  openPost,
  openStudio,
  replaceInEditor,
} from './studio-page';

// The videoSchema editor (issue 8 §2) in Chromium through web mode, on a fresh
// copy of the sample site for each journey (unsaved text from one journey
// would otherwise come back as a backup in the next), failing on any error in
// the page's console.

// Each journey starts its own server (a build and a site copy): more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 120_000 });

let server: JourneyServer;
let problems: string[] = [];

test.beforeEach(async ({ page }) => {
  server = await startJourneyServer();
  problems = await openStudio(page, server.launchUrl);
  await openPost(page, /Four KubeCon EU 2021 talks/);
  await page.getByRole('tab', { name: 'Front matter' }).click();
  await expect(videoRows(page)).toHaveCount(4);
});

test.afterEach(async ({ page }) => {
  const seen = [...problems];
  // Closed before the server stops, so its open requests are not reported as errors.
  await page.close();
  await server?.stop();
  expect(seen, 'errors in the page console').toEqual([]);
});

const videoRows = (page: Page) => page.locator('.video-list > li');
const row = (page: Page, index: number) => videoRows(page).nth(index);

test('a duration typed as 12:34 is written PT12M34S, and undo in the text shows in the form', async ({
  page,
}) => {
  await expect(row(page, 0)).toContainText('31:26');
  await expect(row(page, 0)).toContainText('Complete');
  await row(page, 0)
    .getByRole('button', { name: /Why the future of the cloud/ })
    .click();
  const duration = row(page, 0).getByLabel('Duration');
  await expect(duration).toHaveValue('PT31M26S');
  await duration.fill('12:34');
  await expect(row(page, 0)).toContainText('Written as PT12M34S');
  await duration.press('Enter');
  await expect.poll(() => text(page)).toContain('      duration: PT12M34S\n');
  expect(await text(page)).not.toContain('PT31M26S');
  await expect(row(page, 0)).toContainText('12:34');
  // The field keeps what was typed while it has focus.
  await expect(duration).toHaveValue('12:34');

  await editorText(page).click();
  await page.keyboard.press('Control+z');
  await expect.poll(() => text(page)).toContain('      duration: PT31M26S\n');
  await expect(duration).toHaveValue('PT31M26S');
  await expect(row(page, 0)).toContainText('31:26');
});

test('a video added from its ID offline gets a section in the text', async ({ page }) => {
  const before = await text(page);
  await page
    .getByLabel('YouTube URL or video ID')
    .fill('https://www.youtube.com/watch?v=dQw4w9WgXcQ');
  await page.getByRole('button', { name: 'Add from YouTube' }).click();
  await expect(videoRows(page)).toHaveCount(5);
  const added = row(page, 4);
  // The site's convention: youtu.be embeds, thumbnails from i.ytimg.com.
  await expect
    .poll(() => text(page))
    .toContain(
      '    - embedUrl: https://youtu.be/dQw4w9WgXcQ\n      thumbnailUrl: https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg\n---',
    );
  await expect(added).toContainText('Has problems');
  await expect(added.getByText('Not filled in yet').first()).toBeVisible();
  const title = added.getByLabel('Title', { exact: true });
  await expect(title).toBeFocused();
  // Filled at once: letters typed one by one fall into one undo step or several, as
  // fast as the machine lets them come (CodeMirror groups changes 500 ms apart).
  await title.fill('Never gonna give you up');
  await expect
    .poll(() => text(page))
    .toContain('hqdefault.jpg\n      title: Never gonna give you up\n---');
  // Without an upload date it has problems; it is not in the body either.
  await expect(added).toContainText('No youtube shortcode in the text shows this video.');

  await added.getByRole('button', { name: 'Insert a section for it' }).click();
  await expect(added).not.toContainText('No youtube shortcode in the text shows this video.');
  const after = await text(page);
  expect(after).toContain(
    // After the last talk's section, which runs to the end of the post (its note included).
    '{{< /note >}}\n\n## Never gonna give you up\n\n{{< youtube "dQw4w9WgXcQ" >}}\n\n',
  );
  // One undo takes the section away, the next the title, then the entry.
  await editorText(page).click();
  await page.keyboard.press('Control+z');
  await expect.poll(() => text(page)).not.toContain('## Never gonna give you up');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await expect.poll(() => text(page)).toBe(before);
  await expect(videoRows(page)).toHaveCount(4);
});

test('two entries reordered with the keyboard take their sections with them', async ({ page }) => {
  const handle = row(page, 0).getByRole('button', { name: /Move video 1/ });
  await handle.focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(row(page, 0)).toContainText('Scheduling 68k COVID Tests');
  await expect(row(page, 1)).toContainText('Why the future of the cloud');
  // Focus follows the moved entry.
  await expect(row(page, 1).getByRole('button', { name: /Move video 2/ })).toBeFocused();
  const moved = await text(page);
  expect(moved.indexOf('- title: Scheduling 68k')).toBeLessThan(
    moved.indexOf('- title: Why the future'),
  );
  expect(moved.indexOf('## Why the future')).toBeLessThan(moved.indexOf('## Scheduling 68k'));

  await page.getByRole('button', { name: 'Move the sections too' }).click();
  await expect(page.getByRole('button', { name: 'Move the sections too' })).toHaveCount(0);
  const ordered = await text(page);
  expect(ordered.indexOf('## Scheduling 68k')).toBeLessThan(ordered.indexOf('## Why the future'));
  expect(ordered).toContain(
    '## Scheduling 68k COVID tests with Linkerd\n\n{{< youtube "dDW1OoTaMdU" >}}\n\nDom DePasquale',
  );
  expect(ordered).toContain('gained from it.\n\n## Rapid experimentation simplified with Linkerd');

  // Alt+Up brings it back.
  await row(page, 1)
    .getByRole('button', { name: /Move video 2/ })
    .focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(row(page, 0)).toContainText('Why the future of the cloud');
});

test('a video finding in the problems panel opens the form at its entry and field', async ({
  page,
}) => {
  await page.getByRole('tab', { name: 'Preview' }).click();
  await editorText(page).click();
  // Break the second entry's embedUrl in the text.
  await replaceInEditor(page, 'https://youtu.be/dDW1OoTaMdU', 'youtu.be/dDW1OoTaMdU');
  const finding = page
    .getByRole('region', { name: 'Problems' })
    .getByRole('button', { name: /The embedUrl of video 2/ });
  await finding.click();
  await expect(page.getByRole('tab', { name: 'Front matter', selected: true })).toBeVisible();
  const field = row(page, 1).getByLabel('Embed URL');
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('youtu.be/dDW1OoTaMdU');
  await expect(row(page, 1)).toContainText('is not a full web address starting with https://');
});

test('the rows are one list to the keyboard, each read with its place and state', async ({
  page,
}) => {
  const toggles = page.locator('.video-row-toggle');
  await toggles.first().focus();
  await page.keyboard.press('ArrowDown');
  await expect(toggles.nth(1)).toBeFocused();
  await expect(toggles.nth(1)).toHaveAccessibleName(/, video 2 of 4: .*, (Complete|Has problems)/);
  await page.keyboard.press('End');
  await expect(toggles.nth(3)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(toggles.nth(3)).toBeFocused();
  await page.keyboard.press('Home');
  await expect(toggles.first()).toBeFocused();
  await expect(toggles.first()).toHaveAccessibleName(
    /^Why the future of the cloud.*, video 1 of 4: 31:26, .*Complete$/,
  );
});
