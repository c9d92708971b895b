import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { keys, type FakeYouTube } from '../test/youtube/fake-youtube';
import type { JourneyServer } from './journey-server';
import { startYouTubeJourney } from './youtube-journey';

// The Preferences screen in web mode, with YOUTUBE_API_KEY set and YouTube
// played by a fake server on 127.0.0.1.
test.describe.configure({ mode: 'serial' });

let youtube: FakeYouTube;
let server: JourneyServer;

test.beforeAll(async () => {
  ({ youtube, server } = await startYouTubeJourney('preferences-cli'));
});

test.afterAll(async () => {
  await server?.stop();
  await youtube?.close();
});

test('Preferences: the key is checked but never shown, the convention is saved in the site', async ({
  page,
}) => {
  const bodies: string[] = [];
  page.on('response', (response) => {
    void response.text().then(
      (text) => bodies.push(text),
      () => undefined,
    );
  });
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(server.launchUrl);
  await page.getByRole('button', { name: 'Preferences' }).click();
  const dialog = page.getByRole('dialog', { name: 'Preferences' });
  await expect(
    dialog.getByText('A key is set, from the YOUTUBE_API_KEY environment variable.'),
  ).toBeVisible();

  await dialog.getByRole('button', { name: 'Check key' }).click();
  await expect(dialog.getByRole('status')).toHaveText('YouTube accepted the key.');
  expect(youtube.requestsTo('/youtube/v3/videos')).toHaveLength(1);

  // The sample site's entries use youtu.be links, https thumbnails and date-times.
  const site = dialog.getByRole('radio', { name: /The site's own convention/ });
  await expect(dialog.getByRole('radio', { name: /Follow the site/ })).toBeChecked();
  // The choice shows once the site's file is written.
  await site.click();
  await expect(site).toBeChecked();
  expect(await readFile(join(server.site, '.recap-studio.yaml'), 'utf8')).toContain(
    'videoConvention: site\n',
  );
  await dialog.getByRole('radio', { name: /Google's recommendation/ }).click();
  await expect(dialog.getByRole('radio', { name: /Google's recommendation/ })).toBeChecked();
  expect(await readFile(join(server.site, '.recap-studio.yaml'), 'utf8')).toContain(
    'videoConvention: google\n',
  );

  await dialog.getByRole('combobox', { name: 'Default author' }).selectOption('kiersten');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await page.getByRole('button', { name: 'Preferences' }).click();
  await expect(page.getByRole('combobox', { name: 'Default author' })).toHaveValue('kiersten');

  const html = await page.content();
  expect(html).not.toContain(keys.good);
  await expect.poll(() => bodies.length).toBeGreaterThan(3);
  for (const body of bodies) expect(body).not.toContain(keys.good);
  expect(problems).toEqual([]);
});
