import { readdir } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import { temporaryFilePrefix } from '../atomic-write';
import { createLimiter } from './concurrency';
import { isIgnoredSegment, isMarkdownName } from './paths';

/** What one walk of the content folder finds. */
export interface ContentListing {
  /** Markdown files, absolute, sorted. */
  posts: string[];
  /**
   * For each `index.md` / `_index.md`: its bundle's files, relative to its
   * folder with `/`, exactly as `listBundleFiles` lists them (everything
   * below a leaf bundle, the files beside a branch bundle, no hidden files).
   * One walk serves every post instead of one directory read per post.
   */
  bundleFiles: Map<string, Set<string>>;
  /** Our temporary files, left behind when a save was interrupted. */
  temporaryFiles: string[];
  /** Every other file that is not hidden (images and such), absolute. */
  otherFiles: Set<string>;
}

const leafIndex = /^index\.(md|markdown)$/i;
const branchIndex = /^_index\.(md|markdown)$/i;

/**
 * Walks `contentDir` once, not descending into hidden folders (`.git`) or
 * node_modules, and not following symbolic links (a link could lead outside
 * the folder).
 */
export async function walkContent(contentDir: string): Promise<ContentListing> {
  const limit = createLimiter(16);
  const files: { folder: string; name: string }[] = [];
  const visit = async (folder: string): Promise<void> => {
    const entries = await limit(() => readdir(folder, { withFileTypes: true })).catch(
      (error: NodeJS.ErrnoException) => {
        // A folder removed while we walk is simply gone.
        if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return [];
        throw error;
      },
    );
    const subfolders: string[] = [];
    for (const entry of entries) {
      if (entry.isDirectory()) {
        if (!isIgnoredSegment(entry.name)) subfolders.push(join(folder, entry.name));
      } else if (entry.isFile()) {
        files.push({ folder, name: entry.name });
      }
    }
    await Promise.all(subfolders.map(visit));
  };
  await visit(contentDir);

  const temporaryFiles: string[] = [];
  const visible = files.filter(({ folder, name }) => {
    if (name.startsWith(temporaryFilePrefix)) temporaryFiles.push(join(folder, name));
    return !name.startsWith('.');
  });
  const bundleFiles = new Map<string, Set<string>>();
  const leafOf = new Map<string, Set<string>>();
  const branchesOf = new Map<string, Set<string>[]>();
  for (const { folder, name } of visible) {
    const files = new Set<string>();
    if (leafIndex.test(name)) leafOf.set(folder, files);
    else if (branchIndex.test(name))
      branchesOf.set(folder, [...(branchesOf.get(folder) ?? []), files]);
    else continue;
    bundleFiles.set(join(folder, name), files);
  }
  const toSlashes = (path: string): string => (sep === '/' ? path : path.split(sep).join('/'));
  for (const { folder, name } of visible) {
    for (const files of branchesOf.get(folder) ?? []) files.add(name);
    // Ancestors are prefixes of the file's path: slicing is exact and far cheaper than relative().
    const file = join(folder, name);
    for (let ancestor = folder; ; ancestor = dirname(ancestor)) {
      leafOf.get(ancestor)?.add(toSlashes(file.slice(ancestor.length + 1)));
      if (ancestor === contentDir || dirname(ancestor) === ancestor) break;
    }
  }
  const posts: string[] = [];
  const otherFiles = new Set<string>();
  for (const { folder, name } of visible) {
    if (isMarkdownName(name)) posts.push(join(folder, name));
    else otherFiles.add(join(folder, name));
  }
  return { posts: posts.sort(), bundleFiles, temporaryFiles, otherFiles };
}
