import { resolve } from 'node:path';
import { builtinModules } from 'node:module';
import { defineConfig } from 'vite';

// The CLI is a plain Node program: bundle our sources, leave node_modules to Node.
export default defineConfig({
  build: {
    target: 'node20',
    outDir: 'out/cli',
    emptyOutDir: true,
    minify: false,
    sourcemap: true,
    ssr: resolve(__dirname, 'src/main/cli/index.ts'),
    rollupOptions: {
      external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`), /^[^./]/],
      output: { format: 'es', entryFileNames: 'index.js' },
    },
  },
});
