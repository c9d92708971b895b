import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parsePost } from '../src/shared/post';
import { fakeId, type FakeYouTube } from '../test/youtube/fake-youtube';
import type { JourneyServer } from './journey-server';
import { editorText, openStudio, postList } from './studio-page';
import { startYouTubeJourney } from './youtube-journey';

// "New recap…" in web mode, YouTube played by a fake server on 127.0.0.1:
// Ctrl+Alt+R, three URLs, the lookup's progress, and the new post open with
// one section and one entry per talk.
test.describe.configure({ mode: 'serial' });

let youtube: FakeYouTube;
let server: JourneyServer;

const talks = [1, 2, 3].map((n) => ({
  id: fakeId(n),
  title: ['Rust in the proxy', 'Zero trust with mTLS', 'Scheduling 68k tests'][n - 1]!,
  description: `What talk ${n} is about.\n\nhttps://linkerd.io`,
  publishedAt: '2025-08-28T17:05:09Z',
  duration: 'PT28M4S',
}));

test.beforeAll(async () => {
  ({ youtube, server } = await startYouTubeJourney('new-recap-cli'));
  for (const talk of talks) youtube.videos.set(talk.id, talk);
});

test.afterAll(async () => {
  await server?.stop();
  await youtube?.close();
});

test('New recap: three URLs become a post with three sections and three entries', async ({
  page,
}) => {
  const errors = await openStudio(page, server.launchUrl);
  await page.keyboard.press('Control+Alt+r');
  const dialog = page.getByRole('dialog', { name: 'New recap' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Event name')).toBeFocused();

  await dialog.getByLabel('Event name').fill('Linkerd Day Göteborg');
  await dialog.getByLabel('Date').fill('2025-09-04');
  await dialog.getByLabel('Author').fill('ada');
  await expect(dialog.getByLabel('Author')).toHaveAccessibleDescription('Ada Okafor');
  await dialog
    .getByLabel(/^Talks/)
    .fill(talks.map((talk) => `https://www.youtube.com/watch?v=${talk.id}`).join('\n'));

  // Slow enough for the progress to be seen.
  youtube.delayMs = 1500;
  await dialog.getByRole('button', { name: 'Create recap' }).click();
  await expect(dialog.getByRole('progressbar', { name: 'Videos looked up' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Stop lookup' })).toBeVisible();
  await expect(dialog).toBeHidden({ timeout: 15_000 });
  youtube.delayMs = 0;

  const path = 'content/blog/2025/0904-linkerd-day-goteborg/index.md';
  await expect(
    page.getByRole('tab', { name: /Linkerd Day Göteborg/, selected: true }),
  ).toBeVisible();
  await expect(editorText(page)).toBeFocused();
  await expect(postList(page).getByRole('option', { name: /Linkerd Day Göteborg/ })).toBeVisible();

  const text = await readFile(join(server.site, path), 'utf8');
  const post = parsePost(text);
  expect(post.body.match(/^## .*$/gm)).toEqual(talks.map((talk) => `## ${talk.title}`));
  expect(post.body.match(/\{\{< youtube "[^"]+" >\}\}/g)).toEqual(
    talks.map((talk) => `{{< youtube "${talk.id}" >}}`),
  );
  const entries = post.get(['params', 'videoSchema']) as { title: string }[];
  expect(entries.map((entry) => entry.title)).toEqual(talks.map((talk) => talk.title));
  expect(post.get(['params', 'author'])).toBe('ada');
  // The editor holds the file as written: the entries at the top, the last section at the end.
  for (const talk of talks) await expect(editorText(page)).toContainText(`- title: ${talk.title}`);
  await page.keyboard.press('Control+End');
  await expect(editorText(page)).toContainText(`## ${talks[2]!.title}`);
  expect(errors).toEqual([]);
});

test('New recap: a line that names no video is reported on its line, and nothing is made', async ({
  page,
}) => {
  await openStudio(page, server.launchUrl);
  await page.getByRole('button', { name: 'Commands' }).click();
  await page.keyboard.type('New recap');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'New recap' });
  await dialog.getByLabel('Event name').fill('Typo meetup');
  await dialog.getByLabel(/^Talks/).fill(`${talks[0]!.id}\n${fakeId(77)}`);
  await dialog.getByRole('button', { name: 'Create recap' }).click();
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText(`Line 2: ${fakeId(77)}`);
  await expect(alert).toContainText('was not found on YouTube');
  await dialog.getByRole('button', { name: 'Make it without them' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('tab', { name: /Typo meetup/, selected: true })).toBeVisible();
});
