import {
  inertAssetHeaders,
  lookUpFolderFile,
  type FolderFileLookup,
} from '../services/asset-files';

export { inertAssetHeaders };

export type WebAssetLookup = FolderFileLookup;

/**
 * The file of the open folder that a `/asset/…` request names (`path` is
 * the part after the prefix, still percent-encoded), confined like the
 * desktop app's `studio-asset:` scheme: each segment is decoded once and
 * must be a plain name (no `..`, `.`, empty, hidden, or holding a
 * separator, colon or NUL once decoded), then root and file are resolved
 * with realpath, so a symbolic link out of the folder is refused too.
 */
export async function lookUpWebAsset(root: string | null, path: string): Promise<WebAssetLookup> {
  return lookUpFolderFile(root, path.split('/'));
}
