import { createHash } from 'node:crypto';

/**
 * The version token of a file: a SHA-256 of its exact bytes. A content hash
 * rather than mtime + size, so a save is refused only when the text really
 * changed, and our own writes are recognised when the watcher reports them.
 */
export function contentVersion(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
