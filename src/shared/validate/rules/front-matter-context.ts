/**
 * What every front matter check shares: the data with known keys in schema
 * spelling, and ways to turn a path into a place in the file and into words.
 */
import type { Diagnostic, Severity } from '../../diagnostics';
import type { FrontMatterData, FrontMatterValue, PostDocument, TextSpan } from '../../post/types';
import { canonicalizeKeys, writtenPath } from '../../schema/known-keys';

export type Path = readonly (string | number)[];

export interface FrontMatterCheck {
  doc: PostDocument;
  /** The front matter as read, keys as the author wrote them. */
  written: FrontMatterData;
  /** The same data with known keys in schema spelling (`publishdate` → `publishDate`). */
  data: FrontMatterData;
}

export function createFrontMatterCheck(doc: PostDocument, data: FrontMatterData): FrontMatterCheck {
  return { doc, written: data, data: canonicalizeKeys(data) };
}

export function valueAt(root: FrontMatterValue, path: Path): FrontMatterValue | undefined {
  let node: FrontMatterValue | undefined = root;
  for (const segment of path) {
    if (typeof segment === 'number') node = Array.isArray(node) ? node[segment] : undefined;
    else if (isObject(node)) node = Object.hasOwn(node, segment) ? node[segment] : undefined;
    else return undefined;
  }
  return node;
}

function isObject(
  value: FrontMatterValue | undefined,
): value is { [key: string]: FrontMatterValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The first line of the front matter (its opening delimiter), where findings
 * about something missing are shown; the file's start when there is none.
 */
export function headerSpan(doc: PostDocument): TextSpan {
  if (!doc.frontMatter) return { from: 0, to: 0 };
  const { from, to } = doc.frontMatter.span;
  const lineEnd = doc.text.indexOf('\n', from);
  let end = lineEnd === -1 || lineEnd > to ? to : lineEnd;
  if (end > from && doc.text[end - 1] === '\r') end -= 1;
  return { from, to: end };
}

/** The key at a path (schema spelling); for a list item, the item. */
export function keySpan(check: FrontMatterCheck, path: Path): TextSpan {
  return check.doc.keySpan(writtenPath(check.written, path)) ?? headerSpan(check.doc);
}

/** The value at a path, else its key, else the front matter's first line. */
export function valueSpan(check: FrontMatterCheck, path: Path): TextSpan {
  const written = writtenPath(check.written, path);
  return check.doc.valueSpan(written) ?? check.doc.keySpan(written) ?? headerSpan(check.doc);
}

/** A path as the author wrote it, in the dotted form the messages use: `params.videoSchema.0.title`. */
export function shownPath(check: FrontMatterCheck, path: Path): string {
  return writtenPath(check.written, path).join('.');
}

export function diagnostic(
  severity: Severity,
  rule: string,
  message: string,
  span: TextSpan,
): Diagnostic {
  return { severity, rule, message, from: span.from, to: span.to };
}

/** Characters as people and the site's SEO check count them: emoji and accents count once. */
export function countCharacters(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A high surrogate followed by a low one is a single code point.
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

/** Null, absent and blank text all mean "not filled in". */
export function isBlank(value: FrontMatterValue | undefined): boolean {
  return (
    value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
  );
}

/** What a value is, in words: "text", "a list", "a number (2021)". */
export function describeValue(value: FrontMatterValue | undefined): string {
  if (value === undefined || value === null) return 'empty';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return `a number (${value})`;
  if (typeof value === 'boolean') return `a yes/no value (${value})`;
  if (Array.isArray(value)) return 'a list';
  return 'a group of keys';
}

/** A short, quoted form of a value for messages. */
export function quote(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ');
  return `"${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}"`;
}

/** The candidate closest to a misspelt word, if any is close enough to be a likely typo. */
export function closestMatch(word: string, candidates: Iterable<string>): string | null {
  return closestMatches(word, candidates, 1)[0] ?? null;
}

/**
 * Up to `limit` candidates close enough to a misspelt word to be likely
 * typos of it, closest first (ties in the candidates' order).
 */
export function closestMatches(
  word: string,
  candidates: Iterable<string>,
  limit: number,
): string[] {
  const lower = word.toLowerCase();
  const allowed = lower.length <= 4 ? 1 : 2;
  const close: { candidate: string; distance: number }[] = [];
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance <= allowed) close.push({ candidate, distance });
  }
  return close
    .sort((a, b) => a.distance - b.distance)
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
