import { readFile } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import type { Diagnostic } from '../../shared/diagnostics';
import { decodePostBytes } from '../../shared/post';
import { parsePostChecked } from '../../shared/post/checked-reader';
import type { PostDocument } from '../../shared/post/types';
import { prepareValidation, validatePost, type ValidateOptions } from '../../shared/validate';
import type { PostContext, SiteFacts } from '../../shared/validate/types';
import { listBundleFiles, type Site } from './site';

export interface CheckedPost {
  file: string;
  /** The text the diagnostics' offsets refer to (lossy when the bytes are not UTF-8). */
  text: string;
  /** Null when the bytes could not be read as a post at all. */
  document: PostDocument | null;
  diagnostics: Diagnostic[];
}

/** The site a post is checked against: its root and what validation knows of it. */
export type SiteRef = Pick<Site, 'root' | 'facts'>;

/** The path validation sees: from the site root, with `/`. */
export function sitePath(site: SiteRef, file: string): string {
  return relative(site.root, file).split(sep).join('/');
}

/**
 * Every rule, markdownlint included, for `document` as the post at `file` of
 * `site`: the one diagnosis the workspace, the post writer and the CLI share.
 * A bundle folder that cannot be listed skips the bundle checks rather than
 * failing the diagnosis.
 */
export async function diagnose(
  site: SiteRef,
  file: string,
  document: PostDocument,
  options: ValidateOptions = {},
): Promise<Diagnostic[]> {
  const bundleFiles = await listBundleFiles(file).catch(() => null);
  await prepareValidation(options);
  return validatePost(document, contextWith(site, file, bundleFiles), options);
}

function contextWith(
  site: SiteRef,
  file: string,
  bundleFiles: ReadonlySet<string> | null,
): PostContext {
  return { path: sitePath(site, file), site: site.facts, bundleFiles };
}

/**
 * Reads and validates one post file. `bundleFiles` may be given when the
 * caller already walked the folder (see content-files.ts); otherwise the
 * bundle is listed here.
 */
export async function checkPostFile(
  site: SiteRef,
  file: string,
  options: ValidateOptions = {},
  bundleFiles?: ReadonlySet<string> | null,
): Promise<CheckedPost> {
  await prepareValidation(options);
  const bundle = bundleFiles === undefined ? await listBundleFiles(file) : bundleFiles;
  return checkPostBytes(site, file, await readFile(file), options, bundle);
}

/** Validates bytes already read from `file`, once `prepareValidation(options)` is done. */
export function checkPostBytes(
  site: SiteRef,
  file: string,
  bytes: Uint8Array,
  options: ValidateOptions,
  bundleFiles: ReadonlySet<string> | null,
): CheckedPost {
  const decoded = decodePostBytes(bytes);
  if ('diagnostic' in decoded) {
    return {
      file,
      text: new TextDecoder().decode(bytes),
      document: null,
      diagnostics: [decoded.diagnostic],
    };
  }
  const document = parsePostChecked(decoded.text);
  const context = contextWith(site, file, bundleFiles);
  return {
    file,
    text: document.text,
    document,
    diagnostics: validatePost(document, context, options),
  };
}

export type { SiteFacts };
