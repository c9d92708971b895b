import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startJourneyServer, type JourneyServer } from './journey-server';
import { editorValue as text, onePixelPng, openStudio } from './studio-page';

// The front matter form's other controls (issue 8 §1): draft, show cover,
// thumbnail ratio and the bundle's images; TOML and JSON front matter shown
// read-only; the whole form walked with Tab; and videos reordered by drag.
// Each journey gets its own copy of the sample site; any console error fails it.
test.describe.configure({ timeout: 120_000 });

const posts = {
  retries: 'content/blog/2024/1105-retries-and-timeouts/index.md',
  toml: 'content/blog/2025/0702-written-in-toml/index.md',
  json: 'content/blog/2025/0703-written-in-json/index.md',
};

let server: JourneyServer;
let problems: string[] = [];

test.beforeEach(async () => {
  server = await startJourneyServer();
  problems = [];
});

test.afterEach(async ({ page }) => {
  const seen = [...problems];
  await page.close();
  await server?.stop();
  expect(seen, 'errors in the page console').toEqual([]);
});

const form = (page: Page) => page.getByRole('form', { name: 'Front matter' });
const onDisk = (path: string) => readFile(join(server.site, path), 'utf8');

/** The lines one text has and the other lacks, between their common first and last lines. */
function lineChange(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (
    end < a.length - start &&
    end < b.length - start &&
    a[a.length - 1 - end] === b[b.length - 1 - end]
  )
    end++;
  return { removed: a.slice(start, a.length - end), added: b.slice(start, b.length - end) };
}

async function openPost(page: Page, title: RegExp): Promise<void> {
  problems = await openStudio(page, server.launchUrl);
  await page.getByRole('listbox', { name: 'Posts' }).getByRole('option', { name: title }).click();
  await expect(page.getByRole('tab', { name: title, selected: true })).toBeVisible();
  await page.getByRole('tab', { name: 'Front matter' }).click();
  await expect(form(page)).toBeVisible();
}

/** Undo from the form, as a writer would with the focus still in it. */
async function undoInForm(page: Page): Promise<void> {
  await page.keyboard.press('Control+z');
}

test('draft, show cover, thumbnail ratio and the images each change their own line, and undo restores the text', async ({
  page,
}) => {
  await openPost(page, /Retries and timeouts/);
  const original = await text(page);

  // Draft: a new top-level line, and nothing else.
  const draft = form(page).getByLabel('Draft', { exact: true });
  await expect(draft).not.toBeChecked();
  await draft.check();
  await expect
    .poll(async () => lineChange(original, await text(page)))
    .toEqual({
      removed: [],
      added: ['draft: true'],
    });
  await undoInForm(page);
  await expect.poll(() => text(page)).toBe(original);
  await expect(draft).not.toBeChecked();

  // Show cover: a line under params.
  const showCover = form(page).getByLabel('Show the cover image on the post');
  await showCover.check();
  await expect
    .poll(async () => lineChange(original, await text(page)).added)
    .toEqual(['  showCover: true']);
  expect(lineChange(original, await text(page)).removed).toEqual([]);
  await undoInForm(page);
  await expect.poll(() => text(page)).toBe(original);

  // Thumbnail ratio: "fit" to not set removes its line; back to "fit" writes it again.
  const ratio = form(page).getByLabel('Thumbnail ratio');
  await expect(ratio).toHaveValue('fit');
  await ratio.selectOption('');
  await expect
    .poll(async () => lineChange(original, await text(page)))
    .toEqual({
      removed: ['  thumbnailRatio: fit'],
      added: [],
    });
  await ratio.selectOption('fit');
  await expect.poll(() => text(page)).toBe(original);

  // Cover: a new image added to the bundle through the form, then picked as the thumbnail too.
  await form(page)
    .getByLabel('Add an image for the cover image')
    .setInputFiles({ name: 'mesh-diagram.png', mimeType: 'image/png', buffer: onePixelPng });
  await expect
    .poll(() =>
      readFile(join(server.site, dirname(posts.retries), 'mesh-diagram.png')).catch(() => null),
    )
    .toEqual(onePixelPng);
  const cover = form(page).getByLabel('Cover image', { exact: true });
  await expect(cover).toHaveValue('mesh-diagram.png');
  await expect
    .poll(async () => lineChange(original, await text(page)).added)
    .toEqual(['  cover: mesh-diagram.png']);
  // The chosen image is shown beside the list, loaded through the app's own asset route.
  const coverPreview = form(page).locator('.form-image-thumbnail').first();
  await expect(coverPreview).toHaveJSProperty('naturalWidth', 1);

  const thumbnail = form(page).getByLabel('Thumbnail image', { exact: true });
  await expect(thumbnail.locator('option', { hasText: 'mesh-diagram.png' })).toHaveCount(1);
  await thumbnail.selectOption('mesh-diagram.png');
  await expect
    .poll(async () => lineChange(original, await text(page)).added)
    .toEqual(['  cover: mesh-diagram.png', '  thumbnail: mesh-diagram.png']);

  // Ctrl+S from the form saves what the form wrote.
  await page.keyboard.press('Control+s');
  await expect.poll(() => onDisk(posts.retries)).toBe(await text(page));

  // Two undos take both images back out of the text.
  await undoInForm(page);
  await undoInForm(page);
  await expect.poll(() => text(page)).toBe(original);
});

