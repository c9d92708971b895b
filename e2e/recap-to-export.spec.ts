import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { fakeId, keys, startFakeYouTube, type FakeYouTube } from '../test/youtube/fake-youtube';
import { startJourneyServer, type JourneyServer } from './journey-server';
import { editorValue, openStudio, replaceInEditor } from './studio-page';

// The whole job of issue 10 in web mode, YouTube played by a fake server on
// 127.0.0.1: a new recap from three talk URLs, the description filled in,
// the paragraphs marked for rewriting rewritten one by one while the publish
// check counts them, then the post exported as a bundle into a folder picked
// in the app. The exported index.md passes `recap-studio check --strict` and
// Hugo builds it. Any console error fails the journey.
test.describe.configure({ timeout: 180_000 });

const project = resolve(import.meta.dirname, '..');
const cliDir = join(project, 'out', 'recap-to-export-cli');

const talks = [1, 2, 3].map((n) => ({
  id: fakeId(40 + n),
  title: ['Rust in the proxy', 'Zero trust with mTLS', 'Scheduling 68k tests'][n - 1]!,
  description: `What talk ${n} was about, in the speaker's words.\n\nSlides: https://linkerd.io`,
  publishedAt: '2025-08-28T17:05:09Z',
  duration: `PT2${n}M4S`,
}));

let youtube: FakeYouTube;
let server: JourneyServer;
let home: string;

test.beforeAll(async () => {
  home = await realpath(await mkdtemp(join(tmpdir(), 'recap-to-export-home-')));
  await mkdir(join(home, 'exports'));
  youtube = await startFakeYouTube();
  for (const talk of talks) youtube.videos.set(talk.id, talk);
  server = await startJourneyServer({
    cliDir,
    env: {
      HOME: home,
      YOUTUBE_API_KEY: keys.good,
      YOUTUBE_API_BASE_URL: youtube.apiBase,
      YOUTUBE_OEMBED_URL: youtube.oembed,
    },
  });
});

test.afterAll(async () => {
  await server?.stop();
  await youtube?.close();
  await rm(home, { recursive: true, force: true });
});

const rewriteCount = (page: Page) => page.locator('#publish-rewrite-heading .publish-count');

