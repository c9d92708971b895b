import { resolve } from 'node:path';
import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

// The CLI and the web mode server are plain Node programs: bundle our sources, leave node_modules to Node.
export default defineConfig({
  build: {
    target: 'node20',
    outDir: 'out/cli',
    emptyOutDir: true,
    minify: false,
    sourcemap: true,
    ssr: true,
    rollupOptions: {
      input: {
        index: resolve(import.meta.dirname, 'src/main/cli/index.ts'),
        web: resolve(import.meta.dirname, 'src/main/web/main.ts'),
        // batch-check.ts starts it as a worker thread, by this file name.
        'check-worker': resolve(import.meta.dirname, 'src/main/services/check-worker.ts'),
      },
      external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`), /^[^./]/],
      output: {
        format: 'es',
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});
