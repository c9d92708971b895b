import { chmod, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './atomic-write';

let folder = '';
afterEach(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('replaces the content, keeps the mode and leaves no temporary file', async () => {
    folder = await mkdtemp(join(tmpdir(), 'recap-studio-atomic-'));
    const file = join(folder, 'index.md');
    await writeFile(file, 'old');
    await chmod(file, 0o600);
    await writeFileAtomic(file, new TextEncoder().encode('new'));
    expect(await readFile(file, 'utf8')).toBe('new');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readdir(folder)).toEqual(['index.md']);
  });

  it('leaves the original untouched when the write fails', async () => {
    folder = await mkdtemp(join(tmpdir(), 'recap-studio-atomic-'));
    const file = join(folder, 'missing-folder', 'index.md');
    await expect(writeFileAtomic(file, new Uint8Array([1]))).rejects.toThrow();
    expect(await readdir(folder)).toEqual([]);
  });
});