/** The `recap-studio` command line as built for the journey, run on `args`. */
function cli(args: string[]): { status: number | null; output: string } {
  const run = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const { main } = await import(${JSON.stringify(join(cliDir, 'index.js'))});` +
        `process.exitCode = await main(process.argv.slice(1));`,
      ...args,
    ],
    { encoding: 'utf8' },
  );
  return { status: run.status, output: run.stdout + run.stderr };
}

test('three talk URLs to an exported recap that passes the strict check and builds with Hugo', async ({
  page,
}) => {
  const errors = await openStudio(page, server.launchUrl);

  // New recap: the event, its date, the author and three talks.
  await page.keyboard.press('Control+Alt+r');
  const dialog = page.getByRole('dialog', { name: 'New recap' });
  await dialog.getByLabel('Event name').fill('Linkerd Day Lisbon');
  await dialog.getByLabel('Date').fill('2025-09-04');
  await dialog.getByLabel('Author').fill('ada');
  await dialog
    .getByLabel(/^Talks/)
    .fill(talks.map((talk) => `https://www.youtube.com/watch?v=${talk.id}`).join('\n'));
  await dialog.getByRole('button', { name: 'Create recap' }).click();
  await expect(dialog).toBeHidden({ timeout: 20_000 });
  await expect(page.getByRole('tab', { name: /Linkerd Day Lisbon/, selected: true })).toBeVisible();
  const created = await editorValue(page);
  for (const talk of talks) {
    expect(created).toContain(`## ${talk.title}\n`);
    expect(created).toContain(`{{< youtube "${talk.id}" >}}`);
  }

  // The description, written in the form.
  await page.getByRole('tab', { name: 'Front matter' }).click();
  const description = page.getByRole('form', { name: 'Front matter' }).getByLabel('Description');
  await description.fill(
    'Three talks from Linkerd Day Lisbon, on Rust in the proxy, zero trust with mTLS and 68k tests.',
  );
  await expect
    .poll(async () =>
      (await editorValue(page)).includes('Three talks from Linkerd Day Lisbon, on Rust'),
    )
    .toBe(true);

  // One talk's paragraph rewritten; the publish check still lists the intro and two talks.
  const marked = (n: number) => `<!-- rewrite -->\n${talks[n - 1]!.description.split('\n')[0]}`;
  await replaceInEditor(
    page,
    marked(1),
    'Ada walked through the Rust proxy at the heart of the mesh, and why it stays small.',
  );
  await page.keyboard.press('Control+Shift+P');
  await page.keyboard.type('publish check');
  await page.keyboard.press('Enter');
  const panel = page.getByRole('tabpanel', { name: 'Publish check' });
  await expect(panel).toBeVisible();
  await expect(rewriteCount(page)).toHaveText('3');
  const still = panel.getByRole('list', { name: 'Paragraphs still marked for rewriting' });
  await expect(still.getByRole('button')).toHaveCount(3);
  await expect(still.getByRole('button').nth(0)).toContainText('The talks of Linkerd Day Lisbon');
  await expect(still.getByRole('button').nth(1)).toContainText('What talk 2 was about');
  await expect(still.getByRole('button').nth(2)).toContainText('What talk 3 was about');

  // The other two talks and the intro, rewritten: nothing is left marked.
  await replaceInEditor(page, marked(2), 'Mutual TLS for every connection, with no code change.');
  await replaceInEditor(page, marked(3), 'How a team ran 68,000 tests a day through the mesh.');
  const intro = (await editorValue(page)).match(/<!-- rewrite -->\nThe talks of [^\n]*\n/)?.[0];
  expect(intro).toBeDefined();
  await replaceInEditor(
    page,
    intro ?? '',
    'Linkerd Day Lisbon brought the community together for a day of talks.\n',
  );
  await expect(rewriteCount(page)).toHaveText('0');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status', { name: 'Save state' })).toContainText('Saved');

  // Export as a bundle into a folder picked in the app.
  await page.keyboard.press('Control+Alt+x');
  const exporting = page.getByRole('dialog', { name: /Export:/ });
  await expect(exporting).toBeVisible();
  await exporting.getByRole('button', { name: 'Choose folder…' }).click();
  await exporting.getByRole('button', { name: 'exports' }).click();
  await expect(exporting.getByText(join(home, 'exports'), { exact: true })).toBeVisible();
  await exporting.getByRole('button', { name: 'Export into this folder' }).click();
  const exportButton = exporting.getByRole('button', { name: 'Export', exact: true });
  await expect(exportButton).toBeEnabled();
  await exportButton.click();
  await expect(exporting).toHaveCount(0);

  const bundles = await readdir(join(home, 'exports'));
  expect(bundles).toEqual(['0904-linkerd-day-lisbon']);
  const exported = join(home, 'exports', '0904-linkerd-day-lisbon', 'index.md');
  const text = readFileSync(exported, 'utf8');
  expect(text).not.toContain('<!-- rewrite -->');
  expect(text).toContain('Mutual TLS for every connection');

  // In a copy of the sample site, as the site's CI would see it.
  const hugoSite = join(home, 'hugo-site');
  await cp(join(project, 'resources', 'sample-site'), hugoSite, { recursive: true });
  const placed = join(hugoSite, 'content', 'blog', '2025', '0904-linkerd-day-lisbon');
  await cp(join(home, 'exports', '0904-linkerd-day-lisbon'), placed, { recursive: true });
  const check = cli(['check', '--strict', join(placed, 'index.md')]);
  expect(check.output).toContain('0 errors, 0 warnings');
  expect(check.status).toBe(0);

  const hugo = spawnSync('hugo', ['--source', hugoSite, '--destination', join(home, 'public')], {
    encoding: 'utf8',
  });
  expect(hugo.status, hugo.stderr).toBe(0);
  const built = join(home, 'public', '2025', '09', '04', 'linkerd-day-lisbon', 'index.html');
  expect(existsSync(built), `${built} after hugo`).toBe(true);
  expect(readFileSync(built, 'utf8')).toContain('Linkerd Day Lisbon');
  expect(errors).toEqual([]);
});