const tomlPost = `+++
title = "Written in TOML"
date = 2025-07-02T00:00:00Z
description = "A post whose front matter is TOML."
keywords = ["toml", "hugo"]
draft = true

[params]
author = "ada"
+++

The form shows these values and leaves them to the text.
`;

const jsonPost = `{
  "title": "Written in JSON",
  "date": "2025-07-03T00:00:00Z",
  "description": "A post whose front matter is JSON.",
  "keywords": ["json", "hugo"],
  "params": { "author": "ada" }
}

The form shows these values and leaves them to the text.
`;

for (const [name, path, content, title] of [
  ['TOML', posts.toml, tomlPost, /Written in TOML/],
  ['JSON', posts.json, jsonPost, /Written in JSON/],
] as const) {
  test(`${name} front matter is shown in the form, read-only, with the reason`, async ({
    page,
  }) => {
    await mkdir(dirname(join(server.site, path)), { recursive: true });
    await writeFile(join(server.site, path), content);
    await openPost(page, title);

    await expect(form(page).getByRole('note')).toContainText(name);
    // Text stays readable, selectable and copyable: read-only rather than disabled.
    const titleField = form(page).getByLabel('Title');
    await expect(titleField).toHaveValue(`Written in ${name}`);
    await expect(titleField).not.toBeEditable();
    await expect(form(page).getByLabel('Description')).toHaveValue(
      `A post whose front matter is ${name}.`,
    );
    await expect(form(page).getByLabel('Description')).not.toBeEditable();
    await expect(form(page).getByText('hugo', { exact: true })).toBeVisible();
    if (name === 'TOML')
      await expect(form(page).getByLabel('Draft', { exact: true })).toBeChecked();
    await expect(form(page).getByLabel('Draft', { exact: true })).toBeDisabled();
    // No control of the form is left that could write into the text.
    const enabled = form(page).locator(
      'input:not([disabled]):not([readonly]):not([type="hidden"]):not([hidden]), select:not([disabled]), textarea:not([disabled]):not([readonly])',
    );
    await expect(enabled).toHaveCount(0);
    expect(await text(page)).toBe(content);
    expect(await onDisk(path)).toBe(content);
  });
}

test('every control of the form is reached with Tab, in the order shown, and each has a name', async ({
  page,
}) => {
  await openPost(page, /Retries and timeouts/);
  await expect(form(page).getByLabel('Title')).toBeVisible();

  // What should be reachable: every enabled, visible control, numbered in document order.
  const expected = await form(page).evaluate((root) => {
    const controls = [
      ...root.querySelectorAll<HTMLElement>('input, select, textarea, button, a[href], [tabindex]'),
    ].filter(
      (element) =>
        !(element as HTMLInputElement).disabled &&
        element.tabIndex >= 0 &&
        element.getClientRects().length > 0 &&
        getComputedStyle(element).visibility !== 'hidden',
    );
    controls.forEach((element, index) => (element.dataset['walk'] = String(index)));
    return controls.length;
  });
  expect(expected).toBeGreaterThan(10);

  // Start before the first control and walk the form with Tab alone. A date and time
  // input takes several Tabs, one per part: a stop is counted once.
  await form(page).getByLabel('Title').focus();
  await page.keyboard.press('Shift+Tab');
  const reached: { walk: string; name: string }[] = [];
  for (let step = 0; step < expected * 4 + 20; step++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || !element.closest('form[aria-label="Front matter"]')) return null;
      const labelled = element.getAttribute('aria-labelledby');
      const name =
        element.getAttribute('aria-label') ??
        (labelled
          ? labelled
              .split(' ')
              .map((id) => document.getElementById(id)?.textContent ?? '')
              .join(' ')
          : null) ??
        (element as HTMLInputElement).labels?.[0]?.textContent ??
        element.textContent ??
        '';
      return { walk: element.dataset['walk'] ?? 'not counted', name: name.trim() };
    });
    if (stop === null) break;
    if (reached.at(-1)?.walk !== stop.walk) reached.push(stop);
  }

  expect(reached.map((stop) => stop.walk)).toEqual(
    Array.from({ length: expected }, (_, index) => String(index)),
  );
  const unnamed = reached.filter((stop) => stop.name === '');
  expect(unnamed, 'controls without a name').toEqual([]);
});

test('a video dragged by its handle onto another row moves there, as one undoable edit', async ({
  page,
}) => {
  await openPost(page, /Four KubeCon EU 2021 talks/);
  const rows = page.locator('.video-list > li');
  await expect(rows).toHaveCount(4);
  const original = await text(page);
  const titles = async () =>
    (await text(page))
      .split('\n')
      .filter((line) => line.startsWith('    - title:'))
      .map((line) => line.slice('    - title: '.length));
  const before = await titles();

  await rows
    .nth(0)
    .getByRole('button', { name: /Move video 1/ })
    .dragTo(rows.nth(2));
  await expect.poll(titles).toEqual([before[1], before[2], before[0], before[3]]);
  await expect(rows.nth(2)).toContainText(before[0]?.slice(0, 20) ?? '');
  // Only the front matter moved: the body is as it was until the user moves the sections.
  const moved = await text(page);
  expect(moved.slice(moved.indexOf('\n---\n'))).toBe(original.slice(original.indexOf('\n---\n')));

  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+z');
  await expect.poll(() => text(page)).toBe(original);
});
