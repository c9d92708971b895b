// Builds only the desktop app's main process, with electron.vite.config.ts as
// `npm run build` uses it, into OUT_DIR/main (the renderer is not needed here).
import { resolveConfig } from 'electron-vite';
import { build } from 'vite';

const [root, outDir] = process.argv.slice(2);
const resolved = await resolveConfig(
  { root, build: { outDir }, logLevel: 'error' },
  'build',
  'production',
);
const main = resolved.config?.main;
if (!main) throw new Error('electron.vite.config.ts has no main build.');
await build(main);
