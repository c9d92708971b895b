import type { Diagnostic } from '../../diagnostics';
import type { PostDocument } from '../../post/types';
import { blankOutCode } from '../../text/markdown-code';
import type { Rule } from '../types';

// Markdown images and links, and HTML src/href attributes, with their target.
const markdownTarget =
  /!?\[(?:[^\]\\\n]|\\.)*\]\(\s*<?([^)\s>]+)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g;
const htmlTarget = /<(?:img|a|source|video)\b[^>]*?\s(?:src|href)\s*=\s*["']([^"']+)["']/gi;
const fileFrontMatterKeys = [
  ['params', 'cover'],
  ['params', 'thumbnail'],
  ['params', 'feature'],
  // A guest author's picture, beside the post rather than in the site's authors.
  ['params', 'author', 'avatar'],
  ['thumbnail'],
];

/** A place in a post that names a file of its bundle. */
export interface BundleReference {
  /** The file, relative to the bundle, with `/`. */
  file: string;
  /** Where the target is written, in the post's text. */
  from: number;
  to: number;
  /** The reference in words: "This image", "The front matter field params.cover". */
  where: string;
}

/**
 * Every place the post names a file of its bundle: Markdown images and links
 * and HTML src/href outside code, and the front matter's file fields.
 * `known` files are skipped before the costlier search for code spans, so a
 * check that only wants the missing ones passes the bundle's files.
 */
export function bundleFileReferences(
  doc: PostDocument,
  known: (file: string) => boolean = () => false,
): BundleReference[] {
  const references: BundleReference[] = [];
  // Most targets are URLs or files that exist; only for the rest is it worth
  // finding the code blocks and spans they might sit in.
  const suspects: { file: string; target: string; at: number; image: boolean }[] = [];
  for (const pattern of [markdownTarget, htmlTarget]) {
    for (const match of doc.body.matchAll(pattern)) {
      const target = match[1] ?? '';
      const file = bundleFileOf(target);
      if (file === null || known(file)) continue;
      const at = (match.index ?? 0) + match[0].indexOf(target);
      suspects.push({ file, target, at, image: match[0].startsWith('!') });
    }
  }
  if (suspects.length > 0) {
    const code = blankOutCode(doc.body);
    for (const { file, target, at, image } of suspects) {
      if (code.startsWith(target, at)) {
        const from = doc.bodyFrom + at;
        const where = image ? 'This image' : 'This link';
        references.push({ file, from, to: from + target.length, where });
      }
    }
  }

  const add = (
    value: unknown,
    span: { from: number; to: number } | undefined,
    where: string,
  ): void => {
    if (typeof value !== 'string' || value === '' || !span) return;
    const file = bundleFileOf(value);
    if (file !== null && !known(file)) references.push({ file, ...span, where });
  };
  for (const path of fileFrontMatterKeys)
    add(doc.get(path), doc.valueSpan(path), `The front matter field ${path.join('.')}`);
  const images = doc.get('images');
  if (Array.isArray(images))
    images.forEach((image, index) =>
      add(image, doc.valueSpan(['images', index]), 'The images entry'),
    );
  return references;
}

/**
 * A relative target in a page bundle names a file beside the post; Hugo
 * silently renders a broken image when it is missing, so we say so.
 */
export const bundleFileRule: Rule = (doc, context) => {
  const files = context.bundleFiles;
  if (!files) return [];
  return bundleFileReferences(doc, (file) => files.has(file)).map(
    ({ file, from, to, where }): Diagnostic => ({
      severity: 'warning',
      rule: 'bundle/missing-file',
      message: `${where} refers to "${file}", but there is no such file in this post's folder.`,
      from,
      to,
    }),
  );
};

/** The bundle-relative file a target names, or null when it is not one (URL, site path, page). */
export function bundleFileOf(target: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('/') || target.startsWith('#')) {
    return null;
  }
  const path = target.replace(/[?#].*$/, '');
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    decoded = path;
  }
  const parts: string[] = [];
  for (const part of decoded.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') return null; // leaves the bundle: a link to another page
    parts.push(part);
  }
  const name = parts.at(-1);
  // Only names with a file extension are files; `other-post/` is a page link.
  if (!name || !/\.[A-Za-z0-9]{1,5}$/.test(name) || /\.(md|html?)$/i.test(name)) return null;
  return parts.join('/');
}
