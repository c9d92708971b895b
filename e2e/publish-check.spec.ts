import { expect, test, type Page } from '@playwright/test';
import { startJourneyServer, type JourneyServer } from './journey-server';
import { openPost, openStudio, replaceInEditor } from './studio-page';

// The publish check (issue 10 §2) in Chromium through web mode: what the
// site's CI would reject, with counts and fixes, the paragraphs still marked
// for rewriting, and the VideoObject JSON-LD of each entry.

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

const count = (page: Page, heading: string) => page.locator(`#${heading} .publish-count`);

test('the publish check lists what the site CI rejects with counts, the marked paragraphs and the VideoObject preview; a fix lowers the count', async ({
  page,
}) => {
  await openPost(page, /Four KubeCon EU 2021 talks/);
  // Two lines that end in a space, a title over the SEO limit, and a paragraph marked for rewriting.
  await replaceInEditor(page, 'recorded. Here are\n', 'recorded. Here are \n');
  await replaceInEditor(page, 'is good for, one\n', 'is good for, one \n');
  await replaceInEditor(
    page,
    '  Four KubeCon EU 2021 talks worth watching again\n',
    '  Four KubeCon EU 2021 talks worth watching again, and again, and once more after that\n',
  );
  await replaceInEditor(
    page,
    'At Cloud Native Rust Day,',
    '<!-- rewrite -->\nAt Cloud Native Rust Day,',
  );

  // Reachable from the command palette.
  await page.keyboard.press('Control+Shift+P');
  await page.keyboard.type('publish check');
  await page.keyboard.press('Enter');
  const panel = page.getByRole('tabpanel', { name: 'Publish check' });
  await expect(panel).toBeVisible();

  await expect(count(page, 'publish-ci-heading')).toHaveText('3');
  const ci = panel.getByRole('list', { name: "What the site's CI would reject" });
  await expect(
    ci.getByRole('button', { name: /Trailing spaces — 2 times.*2.*no-trailing-spaces/ }),
  ).toBeVisible();
  await expect(
    ci.getByRole('button', { name: /The title is 84 characters long.*1.*seo\/title-length/ }),
  ).toBeVisible();
  await expect(panel).toContainText(
    "The site's CI would reject 3 findings; 1 paragraph is still marked for rewriting.",
  );

  await expect(count(page, 'publish-rewrite-heading')).toHaveText('1');
  await expect(
    panel.getByRole('list', { name: 'Paragraphs still marked for rewriting' }).getByRole('button'),
  ).toHaveText([/Line \d+At Cloud Native Rust Day, Oliver Gould argued/]);

  await expect(count(page, 'publish-video-heading')).toHaveText('4');
  const json = panel.getByLabel('JSON-LD of video 1');
  await expect(json).toContainText('"@type": "VideoObject"');
  await expect(json).toContainText('"name": "Why the future of the cloud will be built on Rust"');
  await expect(json).toContainText(
    '"contentUrl": "https://example.org/2025/05/06/kubecon-eu-2021-talks-recap/"',
  );
  await expect(panel.getByText('Google can list it')).toHaveCount(4);

  // A fix of the group: both trailing spaces go in one edit, and the count drops.
  await ci.getByRole('button', { name: 'Fix all 2' }).click();
  await expect(count(page, 'publish-ci-heading')).toHaveText('1');
  await expect(ci.getByRole('button', { name: /Trailing spaces/ })).toHaveCount(0);

  // Rewriting the marked paragraph (removing its marker) empties that list.
  await replaceInEditor(page, '<!-- rewrite -->\n', '');
  await expect(count(page, 'publish-rewrite-heading')).toHaveText('0');
});

test("an entry Google cannot list says what is missing, and where the site's convention differs", async ({
  page,
}) => {
  await openPost(page, /Four KubeCon EU 2021 talks/);
  await replaceInEditor(
    page,
    '      uploadDate: 2021-05-14T00:00:00Z\n',
    '      uploadDate: 2021-05-14\n',
  );
  await replaceInEditor(
    page,
    '    - title: Scheduling 68k COVID Tests with Linkerd\n',
    '    - title: ""\n',
  );
  await page.getByRole('tab', { name: 'Publish check' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Publish check' });
  const first = panel.locator('.publish-video').nth(0);
  await expect(first).toContainText(
    "The site's convention and Google's advice differ (uploadDate)",
  );
  await expect(first).toContainText('Google can list it');
  const second = panel.locator('.publish-video').nth(1);
  await expect(second).toContainText(
    'Google cannot list it: 1 required property missing or unreadable',
  );
  await expect(second).toContainText('Required by Google (name)');
});
