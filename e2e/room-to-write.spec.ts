import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { startJourneyServer, type JourneyServer } from './journey-server';
import { editorText, openStudio, postList } from './studio-page';

// Room to write (issue 15 §3), on a copy of the real blog in web mode: panes
// that resize, hide and are remembered, focus mode, wrapped lines that keep
// their indent, and a preview that follows the writer and looks like the site.
// Long journeys on a busy machine: the web server and a 158-post site make each step slow.
test.describe.configure({ mode: 'serial', timeout: 90_000 });

let server: JourneyServer;

test.beforeAll(async () => {
  server = await startJourneyServer({ source: join('test', 'fixtures', 'linkerd.io') });
});

test.afterAll(async () => {
  await server?.stop();
});

const longPost = /Real-World GitOps/;
const tablePost = /Federating Clusters/;
const separator = (page: Page, name: string) => page.getByRole('separator', { name });
const paneToggle = (page: Page, name: string) =>
  page.getByRole('group', { name: 'Panes' }).getByRole('button', { name, exact: true });
const preview = (page: Page): FrameLocator => page.frameLocator('iframe[title="Preview"]');

async function valueOf(locator: Locator): Promise<number> {
  return Number(await locator.getAttribute('aria-valuenow'));
}

async function widthOf(locator: Locator): Promise<number> {
  return (await locator.boundingBox())?.width ?? 0;
}

/** Drags the separator's middle by (dx, dy) with the mouse, in steps as a hand would. */
async function drag(page: Page, handle: Locator, dx: number, dy: number): Promise<void> {
  const box = await handle.boundingBox();
  if (!box) throw new Error('The separator is not on screen.');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + dx, y + dy, { steps: 8 });
  await page.mouse.up();
}

async function openFromList(page: Page, title: RegExp): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search posts' }).fill(title.source);
  await postList(page).getByRole('option', { name: title }).first().click();
  await expect(page.getByRole('tab', { name: title, selected: true })).toBeVisible();
  await expect(editorText(page)).toBeFocused();
}

test('panes resize by mouse and keyboard, hide, and are found again after a reload', async ({
  page,
}) => {
  const errors = await openStudio(page, server.launchUrl);
  const list = page.locator('.main-list');
  const side = page.locator('.main-side');
  const problems = page.locator('.main-problems');

  // The post list, dragged 80 pixels wider.
  const listSeparator = separator(page, 'Resize the post list');
  const listBefore = await valueOf(listSeparator);
  await drag(page, listSeparator, 80, 0);
  await expect.poll(() => valueOf(listSeparator)).toBe(listBefore + 80);
  expect(Math.round(await widthOf(list))).toBe(listBefore + 80);

  // The side panel, with the keyboard: Left moves its edge left, making it wider.
  const sideSeparator = separator(page, 'Resize the side panel');
  const sideBefore = await valueOf(sideSeparator);
  await sideSeparator.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => valueOf(sideSeparator)).toBe(sideBefore + 32);
  await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(() => valueOf(sideSeparator)).toBe(sideBefore + 32 - 80);
  expect(await sideSeparator.getAttribute('aria-orientation')).toBe('vertical');
  const sideWidth = await valueOf(sideSeparator);
  expect(Math.round(await widthOf(side))).toBe(sideWidth);

  // The problems panel, dragged 60 pixels taller.
  const problemsSeparator = separator(page, 'Resize the problems panel');
  const problemsBefore = await valueOf(problemsSeparator);
  await drag(page, problemsSeparator, 0, -60);
  await expect.poll(() => valueOf(problemsSeparator)).toBe(problemsBefore + 60);
  expect(Math.round((await problems.boundingBox())?.height ?? 0)).toBe(problemsBefore + 60);

  // Hidden from the app bar and by shortcut; the editor gets the room.
  const centreBefore = await widthOf(page.locator('.main-centre'));
  await paneToggle(page, 'Side panel').click();
  await expect(paneToggle(page, 'Side panel')).toHaveAttribute('aria-pressed', 'false');
  await expect(side).toBeHidden();
  await page.keyboard.press('Control+Alt+b');
  await expect(list).toBeHidden();
  await expect(paneToggle(page, 'Post list')).toHaveAttribute('aria-pressed', 'false');
  expect(await widthOf(page.locator('.main-centre'))).toBeGreaterThan(
    centreBefore + listBefore + 80 + sideWidth - 4,
  );

  // After a reload: as they were left.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Recap Studio' })).toBeVisible();
  await expect(list).toBeHidden();
  await expect(side).toBeHidden();
  await expect(paneToggle(page, 'Post list')).toHaveAttribute('aria-pressed', 'false');
  expect(await valueOf(problemsSeparator)).toBe(problemsBefore + 60);

  // Shown again, at the sizes they had: finding a post brings the list back, focus in its search.
  await page.keyboard.press('Control+p');
  await expect(page.getByRole('searchbox', { name: 'Search posts' })).toBeFocused();
  await expect(paneToggle(page, 'Post list')).toHaveAttribute('aria-pressed', 'true');
  await paneToggle(page, 'Side panel').click();
  await expect(list).toBeVisible();
  await expect(side).toBeVisible();
  expect(await valueOf(listSeparator)).toBe(listBefore + 80);
  expect(await valueOf(sideSeparator)).toBe(sideWidth);

  // The problems panel hides from the app bar too, and comes back from the palette.
  // Hidden, the panel keeps its header with the button that shows it again.
  await paneToggle(page, 'Problems').click();
  await expect(paneToggle(page, 'Problems')).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('button', { name: 'Show problems' })).toBeVisible();
  await page.keyboard.press('Control+Shift+p');
  await page.keyboard.type('problems panel');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Hide problems' })).toBeVisible();
  await expect(problems).toBeVisible();

  // A double-click puts a pane back to its default size.
  await listSeparator.dblclick();
  await expect.poll(() => valueOf(listSeparator)).toBe(300);
  expect(errors).toEqual([]);
});

