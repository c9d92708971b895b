import type { Diagnostic } from '../../diagnostics';
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
  ['thumbnail'],
];

/**
 * A relative target in a page bundle names a file beside the post; Hugo
 * silently renders a broken image when it is missing, so we say so.
 */
export const bundleFileRule: Rule = (doc, context) => {
  const files = context.bundleFiles;
  if (!files) return [];
  const diagnostics: Diagnostic[] = [];
  const report = (target: string, from: number, to: number, where: string): void => {
    const file = bundleFileOf(target);
    if (file === null || files.has(file)) return;
    diagnostics.push({
      severity: 'warning',
      rule: 'bundle/missing-file',
      message: `${where} refers to "${file}", but there is no such file in this post's folder.`,
      from,
      to,
    });
  };

  // Most targets are URLs or files that exist; only for the rest is it worth
  // finding the code blocks and spans they might sit in.
  const suspects: { target: string; at: number; image: boolean }[] = [];
  for (const pattern of [markdownTarget, htmlTarget]) {
    for (const match of doc.body.matchAll(pattern)) {
      const target = match[1] ?? '';
      const file = bundleFileOf(target);
      if (file === null || files.has(file)) continue;
      const at = (match.index ?? 0) + match[0].indexOf(target);
      suspects.push({ target, at, image: match[0].startsWith('!') });
    }
  }
  if (suspects.length > 0) {
    const code = blankOutCode(doc.body);
    for (const { target, at, image } of suspects) {
      if (code.startsWith(target, at)) {
        const from = doc.bodyFrom + at;
        report(target, from, from + target.length, image ? 'This image' : 'This link');
      }
    }
  }

  for (const path of fileFrontMatterKeys) {
    const value = doc.get(path);
    const span = doc.valueSpan(path);
    if (typeof value === 'string' && value !== '' && span) {
      report(value, span.from, span.to, `The front matter field ${path.join('.')}`);
    }
  }
  const images = doc.get('images');
  if (Array.isArray(images)) {
    images.forEach((image, index) => {
      const span = doc.valueSpan(['images', index]);
      if (typeof image === 'string' && span) report(image, span.from, span.to, 'The images entry');
    });
  }
  return diagnostics;
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
