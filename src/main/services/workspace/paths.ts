import { lstat, realpath } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
import { ServiceError } from '../../../shared/ipc/result';
import { temporaryFilePrefix } from '../atomic-write';

/**
 * The open folder's boundaries, as opened and as resolved on disk. Reads may
 * reach anything inside `root`; writes only posts and bundle files inside
 * `contentDir`.
 */
export interface FolderBounds {
  root: string;
  contentDir: string;
  realRoot: string;
  realContentDir: string;
}

/** A path that passed the checks: as the caller wrote it (with `/`) and as an absolute path. */
export interface CheckedPath {
  relative: string;
  absolute: string;
}

export async function folderBounds(root: string, contentDir: string): Promise<FolderBounds> {
  const realRoot = await realpath(root);
  // A site whose content folder does not exist yet still opens; its posts will go there.
  const realContentDir = await realPathOf(contentDir).catch(() =>
    join(realRoot, relative(root, contentDir)),
  );
  return { root, contentDir, realRoot, realContentDir };
}

function outside(message: string): ServiceError {
  return new ServiceError('outside-workspace', message);
}

/**
 * The segments of a path from outside main, checked as text before the file
 * system is touched: relative, `/`-separated, no NUL, no backslash (on
 * Windows it is a separator; on Unix nobody means it), no drive letter, and
 * no `..` at all (a client that means a file inside the folder never needs
 * one, so even harmless ones are refused).
 */
export function checkRelativePath(path: string): string[] {
  const shown = JSON.stringify(path.replaceAll('\0', '\\0'));
  if (path.includes('\0'))
    throw outside(`The path ${shown} contains a NUL character, so it is refused.`);
  if (path.includes('\\'))
    throw outside(
      `The path ${shown} contains a backslash; paths inside the open folder are written with "/".`,
    );
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path) || isAbsolute(path))
    throw outside(`The path ${shown} is absolute; only paths inside the open folder are accepted.`);
  const segments = path.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.includes('..'))
    throw outside(
      `The path ${shown} uses "..", which could leave the open folder, so it is refused.`,
    );
  if (segments.length === 0)
    throw new ServiceError('invalid', `The path ${shown} does not name a file in the open folder.`);
  return segments;
}

/** Whether `candidate` is `base` or inside it (not merely sharing its prefix, as `content-evil` does `content`). */
export function isInside(base: string, candidate: string): boolean {
  const path = relative(base, candidate);
  return path === '' || (path !== '..' && !path.startsWith(`..${sep}`) && !isAbsolute(path));
}

/** `absolute` relative to the open folder, with `/`. */
export function toRelative(bounds: FolderBounds, absolute: string): string {
  return relative(bounds.root, absolute).split(sep).join('/');
}

/**
 * Where `absolute` really is once symbolic links are followed. A path that
 * does not exist yet is judged by its nearest existing folder; a dangling
 * link is refused, because writing through it would create its target.
 */
async function realPathOf(absolute: string): Promise<string> {
  const missing: string[] = [];
  let existing = absolute;
  for (;;) {
    try {
      return join(await realpath(existing), ...missing.reverse());
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') throw error;
      const link = await lstat(existing).catch(() => null);
      if (link) throw new DanglingLinkError();
      const parent = dirname(existing);
      if (parent === existing) throw error;
      missing.push(basename(existing));
      existing = parent;
    }
  }
}

class DanglingLinkError extends Error {}

/** Resolves a path from outside main inside the open folder, or refuses it. */
export async function resolveInside(bounds: FolderBounds, path: string): Promise<CheckedPath> {
  const segments = checkRelativePath(path);
  const absolute = join(bounds.root, ...segments);
  // Belt and braces: the segments cannot escape, but the joined path is checked too.
  if (!isInside(bounds.root, absolute))
    throw outside(`The path ${JSON.stringify(path)} is outside the open folder.`);
  let real: string;
  try {
    real = await realPathOf(absolute);
  } catch (error) {
    if (error instanceof DanglingLinkError)
      throw outside(
        `The path ${JSON.stringify(path)} is a symbolic link to something that does not exist, so it is refused.`,
      );
    throw error;
  }
  if (!isInside(bounds.realRoot, real))
    throw outside(
      `The path ${JSON.stringify(path)} leads outside the open folder through a symbolic link, so it is refused.`,
    );
  return { relative: segments.join('/'), absolute };
}

export function isMarkdownName(name: string): boolean {
  return /\.(md|markdown)$/i.test(name);
}

/** `index.md`: a leaf page bundle, whose folder holds the post's images. */
export function isLeafBundleIndex(path: string): boolean {
  return /(^|\/)index\.(md|markdown)$/i.test(path);
}

/** Folders and files nobody edits as content: hidden ones (`.git`, our temp files) and node_modules. */
export function isIgnoredSegment(segment: string): boolean {
  return segment.startsWith('.') || segment === 'node_modules';
}

/**
 * A post file: Markdown under the content folder, outside hidden folders.
 * Everything else in the site (config, data, `.git`, layouts) is never
 * written and is not read as a post.
 */
export async function resolvePostFile(bounds: FolderBounds, path: string): Promise<CheckedPath> {
  const checked = await resolveInside(bounds, path);
  assertPostPath(bounds, checked);
  const real = await realPathOf(checked.absolute);
  if (!isInside(bounds.realContentDir, real)) throw notAPost(checked.relative);
  return checked;
}

function assertPostPath(bounds: FolderBounds, checked: CheckedPath): void {
  const segments = relative(bounds.contentDir, checked.absolute).split(sep);
  if (
    !isInside(bounds.contentDir, checked.absolute) ||
    !isMarkdownName(checked.absolute) ||
    segments.some(isIgnoredSegment) ||
    basename(checked.absolute).startsWith(temporaryFilePrefix)
  )
    throw notAPost(checked.relative);
}

function notAPost(path: string): ServiceError {
  return outside(
    `"${path}" is not a Markdown post in the site's content folder. Recap Studio only opens and writes posts there, and the files in their folders.`,
  );
}
