import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './scripts/renderer-config';

export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/main/electron/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can require only `electron`: it must be CommonJS, with
      // its dependencies (zod, through the contract) bundled in.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: rendererConfig(__dirname),
});
