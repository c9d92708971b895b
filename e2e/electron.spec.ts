import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

const require = createRequire(import.meta.url);

function electronBinary(): string | null {
  const folder = dirname(require.resolve('electron/package.json'));
  const pathFile = join(folder, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(folder, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();

const skipReason =
  'SKIPPED: the Electron end-to-end test needs the Electron binary, which is not installed on this machine (npm start fetches it where the network allows).';

test('the desktop window opens with the app', async () => {
  if (binary === null) console.log(skipReason);
  test.skip(binary === null, skipReason);
  const app = await electron.launch({
    executablePath: binary ?? undefined,
    args: [resolve(import.meta.dirname, '..'), '--no-sandbox'],
  });
  try {
    const window = await app.firstWindow();
    await expect(window.getByRole('heading', { name: 'Recap Studio' })).toBeVisible();
    const preferences = await app.evaluate(({ BrowserWindow }) => {
      const web = BrowserWindow.getAllWindows()[0]?.webContents;
      return web
        ? {
            isolated: web.getLastWebPreferences()?.contextIsolation,
            sandbox: web.getLastWebPreferences()?.sandbox,
          }
        : null;
    });
    expect(preferences).toEqual({ isolated: true, sandbox: true });
  } finally {
    await app.close();
  }
});