test('focus mode shows only the editor; Escape or the shortcut brings the panes back', async ({
  page,
}) => {
  const errors = await openStudio(page, server.launchUrl);
  await openFromList(page, longPost);
  await page.keyboard.press('Control+Alt+z');
  await expect(page.locator('.app-bar')).toBeHidden();
  await expect(page.locator('.main-list')).toBeHidden();
  await expect(page.locator('.main-side')).toBeHidden();
  await expect(page.locator('.main-problems')).toHaveCount(0);
  await expect(page.getByRole('tablist', { name: 'Open posts' })).toBeHidden();
  await expect(editorText(page)).toBeFocused();
  const editor = await page.locator('.cm-editor').boundingBox();
  expect(editor?.width).toBeGreaterThan(1400);
  expect(editor?.height).toBeGreaterThan(850);

  await page.keyboard.press('Escape');
  await expect(page.locator('.app-bar')).toBeVisible();
  await expect(page.locator('.main-list')).toBeVisible();
  await expect(page.locator('.main-problems')).toBeVisible();

  await page.keyboard.press('Control+Alt+z');
  await expect(page.locator('.main-side')).toBeHidden();
  await page.keyboard.press('Control+Alt+z');
  await expect(page.locator('.main-side')).toBeVisible();

  // The visible way out.
  await page.keyboard.press('Control+Alt+z');
  await page.getByRole('button', { name: 'Leave focus mode' }).click();
  await expect(page.locator('.app-bar')).toBeVisible();
  expect(errors).toEqual([]);
});

test('at 1024×700 with the side panel hidden the editor shows 80 columns', async ({ page }) => {
  const errors = await openStudio(page, server.launchUrl);
  await page.setViewportSize({ width: 1024, height: 700 });
  await openFromList(page, longPost);
  await paneToggle(page, 'Side panel').click();
  const columns = await page
    .locator('.cm-line')
    .first()
    .evaluate((line) => {
      const style = getComputedStyle(line);
      const probe = document.createElement('span');
      probe.style.font = style.font;
      probe.style.whiteSpace = 'pre';
      probe.textContent = 'x'.repeat(100);
      document.body.append(probe);
      const charWidth = probe.getBoundingClientRect().width / 100;
      probe.remove();
      const content = line.closest('.cm-content') as HTMLElement;
      // The room for text: the content's width less each line's own padding.
      const text =
        content.getBoundingClientRect().width -
        parseFloat(style.paddingLeft) -
        parseFloat(style.paddingRight);
      return text / charWidth;
    });
  console.log(`Editor columns at 1024×700, side panel hidden: ${columns.toFixed(1)}`);
  expect(columns).toBeGreaterThanOrEqual(80);
  expect(errors).toEqual([]);
});

