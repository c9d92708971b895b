import type { Configuration } from 'electron-builder';

// `npm run dist`: the release packages. It downloads Electron for each
// platform, so it runs on a release machine, not in this repository's CI;
// test/packaging.test.ts checks this configuration instead.

/**
 * Electron's fuses, flipped in the packaged binary (through @electron/fuses,
 * before signing). Off: running as plain Node (`ELECTRON_RUN_AS_NODE`),
 * `NODE_OPTIONS`, `--inspect`, and the extra privileges of `file://` pages
 * (the app's page comes from its own scheme). On: the app loads only from
 * its asar archive, whose integrity is checked where Electron can (macOS,
 * Windows), and cookies are encrypted with the system's keys.
 */
export const releaseFuses = {
  runAsNode: false,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  grantFileProtocolExtraPrivileges: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  enableCookieEncryption: true,
} as const;

const config: Configuration = {
  appId: 'app.recap-studio.desktop',
  productName: 'Recap Studio',
  executableName: 'recap-studio',
  copyright: 'Copyright © Recap Studio contributors',
  directories: { output: 'dist', buildResources: 'resources' },
  // What electron-vite built (package.json's main is out/main/index.cjs): main,
  // preload, and the renderer with its preview worker. The CLI and sources stay out.
  files: ['out/main/**', 'out/preload/**', 'out/renderer/**', '!**/*.map'],
  asar: true,
  // Opened from resources/sample-site (see shippedSampleSite) and copied on first start.
  extraResources: [{ from: 'resources/sample-site', to: 'sample-site' }],
  electronFuses: releaseFuses,
  icon: 'resources/icon.png',
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Development',
    maintainer: 'Recap Studio contributors <recap-studio@users.noreply.github.com>',
    synopsis: 'Write Hugo blog posts and event recaps',
  },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.developer-tools',
    hardenedRuntime: true,
  },
  dmg: { title: 'Recap Studio' },
  win: { target: ['nsis'] },
  nsis: { oneClick: false, allowToChangeInstallationDirectory: true },
};

export default config;
