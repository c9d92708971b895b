import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import type { UserConfig } from 'vite';
import { pagePolicyPlugin } from './page-policy-plugin';

/**
 * The renderer's Vite configuration, for electron-vite and for the tests that
 * start its dev server: `projectRoot` is the checkout's folder.
 */
export function rendererConfig(projectRoot: string): UserConfig {
  return {
    root: resolve(projectRoot, 'src/renderer'),
    build: {
      rollupOptions: { input: { index: resolve(projectRoot, 'src/renderer/index.html') } },
    },
    plugins: [react(), pagePolicyPlugin()],
  };
}
