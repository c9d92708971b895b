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

export async function scanContentFiles(folder: string): Promise<ContentFiles> {
  const files = await walkFiles(folder);
  files.sort();
  const posts = files.filter((file) => /\.(md|markdown)$/i.test(file));
  return { posts, bundleFiles: (post) => bundleFilesOf(files, post) };
}

/**
 * Every file below `folder`, skipping hidden folders and node_modules. Reads
 * many folders at once: a site of 10,000 bundles is 10,000 folders, and
 * reading them one after another (as `readdir` with `recursive` does) left
 * the disk and the CPU mostly idle.
 */
async function walkFiles(folder: string, concurrency = 32): Promise<string[]> {
  const files: string[] = [];
  const pending = [folder];
  let active = 0;
  return new Promise((resolve, reject) => {
    const pump = (): void => {
      if (pending.length === 0 && active === 0) {
        resolve(files);
        return;
      }
      while (active < concurrency && pending.length > 0) {
        const current = pending.pop() as string;
        active += 1;
        readdir(current, { withFileTypes: true }).then((entries) => {
          for (const entry of entries) {
            if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
            const path = join(current, entry.name);
            if (entry.isDirectory()) pending.push(path);
            else if (entry.isFile()) files.push(path);
          }
          active -= 1;
          pump();
        }, reject);
      }
    };
    pump();
  });
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