test('wrapped list items and YAML values hang under their own text', async ({ page }) => {
  const errors = await openStudio(page, server.launchUrl);
  await openFromList(page, tablePost);
  // Line 5, `description: |-` … its value is on line 6; line 6 is indented two and wraps.
  const line = page.locator('.cm-line', { hasText: 'Linkerd multicluster supports 3 modes' });
  await expect(line).toHaveClass(/cm-hang-2/);
  const geometry = await line.evaluate((element) => {
    // From the first character of the text, past the line's indent, to the line's end.
    const range = document.createRange();
    range.selectNodeContents(element);
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const start = (node.textContent ?? '').search(/\S/);
      if (start === -1) continue;
      range.setStart(node, start);
      break;
    }
    const left = element.getBoundingClientRect().left;
    // Each row's first box: the least left among the boxes at one height.
    const rowStarts = new Map<number, number>();
    for (const box of range.getClientRects()) {
      const top = Math.round(box.top);
      rowStarts.set(top, Math.min(rowStarts.get(top) ?? Infinity, Math.round(box.left - left)));
    }
    return { rows: rowStarts.size, offsets: [...rowStarts.values()] };
  });
  // Wrapped: every row starts where the first row's text starts, not at the line's edge.
  expect(new Set(geometry.offsets).size).toBe(1);
  expect(geometry.rows).toBeGreaterThan(1);
  expect(errors).toEqual([]);
});

/**
 * Scrolls the `index`th element matching `selector` in the preview into view
 * and clicks near its top left with the mouse; returns its text. Read from
 * the app's page: the frame runs no script, not even Playwright's.
 */
async function clickInPreview(page: Page, selector: string, index: number): Promise<string> {
  const frame = page.locator('iframe[title="Preview"]');
  const measure = () =>
    frame.evaluate(
      (element: HTMLIFrameElement, [css, nth]) => {
        const target = element.contentDocument!.querySelectorAll(css)[nth as number]!;
        const box = target.getBoundingClientRect();
        const frameBox = element.getBoundingClientRect();
        const inView = box.top >= 0 && box.top + 8 <= frameBox.height;
        if (!inView) target.scrollIntoView({ block: 'center' });
        return {
          x: Math.round(frameBox.left + box.left + 4),
          y: Math.round(frameBox.top + box.top + 4),
          inView,
          text: target.textContent ?? '',
        };
      },
      [selector, index] as const,
    );
  // The preview scrolls itself to follow the editor's cursor: click once the
  // block is in view and has stopped moving, so the click lands on it.
  let place = await measure();
  await expect
    .poll(async () => {
      await page.waitForTimeout(150);
      const now = await measure();
      const settled = now.inView && now.x === place.x && now.y === place.y;
      place = now;
      return settled;
    })
    .toBe(true);
  await page.mouse.click(place.x, place.y);
  return place.text;
}

/** The first word of four letters or more: the same in the text and its rendering. */
function firstWord(text: string): string {
  return /[A-Za-z]{4,}/.exec(text)?.[0] ?? '';
}

/** The element's bottom lies inside the preview frame's visible box. */
async function expectInFrameView(page: Page, element: Locator): Promise<void> {
  const frameBox = await page.locator('iframe[title="Preview"]').boundingBox();
  await expect
    .poll(async () => {
      const box = await element.boundingBox();
      if (!box || !frameBox) return false;
      return box.y + box.height <= frameBox.y + frameBox.height && box.y >= frameBox.y - 1;
    })
    .toBe(true);
}

test('a click in the preview moves the editor to that block', async ({ page }) => {
  const errors = await openStudio(page, server.launchUrl);
  await openFromList(page, longPost);
  await expect(preview(page).locator('main.post h2').nth(2)).toBeAttached({ timeout: 20_000 });
  const text = await clickInPreview(page, 'main.post h2', 2);
  await expect(editorText(page)).toBeFocused();
  await expect(page.locator('.cm-activeLine')).toHaveText(new RegExp(`^## .*${firstWord(text)}`));
  await expect(page.locator('.cm-activeLine')).toBeInViewport();

  // A paragraph further on (one without links, which open the browser): the cursor goes there.
  const words = await clickInPreview(page, 'main.post > p:not(:has(a))', 12);
  await expect(editorText(page)).toBeFocused();
  await expect(page.locator('.cm-activeLine')).toContainText(firstWord(words));
  await expect(page.locator('.cm-activeLine')).toBeInViewport();
  expect(errors).toEqual([]);
});

