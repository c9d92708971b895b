import { cp, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';

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

/** What a launch tells the running app through the single-instance lock. */
export interface LaunchData {
  /** The folder named on the command line, absolute; null when none was. */
  folder: string | null;
}

/** The data to hand the running app: the folder named on this launch's command line. */
export function launchData(argv: readonly string[], defaultApp: boolean, cwd: string): LaunchData {
  const folder = folderFromArgv(argv, defaultApp);
  return { folder: folder === null ? null : resolve(cwd, folder) };
}

/**
 * The folder a second launch asks the running app to open, or null. The
 * launch's own data comes first: Chromium may add switches to, and reorder,
 * the argv it passes along. A relative folder is from where that launch was
 * started, not from where the running app was.
 */
export function secondLaunchFolder(launch: {
  additionalData: unknown;
  argv: readonly string[];
  workingDirectory: string;
  defaultApp: boolean;
}): string | null {
  const data = launch.additionalData as Partial<LaunchData> | null | undefined;
  if (data && typeof data === 'object' && 'folder' in data) {
    return typeof data.folder === 'string' && isAbsolute(data.folder) ? data.folder : null;
  }
  return launchData(launch.argv, launch.defaultApp, launch.workingDirectory).folder;
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
