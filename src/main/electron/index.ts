import { join } from 'node:path';
import { app, dialog } from 'electron';
import { startApp, shippedSampleSite } from './app';
import { registerAssetScheme } from './asset-protocol';

// Privileged schemes must be registered before the app is ready.
registerAssetScheme();

if (!app.requestSingleInstanceLock()) {
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
      dialog.showErrorBox(
        'Recap Studio could not start',
        `Something went wrong while starting: ${(error as Error).stack ?? String(error)}`,
      );
      app.exit(1);
    });
}
