import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startJourneyServer, type JourneyServer } from './journey-server';

// Finding a post on a copy of the real blog (158 posts), in Chromium through
// web mode: the post a writer means comes first, and the list shows why.
test.describe.configure({ mode: 'serial' });

let server: JourneyServer;

test.beforeAll(async () => {
  server = await startJourneyServer({ source: join('test', 'fixtures', 'linkerd.io') });
});

test.afterAll(async () => {
  await server?.stop();
});

const postList = (page: Page) => page.getByRole('listbox', { name: 'Posts' });
const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search posts' });
const firstResult = (page: Page) => postList(page).getByRole('option').first();

async function search(page: Page, query: string): Promise<void> {
  await searchBox(page).fill(query);
  await expect(page.getByText('Searching…')).toHaveCount(0);
}

test('an exact title, a title prefix and a typo each put the right post first', async ({
  page,
}) => {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(server.launchUrl);
  await expect(postList(page).getByRole('option').first()).toBeVisible();

  // Newest first without a search; the post is from 2021.
  await expect(firstResult(page)).not.toContainText('Linkerd at KubeCon EU');

  await search(page, 'Linkerd at KubeCon EU');
  await expect(firstResult(page).locator('.post-row-title')).toHaveText('Linkerd at KubeCon EU');
  await expect(firstResult(page).locator('mark').first()).toHaveText('Linkerd');

  await search(page, 'Linkerd at Kube');
  await expect(firstResult(page).locator('.post-row-title')).toHaveText('Linkerd at KubeCon EU');

  await search(page, 'kubcon');
  await expect(firstResult(page).locator('.post-row-title')).toHaveText('Linkerd at KubeCon EU');
  await expect(firstResult(page).locator('mark')).toHaveText('KubeCon');

  // A space after the last word says it is whole: "kube " no longer finds every "KubeCon".
  const count = page.locator('.post-list-count [aria-live]');
  const shown = async () => Number.parseInt(await count.innerText(), 10);
  await search(page, 'kube');
  await expect(count).toHaveText(/^\d+ of \d+ posts$/);
  const byStart = await shown();
  await search(page, 'kube ');
  await expect.poll(shown).toBeLessThan(byStart);
  expect(await shown()).toBeGreaterThan(0);

  // A word found only in the text: the extract under the title says where.
  await search(page, 'Nordstrom');
  const snippet = postList(page).locator('.post-row-snippet').first();
  await expect(snippet.locator('mark').first()).toHaveText('Nordstrom');

  // The list can still be ordered by date while searching.
  await page.getByRole('combobox', { name: 'Sort by' }).selectOption('date');
  await expect(postList(page).getByRole('option').first()).toBeVisible();
  expect(problems).toEqual([]);
});

test('the last results stay listed while the next search runs, and go once it answers', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(server.launchUrl);
  await search(page, 'Linkerd at KubeCon EU');
  await expect(firstResult(page).locator('.post-row-title')).toHaveText('Linkerd at KubeCon EU');

  // The next search is held until the test lets it through.
  let letThrough = (): void => undefined;
  const held = new Promise<void>((resolve) => (letThrough = resolve));
  await page.route('**/api/posts.search', async (route) => {
    await held;
    await route.continue();
  });
  await searchBox(page).fill('Nordstrom');
  await expect(page.locator('.post-list-count')).toContainText('Searching…');
  await expect(postList(page)).toHaveAttribute('aria-busy', 'true');
  await expect(firstResult(page).locator('.post-row-title')).toHaveText('Linkerd at KubeCon EU');

  letThrough();
  await expect(page.getByText('Searching…')).toHaveCount(0);
  await expect(postList(page)).toHaveAttribute('aria-busy', 'false');
  await expect(firstResult(page).locator('mark').first()).toHaveText('Nordstrom');
  await page.unroute('**/api/posts.search');

  // Cleared, the list is whole again; the next search starts from it, not from an old one.
  await searchBox(page).fill('');
  await expect(page.locator('.post-list-count [aria-live]')).toHaveText(/^(\d+) of \1 posts$/);
});
