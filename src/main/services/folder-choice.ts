import { statSync } from 'node:fs';
import { resolve } from 'node:path';

export type FolderChoice = { folder: string; notice: string | null };

/**
 * The folder given on the command line, else the one opened last, else the
 * sample site. A last folder that has gone (moved, unmounted) falls back to
 * the sample site with a notice rather than failing to start.
 */
export function chooseFolder(options: {
  given: string | null;
  /** Where a relative FOLDER is resolved: the user's shell, not npm's. */
  cwd: string;
  lastFolder: string | null;
  sampleSite: string;
}): FolderChoice {
  if (options.given !== null) return { folder: resolve(options.cwd, options.given), notice: null };
  if (options.lastFolder !== null) {
    if (isFolder(options.lastFolder)) return { folder: options.lastFolder, notice: null };
    return {
      folder: options.sampleSite,
      notice: `The folder opened last, ${options.lastFolder}, is no longer there; opening the sample site instead.`,
    };
  }
  return { folder: options.sampleSite, notice: null };
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
