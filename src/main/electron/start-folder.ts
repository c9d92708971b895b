import { cp, stat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The folder named on the command line, if any. Chromium and Node switches
 * (`--no-sandbox`, `--inspect=0`, macOS's `-psn_…`) are not folders; when the
 * Electron binary was started with the app's path (`electron . FOLDER`,
 * `process.defaultApp`), that path comes first and is skipped too.
 */
export function folderFromArgv(argv: readonly string[], defaultApp: boolean): string | null {
  const positional = argv.slice(1).filter((arg) => !arg.startsWith('-'));
  if (defaultApp) positional.shift();
  return positional[0] ?? null;
}

/**
 * The sample site to open. The one shipped inside an installed app is
 * read-only (and signed on macOS), so the user's edits go to a copy in the
 * app's data folder, made once. A development checkout opens its
 * `resources/sample-site` directly, as the web mode does.
 */
export async function prepareSampleSite(options: {
  shipped: string;
  dataDir: string;
  packaged: boolean;
}): Promise<string> {
  if (!options.packaged) return options.shipped;
  const copy = join(options.dataDir, 'sample-site');
  const exists = await stat(copy).then(
    (info) => info.isDirectory(),
    () => false,
  );
  if (!exists) await cp(options.shipped, copy, { recursive: true, errorOnExist: false });
  return copy;
}
