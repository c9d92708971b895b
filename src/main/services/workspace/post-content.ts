import type { Diagnostic } from '../../../shared/diagnostics';
import type { PostContent } from '../../../shared/ipc/data';
import { ServiceError } from '../../../shared/ipc/result';
import { decodePostBytes } from '../../../shared/post';
import { parsePostChecked } from '../../../shared/post/checked-reader';
import type { PostDocument } from '../../../shared/post/types';
import { diagnose } from '../post-check';
import { makeEntry } from './index-builder';
import type { OpenFolder } from './open-folder';
import type { CheckedPath } from './paths';
import { contentVersion } from './version';

/** A post as the contract hands it to the editor. */
export function contentOf(
  target: CheckedPath,
  version: string,
  document: PostDocument,
  diagnostics: Diagnostic[],
): PostContent {
  return {
    path: target.relative,
    text: document.text,
    version,
    diagnostics,
    readOnlyReason: document.readOnlyReason,
  };
}

/** Puts a post's row in the index, with the counts of the diagnostics the editor shows. */
export function recordRow(
  folder: OpenFolder,
  target: CheckedPath,
  version: string,
  document: PostDocument,
  diagnostics: readonly Diagnostic[],
): void {
  folder.record(makeEntry(folder.site, target.relative, version, document, diagnostics));
}

/** A post's text, version and full diagnostics; the index row is refreshed on the way. */
export async function readContent(
  folder: OpenFolder,
  target: CheckedPath,
  bytes: Uint8Array,
): Promise<PostContent> {
  const version = contentVersion(bytes);
  const decoded = decodePostBytes(bytes);
  if ('diagnostic' in decoded)
    throw new ServiceError(
      'invalid',
      `${target.relative} cannot be opened for editing. ${decoded.diagnostic.message} Recap Studio leaves the file as it is.`,
    );
  const document = parsePostChecked(decoded.text);
  const diagnostics = await diagnose(folder.site, target.absolute, document);
  const indexed = folder.index.get(target.relative);
  if (indexed?.version !== version || !indexed.validated)
    recordRow(folder, target, version, document, diagnostics);
  return contentOf(target, version, document, diagnostics);
}
