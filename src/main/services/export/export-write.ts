import { randomBytes } from 'node:crypto';
import { link, lstat, mkdir, open, readFile, rename, rm, rmdir, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { ExportWritten } from '../../../shared/ipc/export';
import { ServiceError } from '../../../shared/ipc/result';
import { temporaryFilePrefix, writeFileAtomic } from '../atomic-write';
import type { PlannedExport } from './export-plan';

export interface ExportDestination {
  /** The folder the export goes into, absolute; made when missing. */
  out: string;
  /** One `NAME.md` file instead of a bundle. */
  singleFile: boolean;
  /** Replace the post and files of the same names that are already there. */
  force: boolean;
}

interface OutgoingFile {
  /** Relative to the bundle, with `/`. */
  path: string;
  bytes: () => Promise<Uint8Array>;
}

/**
 * Writes a planned export so that a failure at any point leaves the
 * destination as it was: a new bundle is made in a hidden folder beside it
 * and renamed into place whole; a single file is linked into place, which
 * refuses to replace one; with `force`, each file replaced is kept aside
 * until every new one is in place, and put back if one fails. Other files of
 * an existing bundle folder are left alone.
 */
export async function writeExport(
  plan: PlannedExport,
  destination: ExportDestination,
): Promise<ExportWritten> {
  if (plan.problems.length > 0)
    throw new ServiceError('invalid', `The post cannot be exported: ${plan.problems.join(' ')}`);
  await mkdir(destination.out, { recursive: true }).catch((error: unknown) => {
    throw new ServiceError('io', `The folder ${destination.out} cannot be made: ${message(error)}`);
  });
  const text = new TextEncoder().encode(plan.text);
  if (destination.singleFile) {
    const postFile = join(destination.out, plan.postFile);
    await writeSingleFile(postFile, text, destination.force);
    return { postFile, folder: destination.out, assets: [] };
  }

  const bundle = join(destination.out, plan.name);
  const source = plan.bundleFolder;
  const files: OutgoingFile[] = [
    { path: 'index.md', bytes: () => Promise.resolve(text) },
    ...plan.assets.map((asset) => ({
      path: asset,
      bytes: async () => {
        if (source === null) throw new Error(`No folder to copy ${asset} from.`);
        return readFile(join(source, ...asset.split('/'))).catch((error: unknown) => {
          throw new ServiceError(
            'io',
            `The post's file ${asset} cannot be read: ${message(error)}`,
          );
        });
      },
    })),
  ];
  const existing = await lstat(bundle).catch(() => null);
  if (existing && !destination.force)
    throw new ServiceError(
      'exists',
      `${bundle} already exists. Choose another folder, or replace it (--force).`,
    );
  if (existing && !existing.isDirectory())
    throw new ServiceError('exists', `${bundle} is a file, not a folder; it was left as it is.`);
  if (existing) await replaceInFolder(bundle, files);
  else await writeNewFolder(bundle, files);
  return { postFile: join(bundle, 'index.md'), folder: bundle, assets: plan.assets };
}

function message(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}

function temporaryName(folder: string, name: string, kind: string): string {
  return join(folder, `${temporaryFilePrefix}${name}.${randomBytes(6).toString('hex')}.${kind}`);
}

async function writeSynced(file: string, bytes: Uint8Array): Promise<void> {
  const handle = await open(file, 'wx', 0o644);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function writeSingleFile(file: string, bytes: Uint8Array, force: boolean): Promise<void> {
  if (force) {
    await writeFileAtomic(file, bytes).catch((error: unknown) => {
      throw new ServiceError('io', `${file} cannot be written: ${message(error)}`);
    });
    return;
  }
  const temporary = temporaryName(dirname(file), basename(file), 'tmp');
  try {
    await writeSynced(temporary, bytes);
    // link() fails when the name is taken: no window in which another file is replaced.
    await link(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      throw new ServiceError(
        'exists',
        `${file} already exists. Choose another folder, or replace it (--force).`,
      );
    throw new ServiceError('io', `${file} cannot be written: ${message(error)}`);
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
}

/** The whole bundle made in a hidden folder beside it, then renamed into place in one step. */
async function writeNewFolder(bundle: string, files: readonly OutgoingFile[]): Promise<void> {
  const staging = temporaryName(dirname(bundle), basename(bundle), 'tmp');
  try {
    await mkdir(staging);
    for (const file of files) {
      const target = join(staging, ...file.path.split('/'));
      await mkdir(dirname(target), { recursive: true });
      await writeSynced(target, await file.bytes());
    }
    if (await lstat(bundle).catch(() => null))
      throw new ServiceError('exists', `${bundle} appeared while the export was written.`);
    await rename(staging, bundle);
  } catch (error) {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    if (error instanceof ServiceError) throw error;
    throw new ServiceError('io', `The bundle ${bundle} cannot be written: ${message(error)}`);
  }
}

/**
 * Each file written beside its place first; then the old ones moved aside
 * and the new ones renamed in. Any failure puts the old files back and
 * removes what was added, folders included.
 */
async function replaceInFolder(bundle: string, files: readonly OutgoingFile[]): Promise<void> {
  const staged: { target: string; temporary: string; aside: string | null }[] = [];
  const madeFolders: string[] = [];
  try {
    for (const file of files) {
      const target = join(bundle, ...file.path.split('/'));
      madeFolders.push(...(await makeFolders(bundle, dirname(target))));
      const temporary = temporaryName(dirname(target), basename(target), 'tmp');
      staged.push({ target, temporary, aside: null });
      await writeSynced(temporary, await file.bytes());
    }
    for (const entry of staged) {
      const old = await lstat(entry.target).catch(() => null);
      if (old?.isDirectory())
        throw new ServiceError('exists', `${entry.target} is a folder; it was left as it is.`);
      if (old) {
        const aside = temporaryName(dirname(entry.target), basename(entry.target), 'old');
        await rename(entry.target, aside);
        entry.aside = aside;
      }
      await rename(entry.temporary, entry.target);
      entry.temporary = '';
    }
  } catch (error) {
    for (const entry of staged.reverse()) {
      if (entry.temporary !== '') await unlink(entry.temporary).catch(() => undefined);
      else await unlink(entry.target).catch(() => undefined);
      if (entry.aside !== null) await rename(entry.aside, entry.target).catch(() => undefined);
    }
    for (const folder of madeFolders.reverse()) await rmdir(folder).catch(() => undefined);
    if (error instanceof ServiceError) throw error;
    throw new ServiceError('io', `The bundle ${bundle} cannot be written: ${message(error)}`);
  }
  for (const entry of staged)
    if (entry.aside !== null) await unlink(entry.aside).catch(() => undefined);
}

/** Makes `folder` inside `root`; returns the folders it made, outermost first. */
async function makeFolders(root: string, folder: string): Promise<string[]> {
  const missing: string[] = [];
  for (let at = folder; at !== root && !(await lstat(at).catch(() => null)); at = dirname(at))
    missing.unshift(at);
  for (const made of missing) await mkdir(made);
  return missing;
}
