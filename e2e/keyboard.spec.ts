import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { startJourneyServer, type JourneyServer } from './journey-server';
import { editorText, openStudio, postList, saveState } from './studio-page';

// The main journey with the keyboard alone, checking after each step where
// focus is and that it can be seen. Nothing here clicks.

const icymi = 'content/blog/2019/0329-icymi-march-2019-meetup/index.md';

let server: JourneyServer;

test.beforeAll(async () => {
  server = await startJourneyServer();
});

test.afterAll(async () => {
  await server?.stop();
});

/**
 * How the focused element shows it has focus: `outline`, `cursor` for the
 * editor's text, or what is wrong.
 */
function focusIndicator(page: Page): Promise<string> {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    if (!element || element === document.body) return 'nothing has focus';
    if (element.classList.contains('cm-content')) {
      const cursor = element.closest('.cm-editor')?.querySelector('.cm-cursor');
      return cursor && cursor.getBoundingClientRect().height > 0 ? 'cursor' : 'no cursor';
    }
    const style = getComputedStyle(element);
    const width = Number.parseFloat(style.outlineWidth);
    return style.outlineStyle !== 'none' && width >= 2
      ? 'outline'
      : `no outline on ${element.tagName.toLowerCase()}.${element.className}`;
  });
}

const announcements = (page: Page) => page.getByRole('status', { name: 'Announcements' });

test('open a post, edit, save, go to its problems and jump to one, by keyboard', async ({
  page,
}) => {
  const errors = await openStudio(page, server.launchUrl);

  // Find the post and open it.
  await page.keyboard.press('Control+P');
  const search = page.getByRole('searchbox', { name: 'Search posts' });
  await expect(search).toBeFocused();
  expect(await focusIndicator(page)).toBe('outline');
  await page.keyboard.type('ICYMI');
  await expect(postList(page).getByRole('option')).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await expect(postList(page)).toBeFocused();
  expect(await focusIndicator(page)).toBe('outline');
  await expect(postList(page)).toHaveAttribute(
    'aria-activedescendant',
    (await postList(page).getByRole('option', { name: /ICYMI/ }).getAttribute('id'))!,
  );
  // The option a screen reader reads: title, date, author, and what needs attention.
  await expect(postList(page).getByRole('option', { selected: true })).toHaveAccessibleName(
    /^ICYMI: our March 2019 meetup.*2019-03-29.*kiersten.*has videos.*\d+ warnings?$/,
  );
  await page.keyboard.press('Enter');
  const editor = page.getByRole('textbox', { name: 'Text of ICYMI: our March 2019 meetup' });
  await expect(editor).toBeFocused();
  expect(await focusIndicator(page)).toBe('cursor');

  // Edit and save; the save is announced and focus stays in the text.
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\nTyped without a mouse.');
  await expect(saveState(page)).toHaveText('Unsaved changes');
  await page.keyboard.press('Control+S');
  await expect(saveState(page)).toHaveText('Saved');
  await expect(announcements(page)).toHaveText('ICYMI: our March 2019 meetup saved.');
  await expect(editor).toBeFocused();
  expect(await readFile(join(server.site, icymi), 'utf8')).toContain('Typed without a mouse.');

  // To the problems: focus goes to the first, the arrows move through them.
  await page.keyboard.press('Control+Shift+M');
  // The rows of the list (a group's own row too), not the fix buttons beside them.
  const problems = page.getByRole('region', { name: 'Problems' }).locator('.problem');
  await expect(problems.nth(0)).toBeFocused();
  const count = await problems.count();
  expect(count).toBeGreaterThanOrEqual(3);
  await expect(problems.nth(0)).toHaveAccessibleName(new RegExp(`^Warning: .*, 1 of ${count}$`));
  expect(await focusIndicator(page)).toBe('outline');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(problems.nth(2)).toBeFocused();
  expect(await focusIndicator(page)).toBe('outline');
  // Tab leaves the list in one step: it is one tab stop.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(problems.nth(2)).toBeFocused();

  // Enter jumps to the problem's text, and focus goes with it.
  const line = Number(/Line (\d+)/.exec((await problems.nth(2).textContent()) ?? '')?.[1]);
  await page.keyboard.press('Enter');
  await expect(editor).toBeFocused();
  await expect(page.getByLabel('Cursor position')).toContainText(`Ln ${line},`);
  expect(await focusIndicator(page)).toBe('cursor');

  // The shortcut again from the problems hides them and gives focus back to the text.
  // Back in the problems, focus is on the one left last.
  await page.keyboard.press('Control+Shift+M');
  await expect(problems.nth(2)).toBeFocused();
  await page.keyboard.press('Control+Shift+M');
  // Hidden, the panel keeps its header with the button that shows it again.
  await expect(problems).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Show problems' })).toBeVisible();
  await expect(editor).toBeFocused();
  expect(errors).toEqual([]);
});

