import { readdir, realpath, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { channels, type Channel, type StudioApi } from '../../shared/ipc/contract';
import type { FolderListing } from '../../shared/ipc/folder-picker';
import { ServiceError } from '../../shared/ipc/result';
import { findConfigFile } from '../services/site';
import { isIgnoredSegment, isInside } from '../services/workspace/paths';

export interface WebFoldersOptions {
  /** The user's home folder: the picker shows nothing outside it. */
  home: string;
  /** The folder given at launch (or chosen for it), always allowed. */
  launchFolder: string | null;
  /** The recent folders, read at each check: every folder opened joins them. */
  recentFolders: () => readonly string[];
  /** Told each folder the user picks: exports may go into it (`ExportService.grantFolder`). */
  onPick?: (folder: string) => Promise<unknown>;
}

/**
 * Which folders a page of the web mode may open, and export into. Holding the token is not
 * enough to open any folder of the machine: `workspace.open` takes the
 * folder given at launch, the recent folders and those the user picked in
 * the app's own picker, which browses the home folder only.
 */
export class WebFolders {
  private readonly picked = new Set<string>();

  constructor(private readonly options: WebFoldersOptions) {}

  /** Whether `path` is, or is inside, a folder the page may open. */
  async allows(path: string): Promise<boolean> {
    const target = await realOrResolved(path);
    const allowed = [
      ...(this.options.launchFolder === null ? [] : [this.options.launchFolder]),
      ...this.options.recentFolders(),
      ...this.picked,
    ];
    for (const folder of allowed) if (isInside(await realOrResolved(folder), target)) return true;
    return false;
  }

  /** The folders in `path` (default: home), for the picker; never outside home. */
  async list(path?: string): Promise<FolderListing> {
    const home = await realOrResolved(this.options.home);
    const folder = path === undefined ? home : await this.insideHome(path);
    const entries = await readdir(folder, { withFileTypes: true }).catch((error: unknown) => {
      throw new ServiceError(
        'io',
        `The folder ${folder} cannot be read: ${(error as Error).message}`,
      );
    });
    const names = entries
      .filter((entry) => entry.isDirectory() && !isIgnoredSegment(entry.name))
      .map((entry) => entry.name)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const folders = await Promise.all(
      names.map(async (name) => {
        const child = join(folder, name);
        return { name, path: child, site: (await findConfigFile(child)) !== null };
      }),
    );
    return { path: folder, parent: folder === home ? null : dirname(folder), folders };
  }

  /** The user picked `path` in the picker: from now on it may be opened. */
  async pick(path: string): Promise<{ path: string }> {
    const folder = await this.insideHome(path);
    this.picked.add(folder);
    await this.options.onPick?.(folder);
    return { path: folder };
  }

  /** `api` with `workspace.open` refusing folders the page may not open, in plain words. */
  guard(api: StudioApi): StudioApi {
    // Each call goes to `api` itself: a service class's methods need it as `this`.
    const forwarded = Object.fromEntries(
      Object.keys(channels).map((name) => [
        name,
        (args: unknown) => (api[name as Channel] as (args: unknown) => unknown).call(api, args),
      ]),
    ) as StudioApi;
    return {
      ...forwarded,
      'workspace.open': async (args) => {
        if (!(await this.allows(args.path)))
          throw new ServiceError(
            'outside-workspace',
            `The web mode does not open ${args.path}: it opens only the folder it was started with, recent folders and folders you choose with Browse. Choose the folder with Browse first.`,
          );
        return api['workspace.open'].call(api, args);
      },
    };
  }

  /** `path` as a real, existing folder inside home, or a plain-words refusal. */
  private async insideHome(path: string): Promise<string> {
    if (!isAbsolute(path))
      throw new ServiceError('invalid', `${path} is not a full path; it must start with /.`);
    const home = await realOrResolved(this.options.home);
    const folder = await realpath(path).catch(() => null);
    if (folder === null) throw new ServiceError('not-found', `There is no folder at ${path}.`);
    if (!isInside(home, folder))
      throw new ServiceError(
        'outside-workspace',
        `The folder picker shows only folders inside your home folder (${home}); ${path} is not.`,
      );
    if (!(await stat(folder)).isDirectory())
      throw new ServiceError('invalid', `${path} is a file, not a folder.`);
    return folder;
  }
}

/** The real path where it exists (links resolved), else the path made absolute. */
async function realOrResolved(path: string): Promise<string> {
  return realpath(path).catch(() => resolve(path));
}
