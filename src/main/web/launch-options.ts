import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

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
