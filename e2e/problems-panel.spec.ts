import { expect, test, type Page } from '@playwright/test';
import { startJourneyServer, type JourneyServer } from './journey-server';
import {
  editorText,
  editorValue,
  openPost,
  openStudio,
  replaceInEditor,
  saveState,
} from './studio-page';

// The problems panel (issue 15 §2) in Chromium through web mode: a quick fix
// from the panel, hiding and showing it, and its size after a reload.

test.describe.configure({ timeout: 120_000 });

let server: JourneyServer;
let errors: string[] = [];

test.beforeEach(async ({ page }) => {
  server = await startJourneyServer();
  errors = await openStudio(page, server.launchUrl);
});

test.afterEach(async ({ page }) => {
  const seen = [...errors];
  await page.close({ runBeforeUnload: false });
  await server?.stop();
  expect(seen, 'errors in the page console').toEqual([]);
});

const problems = (page: Page) => page.getByRole('region', { name: 'Problems' });

test('a quick fix from the problems panel: "did you mean" an author, one undo takes it back', async ({
  page,
}) => {
  await openPost(page, /Four KubeCon EU 2021 talks/);
  await replaceInEditor(page, '  author: jonas', '  author: jnas');
  const finding = problems(page).getByRole('button', { name: /"jnas".*schema\/author-unknown/ });
  await expect(finding).toBeVisible();
  await expect(problems(page)).toContainText('1 error');

  await problems(page).getByRole('button', { name: 'Did you mean "jonas"?', exact: true }).click();
  await expect.poll(() => editorValue(page)).toContain('  author: jonas\n');
  await expect(finding).toHaveCount(0);
  await expect(problems(page)).toContainText('0 errors');

  // The fix was one edit: one undo restores the text as it was before it.
  await editorText(page).focus();
  await page.keyboard.press('Control+z');
  await expect.poll(() => editorValue(page)).toContain('  author: jnas\n');
  await page.keyboard.press('Control+y');
  await expect.poll(() => editorValue(page)).toContain('  author: jonas\n');
  await page.keyboard.press('Control+s');
  await expect(saveState(page)).toHaveText('Saved');
});

test('grouped findings open to show each, and "Fix all" fixes every one in one edit', async ({
  page,
}) => {
  await openPost(page, /Four KubeCon EU 2021 talks/);
  const before = await editorValue(page);
  await replaceInEditor(page, 'recorded. Here are\n', 'recorded. Here are \n');
  await replaceInEditor(page, 'is good for, one\n', 'is good for, one \n');
  const group = problems(page).getByRole('button', { name: /Trailing spaces — 2 times/ });
  await expect(group).toHaveAttribute('aria-expanded', 'false');
  await group.click();
  await expect(group).toHaveAttribute('aria-expanded', 'true');
  await expect(
    problems(page).getByRole('button', { name: /markdownlint\/no-trailing-spaces Line/ }),
  ).toHaveCount(2);
  await problems(page).getByRole('button', { name: 'Fix all 2' }).click();
  await expect.poll(() => editorValue(page)).toBe(before);
  await expect(group).toHaveCount(0);
  await page.keyboard.press('Control+s');
});

test('the panel hides and shows with a visible button, and keeps its size after a reload', async ({
  page,
}) => {
  await openPost(page, /Four KubeCon EU 2021 talks/);
  const area = page.locator('.main-problems');
  const hide = problems(page).getByRole('button', { name: 'Hide problems' });
  await hide.click();
  await expect(problems(page).getByText('No problems found in this post.')).toHaveCount(0);
  const show = problems(page).getByRole('button', { name: 'Show problems' });
  await expect(show).toBeVisible();
  await expect(show).toHaveAttribute('aria-expanded', 'false');
  await show.click();
  await expect(problems(page).getByText('No problems found in this post.')).toBeVisible();

  // Drag the top edge 120 pixels up.
  const start = (await area.boundingBox())!;
  const edge = page.getByRole('separator', { name: 'Resize problems' });
  const handle = (await edge.boundingBox())!;
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2 - 60, {
    steps: 4,
  });
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2 - 120, {
    steps: 4,
  });
  await page.mouse.up();
  await expect
    .poll(async () => Math.round((await area.boundingBox())!.height))
    .toBe(Math.round(start.height) + 120);
  // And by keyboard: Up makes it taller.
  await edge.focus();
  await page.keyboard.press('ArrowUp');
  const resized = Math.round(start.height) + 136;
  await expect(edge).toHaveAttribute('aria-valuenow', String(resized));

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Recap Studio' })).toBeVisible();
  await expect.poll(async () => Math.round((await area.boundingBox())!.height)).toBe(resized);

  // Hidden stays hidden after a reload too.
  await problems(page).getByRole('button', { name: 'Hide problems' }).click();
  await page.reload();
  await expect(problems(page).getByRole('button', { name: 'Show problems' })).toBeVisible();
  await problems(page).getByRole('button', { name: 'Show problems' }).click();
  await expect.poll(async () => Math.round((await area.boundingBox())!.height)).toBe(resized);
});
