import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { serveFolder } from './static-server';

test('the built renderer starts in Chromium under its Content-Security-Policy', async ({
  page,
}) => {
  const server = await serveFolder(resolve(import.meta.dirname, '..', 'out', 'renderer'));
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  try {
    await page.goto(server.url);
    await expect(page.getByRole('heading', { name: 'Recap Studio' })).toBeVisible();
    expect(problems).toEqual([]);
  } finally {
    await server.close();
  }
});