test('the preview shows the page header, coloured code, scrolling tables', async ({ page }) => {
  const errors = await openStudio(page, server.launchUrl);
  await openFromList(page, longPost);
  const frame = preview(page);
  const header = frame.locator('header.page-header');
  await expect(header.locator('h1')).toHaveText(
    'Workshop recap: Real-World GitOps with Flux, Flagger, and Linkerd',
  );
  await expect(header.locator('.page-byline')).toHaveText('May 15, 2023 · Flynn');
  await expect(header.locator('img.page-cover')).toHaveJSProperty('complete', true);
  const coverWidth = await page
    .locator('iframe[title="Preview"]')
    .evaluate(
      (element: HTMLIFrameElement) =>
        element.contentDocument!.querySelector<HTMLImageElement>('img.page-cover')!.naturalWidth,
    );
  expect(coverWidth).toBeGreaterThan(0);

  // github-dark, as linkerd.io's markup.highlight.style says: YAML keys in its blue.
  const key = frame.locator('pre code.hljs .hljs-attr').first();
  await expect(key).toBeVisible();
  await expect(key).toHaveCSS('color', 'rgb(121, 192, 255)');
  await expect(frame.locator('pre').first()).toHaveCSS('background-color', 'rgb(13, 17, 23)');

  await openFromList(page, tablePost);
  await expect(frame.locator('.table-scroll').first()).toBeVisible();
  const sizes = await page
    .locator('iframe[title="Preview"]')
    .evaluate((frameElement: HTMLIFrameElement) => {
      const doc = frameElement.contentDocument!;
      const box = doc.querySelector('.table-scroll')!;
      return {
        client: box.clientWidth,
        scroll: box.scrollWidth,
        table: box.querySelector('table')!.getBoundingClientRect().width,
        pageScrolls: doc.documentElement.scrollWidth > doc.documentElement.clientWidth,
      };
    });
  // Wider than its box: it scrolls there rather than squeezing the columns or the page.
  expect(sizes.scroll).toBeGreaterThan(sizes.client);
  expect(Math.round(sizes.table)).toBe(sizes.scroll);
  expect(sizes.pageScrolls).toBe(false);
  expect(errors).toEqual([]);
});

test('transparent images get a light backdrop in the dark theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const errors = await openStudio(page, server.launchUrl);
  await openFromList(page, tablePost);
  const image = preview(page).locator('main.post img').first();
  await expect(image).toHaveCSS('background-color', 'rgb(246, 248, 250)');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(image).toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
  expect(errors).toEqual([]);
});

test('screenshots of the main screen, light and dark, large and small', async ({ page }) => {
  mkdirSync('/tmp/shots', { recursive: true });
  const errors = await openStudio(page, server.launchUrl);
  await openFromList(page, longPost);
  await preview(page).locator('header.page-header h1').waitFor();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [width, height] of [
      [1440, 900],
      [1024, 700],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.waitForTimeout(200);
      await page.screenshot({ path: `/tmp/shots/main-${scheme}-${width}x${height}.png` });
    }
  }
  expect(errors).toEqual([]);
});

test('the preview keeps the block being typed in view at the end of a long post', async ({
  page,
}) => {
  const errors = await openStudio(page, server.launchUrl);
  await openFromList(page, longPost);
  const frame = preview(page);
  await expect(frame.locator('main.post h2').first()).toBeVisible();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  const words = 'Closing words typed at the very end of a long post, to be seen while typed.';
  await page.keyboard.type(words);
  await page.keyboard.type(` ${words}`);
  const typed = frame.locator('main.post p', { hasText: 'Closing words typed' });
  await expect(typed).toContainText(`${words} ${words}`);
  await expectInFrameView(page, typed);

  // Typing on: the paragraph grows, and its end stays in view.
  for (let i = 0; i < 4; i++) await page.keyboard.type(` ${words}`);
  await expect(typed).toContainText('to be seen while typed. Closing');
  await expectInFrameView(page, typed);

  // Closed without saving, so no backup of the typing greets the next page.
  await page.keyboard.press('Control+Alt+w');
  await page
    .getByRole('dialog', { name: 'Save your changes?' })
    .getByRole('button', { name: 'Close without saving' })
    .click();
  await expect(page.getByRole('tab', { name: longPost })).toHaveCount(0);
  expect(errors).toEqual([]);
});
