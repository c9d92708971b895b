import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { fakeId, keys, startFakeYouTube, type FakeYouTube } from '../test/youtube/fake-youtube';
import { parsePost } from '../src/shared/post';
import { readVideoList } from '../src/shared/videos';
import { startJourneyServer, type JourneyServer } from './journey-server';
import { editorText, openPost, openStudio, saveState } from './studio-page';

// YouTube lookups in the app (issue 9 §2): web mode started with YouTube
// played by a fake server on 127.0.0.1, failing on any error in the page's
// console.

test.describe.configure({ mode: 'serial', timeout: 180_000 });

const recap = 'content/blog/2025/0506-kubecon-eu-2021-talks-recap/index.md';
const project = resolve(import.meta.dirname, '..');
const cliDir = join(project, 'out', 'youtube-lookup-cli');

/** The three talks, as the fake YouTube knows them. */
const talks = [
  { id: fakeId(1), title: 'Linkerd at the edge', duration: 'PT21M5S' },
  { id: fakeId(2), title: 'Retries without tears', duration: 'PT18M44S' },
  { id: fakeId(3), title: 'Policy in practice', duration: 'PT33M0S' },
];
/** A title that is markup: it must show as text everywhere. */
const hostile = {
  id: fakeId(9),
  // No quotes: the preview, like Hugo, would curl them.
  title: '<img src=x onerror=window.__injected=1><script>window.__injected=2</script>',
};

let youtube: FakeYouTube;

test.beforeAll(async () => {
  youtube = await startFakeYouTube();
  for (const [index, talk] of talks.entries()) {
    youtube.videos.set(talk.id, {
      ...talk,
      description: `Talk ${index + 1} of the day.\n\nSlides: https://example.com/${talk.id} #linkerd`,
      publishedAt: '2024-02-20T17:05:09Z',
    });
  }
  youtube.videos.set(hostile.id, { ...hostile, duration: 'PT1M' });
  // The recap's own four talks, as its entries say: a refresh finds them unchanged.
  const sample = await readFile(join(project, 'resources', 'sample-site', recap), 'utf8');
  for (const entry of readVideoList(parsePost(sample)).entries) {
    youtube.videos.set(entry.videoId!, {
      id: entry.videoId!,
      title: entry.fields.title!,
      ...(entry.fields.duration ? { duration: entry.fields.duration } : {}),
    });
  }
});

test.afterAll(async () => {
  await youtube?.close();
});

/** The editor's whole text (CodeMirror draws only what is in view, so read its state). */
async function text(page: Page): Promise<string> {
  return page.evaluate(() => {
    const content = document
      .querySelector('.editor-host')
      ?.shadowRoot?.querySelector('.cm-content') as
      | (HTMLElement & {
          cmTile?: { root?: { view?: { state: { doc: { toString(): string } } } } };
        })
      | null;
    return content?.cmTile?.root?.view?.state.doc.toString() ?? '';
  });
}

