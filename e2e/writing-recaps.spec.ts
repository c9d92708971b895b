import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startJourneyServer, type JourneyServer } from './journey-server';
import { editorText, onePixelPng, openPost, openStudio, postList } from './studio-page';

// Writing recaps on a copy of the real blog, in Chromium through web mode:
// authors read by name, New Post with an author, a video's ID completed by
// its title. Each journey fails on any console error.
test.describe.configure({ mode: 'serial' });

let server: JourneyServer;

test.beforeAll(async () => {
  server = await startJourneyServer({
    source: join('test', 'fixtures', 'linkerd.io'),
    // Jason's avatar where linkerd.io keeps it: a global resource in assets/.
    prepare: async (site) => {
      await mkdir(join(site, 'assets', 'authors'), { recursive: true });
      await writeFile(join(site, 'assets', 'authors', 'jason-morgan.png'), onePixelPng);
    },
  });
});

test.afterAll(async () => {
  await server?.stop();
});

// The 2021 recap, not "Linkerd at KubeCon EU 2019: …".
const recap = /^Linkerd at KubeCon EU(?! 2019)/;

async function search(page: Page, query: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search posts' }).fill(query);
  await expect(page.getByText('Searching…')).toHaveCount(0);
}

test('the list, its filter and the form show authors by name, the key beside', async ({ page }) => {
  const errors = await openStudio(page, server.launchUrl);
  await search(page, 'Linkerd at KubeCon EU');
  const row = postList(page).getByRole('option', { name: recap }).first();
  await expect(row.locator('.post-row-byline')).toContainText('· Jason Morgan');
  await expect(row.locator('.post-row-author-key')).toHaveText(' jason');

  // The filter: names, each with its key; never a bare key beside names.
  const filter = page.getByRole('combobox', { name: 'Author' });
  const options = await filter.locator('option').evaluateAll((elements) =>
    elements.map((element) => ({
      value: (element as HTMLOptionElement).value,
      text: element.textContent ?? '',
    })),
  );
  expect(options).toEqual(
    expect.arrayContaining([
      { value: 'jason', text: 'Jason Morgan · jason' },
      { value: 'william', text: 'William Morgan · william' },
    ]),
  );
  const authorsFile = await readFile(join(server.site, 'data', 'authors.yaml'), 'utf8');
  const keys = new Set([...authorsFile.matchAll(/^([\w-]+):/gm)].map((match) => match[1]));
  // Posts that write their author's name themselves (an author group) are listed by that name.
  for (const { value, text } of options.slice(1))
    if (keys.has(value)) expect(text).toMatch(new RegExp(` · ${value}$`));
  expect(options.filter(({ value }) => keys.has(value)).length).toBeGreaterThan(5);
  await filter.selectOption('jason');
  await expect(postList(page).getByRole('option', { name: recap }).first()).toBeVisible();
  await filter.selectOption('');

  // The form's author picker: the name and the site's avatar, served from the open folder.
  await openPost(page, recap);
  await page.getByRole('tab', { name: 'Front matter' }).click();
  const author = page.locator('.form-author');
  await expect(author.locator('.form-author-name')).toHaveText('Jason Morgan');
  const avatar = author.locator('img.form-author-avatar');
  await expect(avatar).toHaveAttribute('src', '/asset/assets/authors/jason-morgan.png');
  await expect
    .poll(() => avatar.evaluate((image) => (image as HTMLImageElement).naturalWidth))
    .toBe(1);
  expect(errors).toEqual([]);
});

test('New Post asks for the author, opens in the body beside the preview, and stays listed during a search', async ({
  page,
}) => {
  const errors = await openStudio(page, server.launchUrl);

  // The default author comes from Preferences.
  await page.getByRole('button', { name: 'Preferences' }).click();
  await page.getByRole('combobox', { name: 'Default author' }).selectOption('william');
  await page.keyboard.press('Escape');

  await search(page, 'kubecon');
  await page.getByRole('button', { name: 'New Post' }).click();
  const dialog = page.getByRole('dialog', { name: 'New post' });
  const author = dialog.getByRole('combobox', { name: 'Author' });
  await expect(author).toHaveValue('william');
  await expect(author.locator('option[value="flynn"]')).toHaveText('Flynn · flynn');
  await dialog.getByRole('textbox', { name: 'Title' }).fill('Linkerd Day in Berlin: a recap');
  await author.selectOption('flynn');
  await dialog.getByRole('button', { name: 'Create post' }).click();
  await expect(dialog).toHaveCount(0);

  // On disk: the newest posts' fields, in their order, with the chosen author.
  const today = new Date();
  const folder = `${today.getFullYear()}/${String(today.getMonth() + 1).padStart(2, '0')}${String(today.getDate()).padStart(2, '0')}-linkerd-day-in-berlin-a-recap`;
  const file = join(server.site, 'content', 'blog', folder, 'index.md');
  const written = await readFile(file, 'utf8');
  expect(written).toMatch(
    /^---\ndate: .+\nslug: linkerd-day-in-berlin-a-recap\ntitle: 'Linkerd Day in Berlin: a recap'\ndescription: ''\nkeywords: \[\]\nparams:\n {2}author: flynn\n---\n$/,
  );

  // The cursor is in the body, and the preview shows.
  await expect(editorText(page)).toBeFocused();
  await expect(page.getByRole('tab', { name: 'Preview' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.type('Hello from Berlin.');
  await expect(page.locator('.cm-line').last()).toHaveText('Hello from Berlin.');

  // The search is still there, and the new post is in the list although it does not match.
  await expect(page.getByRole('searchbox', { name: 'Search posts' })).toHaveValue('kubecon');
  await expect(postList(page).getByRole('option').first()).toContainText(
    'Linkerd Day in Berlin: a recap',
  );
  await expect(postList(page).getByRole('option', { name: recap }).first()).toBeVisible();
  expect(errors).toEqual([]);
});

test("completes a video's ID by its title after {{< youtube", async ({ page }) => {
  const errors = await openStudio(page, server.launchUrl);
  await search(page, 'Linkerd at KubeCon EU');
  await openPost(page, recap);
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('{{<');

  // The shortcodes come most used first: on this blog of recaps, youtube.
  const completions = page.locator('.cm-tooltip-autocomplete li');
  await expect(completions.first()).toContainText('youtube');
  // CodeMirror takes Enter as a pick only once the list has been shown for a moment (75 ms).
  await page.waitForTimeout(150);
  await page.keyboard.press('Enter');

  // Then the post's videos, by title, before the shortcode's parameter names.
  await expect(completions.first()).toContainText('Why the future of the cloud');
  await page.keyboard.type('Scheduling');
  await expect(completions).toHaveCount(1);
  await expect(completions.first()).toContainText('Scheduling 68k COVID Tests with Linkerd');
  await expect(completions.first()).toContainText('dDW1OoTaMdU');
  // CodeMirror takes Enter as a pick only once the list has been shown for a moment (75 ms).
  await page.waitForTimeout(150);
  await page.keyboard.press('Enter');
  await expect(page.locator('.cm-line').last()).toHaveText('{{< youtube "dDW1OoTaMdU" >}}');
  expect(errors).toEqual([]);
});
