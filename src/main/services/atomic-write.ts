import { open, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** Prefix of our temporary files, so watchers can ignore them. */
export const temporaryFilePrefix = '.recap-studio-';

/**
 * Replaces `file` so that a crash at any moment leaves either the old or the
 * new content: write a temp file in the same folder, fsync it, rename it over
 * the original, then fsync the folder so the rename itself is durable. The
 * file's mode is kept.
 */
export async function writeFileAtomic(file: string, data: Uint8Array): Promise<void> {
  const folder = dirname(file);
  const temporary = join(
    folder,
    `${temporaryFilePrefix}${basename(file)}.${randomBytes(6).toString('hex')}.tmp`,
  );
  const mode = await stat(file).then(
    (s) => s.mode & 0o7777,
    () => 0o644,
  );
  const handle = await open(temporary, 'wx', mode);
  try {
    await handle.writeFile(data);
    await handle.chmod(mode);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await handle.close();
  try {
    await rename(temporary, file);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await syncFolder(folder);
}

async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } catch {
    // Some file systems refuse fsync on a folder; the rename is still atomic there.
  } finally {
    await handle.close();
  }
}
