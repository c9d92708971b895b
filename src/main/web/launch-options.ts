import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export type WebArgs = { folder: string | null; port: number | undefined };

export const webUsage = 'Usage: npm run web [-- FOLDER] [--port PORT]';

/** `[FOLDER] [--port PORT]`; throws with a sentence for the user on anything else. */
export function parseWebArgs(argv: readonly string[]): WebArgs {
  let folder: string | null = null;
  let port: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const portText = arg === '--port' ? argv[++i] : arg.startsWith('--port=') ? arg.slice(7) : null;
    if (portText !== null) {
      const value = Number(portText);
      if (!Number.isInteger(value) || value < 1 || value > 65535)
        throw new Error(`The port must be a number from 1 to 65535, not "${portText ?? ''}".`);
      port = value;
    } else if (arg.startsWith('-')) {
      throw new Error(`Unknown option ${arg}. ${webUsage}`);
    } else if (folder !== null) {
      throw new Error(`Give one folder only. ${webUsage}`);
    } else {
      folder = arg;
    }
  }
  return { folder, port };
}

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

/** The nearest folder above `start` holding this project's package.json (from `out/cli` or `src/main/web`). */
export function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        const { name } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown };
        if (name === 'recap-studio') return dir;
      } catch {
        // Not ours; keep walking up.
      }
    }
    if (dirname(dir) === dir)
      throw new Error(`Recap Studio's project folder was not found above ${start}.`);
  }
}
