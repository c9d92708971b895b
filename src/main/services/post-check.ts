import { readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import type { Diagnostic } from '../../shared/diagnostics';
import { decodePostBytes, parsePost } from '../../shared/post';
import type { PostDocument } from '../../shared/post/types';
import { validatePost, type ValidateOptions } from '../../shared/validate';
import type { PostContext } from '../../shared/validate/types';
import { listBundleFiles, type Site } from './site';

export interface CheckedPost {
  file: string;
  /** The text the diagnostics' offsets refer to (lossy when the bytes are not UTF-8). */
  text: string;
  /** Null when the bytes could not be read as a post at all. */
  document: PostDocument | null;
  diagnostics: Diagnostic[];
}

/** The path validation sees: from the site root, with `/`. */
export function sitePath(site: Site, file: string): string {
  return relative(site.root, file).split(sep).join('/');
}

export async function postContext(site: Site, file: string): Promise<PostContext> {
  return { path: sitePath(site, file), site: site.facts, bundleFiles: await listBundleFiles(file) };
}

/** Validates `document` as the post at `file` of `site`. */
export async function validateAt(
  site: Site,
  file: string,
  document: PostDocument,
  options: ValidateOptions = {},
): Promise<Diagnostic[]> {
  return validatePost(document, await postContext(site, file), options);
}

/** Reads and validates one post file. */
export async function checkPostFile(
  site: Site,
  file: string,
  options: ValidateOptions = {},
): Promise<CheckedPost> {
  const bytes = await readFile(file);
  const decoded = decodePostBytes(bytes);
  if ('diagnostic' in decoded) {
    return {
      file,
      text: new TextDecoder().decode(bytes),
      document: null,
      diagnostics: [decoded.diagnostic],
    };
  }
  const document = parsePost(decoded.text);
  return {
    file,
    text: document.text,
    document,
    diagnostics: await validateAt(site, file, document, options),
  };
}
