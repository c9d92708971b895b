import { readFile, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Diagnostic } from '../../shared/diagnostics';
import { ServiceError } from '../../shared/ipc/result';
import { decodePostBytes, PostEditError } from '../../shared/post';
import { parsePostChecked } from '../../shared/post/checked-reader';
import type { PostDocument } from '../../shared/post/types';
import { hasErrors } from '../../shared/validate';
import { writeFileAtomic } from './atomic-write';
import { diagnose, type SiteRef } from './post-check';
import { fileSystemError, isMissing } from './workspace/fs-errors';
import type { KeyedLock } from './workspace/keyed-lock';
import { contentVersion } from './workspace/version';

/** What the caller believes is on disk before it writes. */
export type WriteBase =
  /** The version the caller read: `modified-since` if the file changed, `deleted-on-disk` if it is gone. */
  | { version: string }
  /**
   * The user saw the conflict and chose to write anyway: written even if the
   * file changed, and written back if it was deleted, but only into its
   * existing folder (a bundle removed as a whole is never brought back).
   */
  | 'overwrite'
  /** Whatever is on disk now, read and written under one lock (the CLI). */
  | 'as-on-disk';

/** The new post: the editor's whole text, or a field edit of the text on disk. */
export type PostChange = { text: string } | { edit: (document: PostDocument) => PostDocument };

export interface WriteRequest {
  /** The site the post is validated against. */
  site: SiteRef;
  /** The post file, absolute and already confined by the caller. */
  file: string;
  /** The post as messages name it (`content/blog/…/index.md`). */
  shown: string;
  base: WriteBase;
  change: PostChange;
  /**
   * The explicit override (`recap-studio set --force`): write even though
   * the result has errors. Nothing else bypasses the refusal rule.
   */
  allowErrors?: boolean;
  /** Told the version about to be written, before it is, so the watcher takes the write as ours. */
  expectWrite?: (file: string, version: string) => void;
}

export type WriteOutcome =
  | {
      /** `unchanged`: the result equals the file, so nothing was written. */
      status: 'written' | 'unchanged';
      document: PostDocument;
      version: string;
      diagnostics: Diagnostic[];
    }
  | { status: 'refused'; document: PostDocument; diagnostics: Diagnostic[] };

/**
 * The one way a post is written, whoever asks (save, set cover, the CLI's
 * `set`, later the form, migration and the recap builder):
 *
 * version check → apply the edit or take the new text → validate once →
 * refusal rule → atomic write → tell the watcher.
 *
 * The refusal rule: a write never leaves a post with errors, whether the
 * change adds them or the post had them already, unless the caller passes
 * `allowErrors`, the explicit override. A refused write touches nothing and
 * returns the diagnostics that refused it.
 */
export class PostWriter {
  /** `locks` is shared with every other writer of the same files, so writes of one post run in turn. */
  constructor(private readonly locks: KeyedLock) {}

  write(request: WriteRequest): Promise<WriteOutcome> {
    return this.locks.run(request.file, () => this.writeLocked(request));
  }

  private async writeLocked(request: WriteRequest): Promise<WriteOutcome> {
    const { file, shown } = request;
    const current = await readFile(file).catch((error: unknown) => {
      if (isMissing(error)) return null;
      throw fileSystemError(error, `post ${shown}`);
    });
    await checkBase(request, current);

    const document = applyChange(request, current);
    const diagnostics = await diagnose(request.site, file, document);
    if (hasErrors(diagnostics) && request.allowErrors !== true)
      return { status: 'refused', document, diagnostics };

    const bytes = new TextEncoder().encode(document.text);
    const version = contentVersion(bytes);
    if (current !== null && contentVersion(current) === version)
      return { status: 'unchanged', document, version, diagnostics };
    request.expectWrite?.(file, version);
    await writeFileAtomic(file, bytes).catch((error: unknown) => {
      throw fileSystemError(error, `post ${shown}`);
    });
    return { status: 'written', document, version, diagnostics };
  }
}

async function checkBase(request: WriteRequest, current: Uint8Array | null): Promise<void> {
  const { base, file, shown } = request;
  if (base === 'as-on-disk') {
    if (current === null) throw new ServiceError('not-found', `There is no post ${shown}.`);
  } else if (base === 'overwrite') {
    if (current !== null) return;
    const folderExists = await stat(dirname(file)).then(
      (info) => info.isDirectory(),
      () => false,
    );
    if (!folderExists)
      throw new ServiceError(
        'deleted-on-disk',
        `The folder of ${shown} was deleted by another program, so the post is not written back. Your text is still in the editor and in its backup.`,
      );
  } else if (current === null) {
    throw deletedOnDisk(shown);
  } else if (contentVersion(current) !== base.version) {
    throw modifiedSince(shown);
  }
}

function applyChange(request: WriteRequest, current: Uint8Array | null): PostDocument {
  const { change, shown } = request;
  if ('text' in change) return parsePostChecked(change.text);
  if (current === null) throw deletedOnDisk(shown);
  const decoded = decodePostBytes(current);
  if ('diagnostic' in decoded) throw new ServiceError('invalid', decoded.diagnostic.message);
  try {
    return change.edit(parsePostChecked(decoded.text));
  } catch (error) {
    if (error instanceof PostEditError) throw new ServiceError('read-only', error.message);
    throw error;
  }
}

export function modifiedSince(path: string): ServiceError {
  return new ServiceError(
    'modified-since',
    `${path} was changed by another program after you opened it. Compare the two versions, keep yours (overwrite), or reload the file.`,
  );
}

export function deletedOnDisk(path: string): ServiceError {
  return new ServiceError(
    'deleted-on-disk',
    `${path} was deleted by another program while it was open, so it was not written again. Your text is still in the editor; save anyway to write it back, or close it.`,
  );
}
