import { expect, type Page } from '@playwright/test';

/** A stand-in for YouTube's thumbnails: this machine has no internet. */
export const onePixelPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

export const postList = (page: Page) => page.getByRole('listbox', { name: 'Posts' });
export const editorText = (page: Page) => page.locator('.cm-content');
export const saveState = (page: Page) => page.getByRole('status', { name: 'Save state' });

/**
 * Opens the studio at its launch address, 1440×900, and waits for the post
 * list. Returns the page's console errors, filled as they happen.
 */
export async function openStudio(page: Page, launchUrl: string): Promise<string[]> {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.setViewportSize({ width: 1440, height: 900 });
  // This machine has no internet: video thumbnails get a stand-in image so
  // that a failed load is not mistaken for an error of the app.
  await page.route(/^https:\/\/i\.ytimg\.com\//, (route) =>
    route.fulfill({ status: 200, contentType: 'image/png', body: onePixelPng }),
  );
  await page.goto(launchUrl);
  await expect(page.getByRole('heading', { name: 'Recap Studio' })).toBeVisible();
  await expect(postList(page)).toBeVisible();
  return errors;
}

/** Opens a post from the list and waits for the editor to have focus. */
export async function openPost(page: Page, title: RegExp): Promise<void> {
  await postList(page).getByRole('option', { name: title }).click();
  await expect(page.getByRole('tab', { name: title, selected: true })).toBeVisible();
  await expect(editorText(page)).toBeFocused();
}

/** Replaces line `line` (1-based) of the post being edited with `text`, by keyboard. */
export async function replaceLine(page: Page, line: number, text: string): Promise<void> {
  await page.keyboard.press('Control+Home');
  for (let i = 1; i < line; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Shift+End');
  await page.keyboard.type(text);
}

/** The editor's view, found through CodeMirror's own link from its DOM (the page exposes none). */
type EditorViewLike = {
  state: { doc: { toString(): string } };
  dispatch(spec: unknown): void;
};

/** The editor's whole text (CodeMirror draws only what is in view, so read its state). */
export async function editorValue(page: Page): Promise<string> {
  return page.evaluate(() => {
    const content = document
      .querySelector('.editor-host')
      ?.shadowRoot?.querySelector('.cm-content') as
      (HTMLElement & { cmTile?: { root?: { view?: EditorViewLike } } }) | null;
    return content?.cmTile?.root?.view?.state.doc.toString() ?? '';
  });
}

/**
 * Replaces the first `find` in the editor's text with `replacement`, as one
 * edit through the editor: for setting a post up where typing line by line
 * would depend on how lines wrap.
 */
export async function replaceInEditor(
  page: Page,
  find: string,
  replacement: string,
): Promise<void> {
  await page.evaluate(
    ({ find, replacement }) => {
      const content = document
        .querySelector('.editor-host')
        ?.shadowRoot?.querySelector('.cm-content') as
        (HTMLElement & { cmTile?: { root?: { view?: EditorViewLike } } }) | null;
      const view = content?.cmTile?.root?.view;
      if (!view) throw new Error('No editor.');
      const from = view.state.doc.toString().indexOf(find);
      if (from < 0) throw new Error(`"${find}" is not in the text.`);
      view.dispatch({ changes: { from, to: from + find.length, insert: replacement } });
    },
    { find, replacement },
  );
}
