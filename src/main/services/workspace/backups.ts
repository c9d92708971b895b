import { mkdir, readFile, readdir, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { backupSchema, type Backup } from '../../../shared/ipc/data';
import { temporaryFilePrefix, writeFileAtomic } from '../atomic-write';

function shortHash(text: string, length: number): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

/**
 * Unsaved editor text, kept in the app's data folder (never in the content
 * folder, where git would see it): `backups/<folder hash>/<post hash>.json`,
 * one file per post, each written atomically. The renderer sends a dirty
 * buffer about a second after the last edit; after a crash the next start
 * lists them so the user can restore or discard each. Saving a post clears
 * its backup.
 */
export class Backups {
  readonly folder: string;

  /** `root` is the open folder's real path, so a folder opened through a link finds its backups. */
  constructor(dataDir: string, root: string) {
    this.folder = join(dataDir, 'backups', shortHash(root, 16));
  }

  private fileOf(path: string): string {
    return join(this.folder, `${shortHash(path, 32)}.json`);
  }

  async store(path: string, text: string, savedAt = new Date()): Promise<void> {
    const backup: Backup = { path, savedAt: savedAt.toISOString(), text };
    await mkdir(this.folder, { recursive: true });
    await writeFileAtomic(this.fileOf(path), new TextEncoder().encode(JSON.stringify(backup)));
  }

  /** Every backup of this folder, oldest first; damaged files are skipped, not fatal. */
  async list(): Promise<Backup[]> {
    const names = await readdir(this.folder).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    });
    const backups: Backup[] = [];
    for (const name of names) {
      if (!name.endsWith('.json') || name.startsWith(temporaryFilePrefix)) continue;
      const text = await readFile(join(this.folder, name), 'utf8').catch(() => null);
      if (text === null) continue;
      try {
        const parsed = backupSchema.safeParse(JSON.parse(text));
        // A file under another post's name is not this post's backup.
        if (parsed.success && `${shortHash(parsed.data.path, 32)}.json` === name)
          backups.push(parsed.data);
      } catch {
        // Damaged JSON (a disk that lied about fsync): nothing to restore from it.
      }
    }
    return backups.sort(
      (a, b) => a.savedAt.localeCompare(b.savedAt) || a.path.localeCompare(b.path),
    );
  }

  async discard(path: string): Promise<void> {
    await unlink(this.fileOf(path)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
}
