import { join } from 'node:path';
import { app, dialog } from 'electron';
import { electronProfileDir } from '../services/app-data';
import { startApp, shippedSampleSite } from './app';
import { registerPrivilegedSchemes } from './app-protocol';
import { launchData } from './start-folder';

// Privileged schemes must be registered before the app is ready.
registerPrivilegedSchemes();
// Before the lock is taken: it lives in this folder, as does Chromium's profile.
app.setPath('userData', electronProfileDir());

if (
  !app.requestSingleInstanceLock(
    launchData(process.argv, process.defaultApp === true, process.cwd()),
  )
) {
  app.quit();
} else {
  app
    .whenReady()
    .then(() =>
      startApp({
        preload: join(__dirname, '../preload/index.cjs'),
        rendererDir: join(__dirname, '../renderer'),
        sampleSite: shippedSampleSite(),
        devServerUrl: app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'],
      }),
    )
    .catch((error: unknown) => {
      // Only start-up itself lands here (the page's loading reports in the window).
      // Quitting normally lets whatever did start close its files.
      dialog.showErrorBox(
        'Recap Studio could not start',
        `Something went wrong while starting: ${(error as Error).stack ?? String(error)}`,
      );
      app.once('quit', () => app.exit(1));
      app.quit();
    });
}
