import { expect } from 'vitest';
import { main } from '../../src/main/cli/index';

/**
 * Renders every post under `contentDir` into `outDir` by the same code path
 * as `recap-studio render . --out DIR`, in-process, and expects it to
 * succeed without a word on stderr.
 */
export async function renderWithPreview(contentDir: string, outDir: string): Promise<void> {
  const stderr: string[] = [];
  const status = await main(['render', '.', '--out', outDir], {
    cwd: contentDir,
    stdout: () => {},
    stderr: (text) => stderr.push(text),
  });
  expect(stderr.join('')).toBe('');
  expect(status).toBe(0);
}
