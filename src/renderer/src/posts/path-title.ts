/** A bundle's post is its `index.md` (a leaf bundle) or `_index.md` (a branch bundle, a section). */
const bundleIndexNames = new Set(['index.md', '_index.md']);

/**
 * What to call a post before its front matter title is known: its bundle
 * folder's name for a bundle's index file, else its file name. The one rule
 * for tabs, notices and the backup list.
 */
export function pathTitle(path: string): string {
  const parts = path.split('/');
  const last = parts.at(-1) ?? path;
  return bundleIndexNames.has(last) ? (parts.at(-2) ?? last) : last;
}
