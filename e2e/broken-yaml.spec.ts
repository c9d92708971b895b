import { expect, test, type Page } from '@playwright/test';
import { startJourneyServer, type JourneyServer } from './journey-server';
import { editorText, openPost, openStudio } from './studio-page';

// Issue 15 §2: a recap whose front matter YAML is broken by one missing "]"
// shows one error that names the line where the list opened, and none of the
// video warnings a rule would give from front matter it could not read.
test.describe.configure({ timeout: 120_000 });

let server: JourneyServer;

test.beforeEach(async () => {
  server = await startJourneyServer();
});

test.afterEach(async ({ page }) => {
  await page.close();
  await server?.stop();
});

const panel = (page: Page) => page.getByRole('region', { name: 'Problems' });

test('one missing "]" in a recap gives one error at the list that opened, and no false warnings', async ({
  page,
}) => {
  const errors = await openStudio(page, server.launchUrl);
  await openPost(page, /Four KubeCon EU 2021 talks/);
  const editor = editorText(page);
  await expect(panel(page)).toContainText('0 errors, 0 warnings');

  // Line 9 is `keywords: [community, kubecon, recap]`: take its "]" away.
  const line = editor.locator('.cm-line').nth(8);
  await expect(line).toHaveText('keywords: [community, kubecon, recap]');
  await line.click();
  await page.keyboard.press('End');
  await page.keyboard.press('Backspace');
  await expect(line).toHaveText('keywords: [community, kubecon, recap');

  await expect(panel(page)).toContainText('1 error, 0 warnings');
  await expect(panel(page)).toContainText(
    'The list that starts at line 9 is never closed: add the missing "]" at its end.',
  );
  await expect(panel(page)).not.toContainText('videoSchema');

  // The form says it cannot show the front matter, rather than showing it empty.
  await page.getByRole('tab', { name: 'Front matter' }).click();
  await expect(page.getByRole('form', { name: 'Front matter' })).toHaveCount(0);
  await page.getByRole('button', { name: /Go to line/ }).click();
  await expect(page.getByLabel('Cursor position')).toContainText('Ln 9,');

  // Putting the "]" back brings the post back to no problems.
  await page.keyboard.press('End');
  await page.keyboard.type(']');
  await expect(panel(page)).toContainText('0 errors, 0 warnings');
  expect(errors, 'errors in the page console').toEqual([]);
});
