import { defineConfig } from '@playwright/test';

// Debian's Chromium: Playwright's own browser download cannot run here.
const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: 'e2e',
  timeout: 30_000,
  // Each spec starts its own server on its own copy of the sample site, so
  // files run side by side; on CI's two cores two workers take the suite
  // from ten minutes to about six (Playwright's default there is one).
  workers: process.env['CI'] ? 2 : undefined,
  reporter: [['list']],
  use: {
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: chromiumFlags,
    },
  },
});
