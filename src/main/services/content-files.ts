import { readdir } from 'node:fs/promises';
import { basename, dirname, join, sep } from 'node:path';

/** Every file under a content folder, read with one directory walk. */
export interface ContentFiles {
  /** Markdown files, sorted, outside hidden folders and node_modules. */
  posts: string[];
  /**
   * Files of the page bundle a post heads, relative to its folder with `/`:
   * everything below a leaf bundle's `index.md`, the files beside a branch
   * bundle's `_index.md`. Null for a single-file post.
   */
  bundleFiles(post: string): Set<string> | null;
}

const hidden = /(^|[\\/])(\.[^\\/]+|node_modules)([\\/]|$)/;

export async function scanContentFiles(folder: string): Promise<ContentFiles> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    if (!hidden.test(file.slice(folder.length))) files.push(file);
  }
  files.sort();
  const posts = files.filter((file) => /\.(md|markdown)$/i.test(file));
  return { posts, bundleFiles: (post) => bundleFilesOf(files, post) };
}

function bundleFilesOf(sortedFiles: readonly string[], post: string): Set<string> | null {
  const name = basename(post);
  if (!/^_?index\.(md|markdown)$/i.test(name)) return null;
  const prefix = dirname(post) + sep;
  const leaf = !name.startsWith('_');
  const result = new Set<string>();
  for (let i = lowerBound(sortedFiles, prefix); i < sortedFiles.length; i += 1) {
    const file = sortedFiles[i] ?? '';
    if (!file.startsWith(prefix)) break;
    const relative = file.slice(prefix.length);
    // A branch bundle's resources are the files beside it, not its sections' posts.
    if (!leaf && relative.includes(sep)) continue;
    result.add(relative.split(sep).join('/'));
  }
  return result;
}

function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((sorted[mid] ?? '') < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