test('dialogs keep focus inside and give it back where it was', async ({ page }) => {
  const errors = await openStudio(page, server.launchUrl);
  await page.keyboard.press('Control+Shift+E');
  await page.keyboard.press('Enter');
  const editor = editorText(page);
  await expect(editor).toBeFocused();

  await page.keyboard.press('Control+Alt+N');
  const dialog = page.getByRole('dialog', { name: 'New post' });
  const title = dialog.getByLabel('Title');
  await expect(title).toBeFocused();
  const stops = [
    dialog.getByLabel('Author'),
    dialog.getByRole('button', { name: 'Cancel' }),
    dialog.getByRole('button', { name: 'Create post' }),
    dialog.getByRole('button', { name: 'Close' }),
    title,
  ];
  for (const stop of stops) {
    await page.keyboard.press('Tab');
    await expect(stop).toBeFocused();
    expect(await focusIndicator(page)).toBe('outline');
  }
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(editor).toBeFocused();

  // The palette: one field, so Tab stays in it; Escape gives focus back.
  await page.keyboard.press('Control+Shift+P');
  const palette = page.getByRole('combobox', { name: 'Type a command' });
  await expect(palette).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(palette).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(editor).toBeFocused();

  // Closing a post with unsaved text asks first; once it is closed, focus goes to the list.
  await page.keyboard.type('Unsaved.');
  await page.keyboard.press('Control+Alt+W');
  const ask = page.getByRole('dialog', { name: 'Save your changes?' });
  await expect(ask.getByRole('button', { name: 'Save and close' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(ask.getByRole('button', { name: 'Close without saving' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(ask).toBeHidden();
  await expect(postList(page)).toBeFocused();
  expect(errors).toEqual([]);
});

test('the tab strips follow the tabs pattern', async ({ page }) => {
  const errors = await openStudio(page, server.launchUrl);
  // The two newest posts, from the list.
  for (const step of ['Home', 'ArrowDown']) {
    await page.keyboard.press('Control+Shift+E');
    await page.keyboard.press(step);
    await page.keyboard.press('Enter');
    await expect(editorText(page)).toBeFocused();
  }
  const tabs = page.getByRole('tablist', { name: 'Open posts' }).getByRole('tab');
  await expect(tabs).toHaveCount(2);
  // Shift+Tab from the text reaches the selected tab, the only stop of the strip.
  await page.keyboard.press('Shift+Tab');
  await expect(tabs.nth(1)).toBeFocused();
  expect(await focusIndicator(page)).toBe('outline');
  await page.keyboard.press('ArrowLeft');
  await expect(tabs.nth(0)).toBeFocused();
  await expect(tabs.nth(0)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('textbox', { name: /^Text of Welcome/ })).toBeAttached();
  await page.keyboard.press('End');
  await expect(tabs.nth(1)).toBeFocused();
  await page.keyboard.press('Delete');
  await expect(tabs).toHaveCount(1);

  // The side panel's tabs too: the arrows go through preview, front matter and publish check.
  const side = page.getByRole('tablist', { name: 'Side panel' }).getByRole('tab');
  await expect(side).toHaveCount(3);
  await side.nth(0).focus();
  await page.keyboard.press('ArrowRight');
  await expect(side.nth(1)).toBeFocused();
  await expect(side.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(side.nth(2)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(side.nth(0)).toBeFocused();
  await expect(page.frameLocator('iframe[title^="Preview"]').locator('main')).toBeAttached();
  expect(errors).toEqual([]);
});