/** Pastes `pasted` into the editor at the cursor, as the browser would from the clipboard. */
async function paste(page: Page, pasted: string): Promise<void> {
  await page.evaluate((value) => {
    const content = document
      .querySelector('.editor-host')
      ?.shadowRoot?.querySelector('.cm-content');
    if (!content) throw new Error('no editor');
    const data = new DataTransfer();
    data.setData('text/plain', value);
    content.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, pasted);
}

const videoRows = (page: Page) => page.locator('.video-list > li');
const row = (page: Page, index: number) => videoRows(page).nth(index);

/** Opens the recap's form; `entries`: how many videos it lists by now. */
/**
 * Files of the server's backups of unsaved text: none once every post is
 * saved (or back as saved), so the next journey opens without a restore question.
 */
async function backupFiles(server: JourneyServer): Promise<string[]> {
  const folder = join(dirname(server.site), 'data', 'backups');
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
}

async function openRecapForm(page: Page, entries = 4): Promise<void> {
  await openPost(page, /Four KubeCon EU 2021 talks/);
  await page.getByRole('tab', { name: 'Front matter' }).click();
  await expect(videoRows(page)).toHaveCount(entries);
}

test.describe('with a good key', () => {
  let server: JourneyServer;
  test.beforeAll(async () => {
    server = await startJourneyServer({
      cliDir,
      env: {
        YOUTUBE_API_KEY: keys.good,
        YOUTUBE_API_BASE_URL: youtube.apiBase,
        YOUTUBE_OEMBED_URL: youtube.oembed,
      },
    });
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test('Add videos… fills three entries, their sections go in, and saving changes only those', async ({
    page,
  }) => {
    const problems = await openStudio(page, server.launchUrl);
    await openRecapForm(page);
    const onDisk = join(server.site, recap);
    const before = await readFile(onDisk, 'utf8');
    expect(await text(page)).toBe(before);

    // Cancelled half-way: nothing is added.
    youtube.delayMs = 4_000;
    await page.getByRole('button', { name: 'Add videos…' }).click();
    const panel = page.getByRole('group', { name: 'Add videos' });
    const box = panel.getByLabel('YouTube links, video IDs or a playlist, one per line');
    await expect(box).toBeFocused();
    await box.fill(talks.map((talk) => `https://youtu.be/${talk.id}`).join('\n'));
    await panel.getByRole('button', { name: 'Look up and add' }).click();
    await expect(panel.getByText(/Looking up…|Looked up 0 of 3/)).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(panel.getByRole('status')).toHaveText('Lookup cancelled: nothing was added.');
    expect(await text(page)).toBe(before);
    await expect(videoRows(page)).toHaveCount(4);
    youtube.delayMs = 0;

    // Three talk URLs, in three forms: three entries, in that order, filled by the lookup.
    await box.fill(
      [
        `https://www.youtube.com/watch?v=${talks[0]!.id}`,
        `https://youtu.be/${talks[1]!.id}`,
        talks[2]!.id,
      ].join('\n'),
    );
    await box.press('Control+Enter');
    await expect(panel.getByRole('status')).toHaveText('Added 3 videos.');
    await expect(page.getByRole('status', { name: 'Announcements' })).toHaveText('Added 3 videos.');
    await expect(videoRows(page)).toHaveCount(7);
    for (const [index, talk] of talks.entries()) {
      await expect(row(page, 4 + index)).toContainText(talk.title);
      await expect(panel.getByText(`Added: ${talk.title}`)).toBeVisible();
    }
    const entries = talks
      .map(
        (talk, index) =>
          `    - title: ${talk.title}\n` +
          // Written as the list's other descriptions are, as block scalars.
          `      description: |-\n        Talk ${index + 1} of the day.\n` +
          `      embedUrl: https://youtu.be/${talk.id}\n` +
          `      thumbnailUrl: https://i.ytimg.com/vi/${talk.id}/maxresdefault.jpg\n` +
          `      uploadDate: 2024-02-20T17:05:09Z\n` +
          `      duration: ${talk.duration}\n`,
      )
      .join('');
    const closing = before.indexOf('\n---\n', 4) + 1;
    await expect
      .poll(() => text(page))
      .toBe(before.slice(0, closing) + entries + before.slice(closing));

    // Their sections, one by one, each after the one before.
    for (const index of [4, 5, 6]) {
      await row(page, index).getByRole('button', { name: 'Insert a section for it' }).click();
      await expect(row(page, index)).not.toContainText('No youtube shortcode in the text');
    }
    const sections = talks
      .map((talk) => `\n\n## ${talk.title}\n\n{{< youtube "${talk.id}" >}}`)
      .join('');
    await editorText(page).click();
    await page.keyboard.press('Control+s');
    await expect(saveState(page)).toHaveText('Saved');
    const after = await readFile(onDisk, 'utf8');
    // Only the three entries and the three sections were added, nothing else moved.
    expect(after).toBe(
      before.slice(0, closing) + entries + before.slice(closing).trimEnd() + sections + '\n\n',
    );
    await expect.poll(() => backupFiles(server), { timeout: 10_000 }).toEqual([]);
    expect(problems).toEqual([]);
  });

  test('Refresh lists what changed on YouTube and takes only the changes accepted; Look up again shows old → new', async ({
    page,
  }) => {
    const problems = await openStudio(page, server.launchUrl);
    await openRecapForm(page, 7);
    const saved = await text(page);
    youtube.videos.set(talks[0]!.id, {
      ...youtube.videos.get(talks[0]!.id)!,
      title: 'Linkerd at the edge (2024 cut)',
      duration: 'PT22M0S',
    });
    youtube.videos.get(talks[1]!.id)!.private = true;

    await page.getByRole('button', { name: 'Refresh from YouTube…' }).click();
    const panel = page.getByRole('group', { name: 'Refresh from YouTube' });
    await panel.getByRole('button', { name: 'Check the videos' }).click();
    await expect(panel.getByRole('status')).toContainText('1 of 7 videos changed on YouTube.');
    const gone = panel.getByRole('list', { name: 'Videos no longer available' });
    await expect(gone).toContainText('Retries without tears');
    await expect(gone).toContainText(`The video ${talks[1]!.id} was not found on YouTube`);
    // Nothing changes until a change is ticked and applied.
    expect(await text(page)).toBe(saved);
    const titleChange = panel.getByRole('checkbox', { name: /Title Linkerd at the edge → / });
    const durationChange = panel.getByRole('checkbox', { name: /Duration/ });
    await expect(titleChange).not.toBeChecked();
    await titleChange.check();
    await panel.getByRole('button', { name: 'Apply the ticked changes' }).click();
    await expect
      .poll(() => text(page))
      .toBe(
        saved.replace('title: Linkerd at the edge\n', 'title: Linkerd at the edge (2024 cut)\n'),
      );
    await expect(durationChange).toBeHidden();

    // Look up again: fills nothing here unless asked to overwrite, and shows old → new first.
    await row(page, 4)
      .getByRole('button', { name: /Linkerd at the edge \(2024 cut\)/ })
      .click();
    await row(page, 4).getByRole('button', { name: 'Look up again' }).click();
    const again = row(page, 4).getByRole('group', { name: 'What YouTube says about video 5' });
    await expect(again.getByRole('status')).toContainText('Nothing to fill');
    await again
      .getByRole('checkbox', { name: 'Overwrite fields that already have a value' })
      .check();
    const table = again.getByRole('table');
    await expect(table.getByRole('row', { name: /Duration/ })).toContainText('PT21M5S');
    await expect(table.getByRole('row', { name: /Duration/ })).toContainText('PT22M0S');
    await again.getByRole('button', { name: 'Apply 1 change' }).click();
    await expect.poll(() => text(page)).toContain('      duration: PT22M0S\n');
    // One undo each.
    await editorText(page).click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => text(page)).not.toContain('PT22M0S');
    await page.keyboard.press('Control+z');
    await expect.poll(() => text(page)).toBe(saved);
    await expect(saveState(page)).toHaveText('Saved');
    await expect.poll(() => backupFiles(server), { timeout: 10_000 }).toEqual([]);
    expect(problems).toEqual([]);
  });

  test('a title made of markup shows as text, in the form and in the preview', async ({ page }) => {
    const problems = await openStudio(page, server.launchUrl);
    await openRecapForm(page, 7);
    await page.getByRole('button', { name: 'Add videos…' }).click();
    const panel = page.getByRole('group', { name: 'Add videos' });
    await panel
      .getByLabel('YouTube links, video IDs or a playlist, one per line')
      .fill(`https://youtu.be/${hostile.id}`);
    await panel.getByRole('button', { name: 'Look up and add' }).click();
    await expect(panel.getByText(`Added: ${hostile.title}`)).toBeVisible();
    const added = row(page, 7);
    await expect(added.locator('.video-row-title')).toHaveText(hostile.title);
    await added.getByRole('button', { name: 'Insert a section for it' }).click();
    // In the heading, `<` is escaped: the site lets HTML through Markdown.
    await expect.poll(() => text(page)).toContain(`## ${hostile.title.replaceAll('<', '\\<')}\n`);

    await page.getByRole('tab', { name: 'Preview' }).click();
    const preview = page.frameLocator('iframe[title="Preview"]');
    // The video's card names it by its entry's title: as text, not markup.
    await expect(
      preview.locator(`.shortcode-youtube[data-video-id="${hostile.id}"] .shortcode-youtube-title`),
    ).toHaveText(hostile.title);
    await expect(preview.locator('h2', { hasText: 'window.__injected=1' })).toHaveText(
      hostile.title,
    );
    await expect(preview.locator('img[src$="/x"], img[src="x"], script:not([src])')).toHaveCount(0);
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(
      await page.evaluate(() => (window as { __injected?: number }).__injected),
    ).toBeUndefined();
    expect(problems).toEqual([]);
  });
});

test.describe('with a bad key', () => {
  let server: JourneyServer;
  test.beforeAll(async () => {
    server = await startJourneyServer({
      cliDir,
      env: {
        YOUTUBE_API_KEY: keys.invalid,
        YOUTUBE_API_BASE_URL: youtube.apiBase,
        YOUTUBE_OEMBED_URL: youtube.oembed,
      },
    });
  });
  test.afterAll(async () => {
    await server?.stop();
  });

  test('a lookup shows the key message and changes nothing; pasting a link still embeds, by the site convention', async ({
    page,
  }) => {
    const problems = await openStudio(page, server.launchUrl);
    await openRecapForm(page);
    const onDisk = join(server.site, recap);
    const before = await readFile(onDisk, 'utf8');

    await page.getByRole('button', { name: 'Add videos…' }).click();
    const panel = page.getByRole('group', { name: 'Add videos' });
    await panel
      .getByLabel('YouTube links, video IDs or a playlist, one per line')
      .fill(talks.map((talk) => `https://youtu.be/${talk.id}`).join('\n'));
    await panel.getByRole('button', { name: 'Look up and add' }).click();
    await expect(panel.getByRole('alert')).toHaveText(
      'YouTube refused the API key as not valid. Check the key in Preferences (or YOUTUBE_API_KEY).',
    );
    await expect(panel.getByRole('status')).toHaveText(
      'No video was added. 3 videos could not be looked up.',
    );
    // What failed stays in the box, to try again.
    await expect(
      panel.getByLabel('YouTube links, video IDs or a playlist, one per line'),
    ).toHaveValue(talks.map((talk) => `https://youtu.be/${talk.id}`).join('\n'));
    expect(await text(page)).toBe(before);
    await expect(saveState(page)).toHaveText('Saved');
    expect(await readFile(onDisk, 'utf8')).toBe(before);

    // A pasted link with a start time: Hugo 0.111's youtube shortcode has no start, so it goes.
    await editorText(page).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(`\n## ${talks[0]!.title}\n\n`);
    await paste(page, `https://www.youtube.com/watch?v=${talks[0]!.id}&t=42s`);
    const hint = page.locator('.cm-youtube-embed-hint');
    await expect(hint).toContainText('The start time (0:42) was dropped');
    await page.keyboard.press('Alt+Enter');
    await expect(hint).toContainText('Inserted the embed and a videoSchema entry');
    await expect(hint).toContainText('YouTube refused the API key');
    // Offline, the entry holds what the ID gives, by the site's convention.
    await expect
      .poll(() => text(page))
      .toContain(
        `    - title: ${talks[0]!.title}\n      embedUrl: https://youtu.be/${talks[0]!.id}\n      thumbnailUrl: https://i.ytimg.com/vi/${talks[0]!.id}/hqdefault.jpg\n---`,
      );
    expect(await text(page)).toContain(
      `{{< /note >}}\n\n## ${talks[0]!.title}\n\n{{< youtube "${talks[0]!.id}" >}}`,
    );
    // One undo takes both back, leaving the pasted link.
    await page.keyboard.press('Control+z');
    await expect
      .poll(() => text(page))
      .toBe(
        `${before}\n## ${talks[0]!.title}\n\nhttps://www.youtube.com/watch?v=${talks[0]!.id}&t=42s`,
      );
    expect(problems).toEqual([]);
  });
});
