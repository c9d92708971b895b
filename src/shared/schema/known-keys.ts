/**
 * Which keys are known where, and how keys written in another case map to
 * them. Hugo lowercases every front matter key, so `publishdate`, `Title` and
 * `params.videoschema` all work on the site; the editor must read them the
 * same way rather than call them missing or unknown.
 */
import type { FieldPath, FrontMatterData, FrontMatterValue } from '../post/types';
import {
  faqSchemaEntrySchema,
  inlineAuthorSchema,
  postFrontMatterSchema,
  siteParamsSchema,
  videoSchemaEntrySchema,
} from './front-matter';

/** Lowercased key → the key as the schema spells it. */
export type KnownKeys = ReadonlyMap<string, string>;

function knownKeysOf(shape: object): KnownKeys {
  return new Map(Object.keys(shape).map((key) => [key.toLowerCase(), key]));
}

export const topLevelKeys = knownKeysOf(postFrontMatterSchema.shape);
export const siteParamKeys = knownKeysOf(siteParamsSchema.shape);
export const videoSchemaEntryKeys = knownKeysOf(videoSchemaEntrySchema.shape);
export const inlineAuthorKeys = knownKeysOf(inlineAuthorSchema.shape);
export const faqSchemaEntryKeys = knownKeysOf(faqSchemaEntrySchema.shape);

/**
 * The known keys of the mapping at a path (schema spelling), or null where the
 * keys are free-form or Hugo's business (`cascade`, `menu`, `sitemap`…).
 */
export function knownKeysAt(path: readonly (string | number)[]): KnownKeys | null {
  const [first, second, third] = path;
  if (path.length === 0) return topLevelKeys;
  if (first !== 'params') return null;
  if (path.length === 1) return siteParamKeys;
  if (path.length === 2 && second === 'author') return inlineAuthorKeys;
  if (path.length === 3 && typeof third === 'number') {
    if (second === 'videoSchema') return videoSchemaEntryKeys;
    if (second === 'faqSchema') return faqSchemaEntryKeys;
  }
  return null;
}

export function isMapping(
  value: FrontMatterValue | undefined,
): value is { [key: string]: FrontMatterValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The data with known keys spelled as the schema spells them (`publishdate`
 * → `publishDate`), so checks can look keys up directly. A key already
 * spelled exactly wins over a differently cased twin. Returns the input
 * itself when nothing needs renaming, which is the common case.
 */
export function canonicalizeKeys(data: FrontMatterData): FrontMatterData {
  return canonicalizeMapping(data, []);
}

function canonicalizeMapping(
  mapping: { [key: string]: FrontMatterValue },
  path: (string | number)[],
): { [key: string]: FrontMatterValue } {
  const known = knownKeysAt(path);
  let result: { [key: string]: FrontMatterValue } | null = null;
  for (const [key, value] of Object.entries(mapping)) {
    const canonicalKey = canonicalKeyFor(mapping, key, known);
    const canonicalValue = canonicalizeChild(value, [...path, canonicalKey]);
    if (result === null && (canonicalKey !== key || canonicalValue !== value)) {
      result = {};
      // Copy what came before unchanged, then continue building the copy.
      for (const [earlierKey, earlierValue] of Object.entries(mapping)) {
        if (earlierKey === key) break;
        result[canonicalKeyFor(mapping, earlierKey, known)] = earlierValue;
      }
    }
    if (result !== null) result[canonicalKey] = canonicalValue;
  }
  return result ?? mapping;
}

function canonicalKeyFor(
  mapping: { [key: string]: FrontMatterValue },
  key: string,
  known: KnownKeys | null,
): string {
  const canonical = known?.get(key.toLowerCase());
  if (canonical === undefined || canonical === key || Object.hasOwn(mapping, canonical)) return key;
  return canonical;
}

function canonicalizeChild(value: FrontMatterValue, path: (string | number)[]): FrontMatterValue {
  if (isMapping(value)) {
    return knownKeysAt(path) === null && !hasKnownDescendants(path)
      ? value
      : canonicalizeMapping(value, path);
  }
  if (Array.isArray(value) && hasKnownDescendants(path)) {
    let changed = false;
    const items = value.map((item, index) => {
      const canonical = isMapping(item) ? canonicalizeMapping(item, [...path, index]) : item;
      changed ||= canonical !== item;
      return canonical;
    });
    return changed ? items : value;
  }
  return value;
}

/** Paths under which known mappings sit deeper down. */
function hasKnownDescendants(path: readonly (string | number)[]): boolean {
  return (
    path.length === 2 &&
    path[0] === 'params' &&
    (path[1] === 'videoSchema' || path[1] === 'faqSchema')
  );
}

/**
 * The path as written in the file for a path in schema spelling, so spans
 * point at the author's own key (`publishdate`, not `publishDate`).
 */
export function writtenPath(data: FrontMatterData, path: FieldPath): (string | number)[] {
  const segments = typeof path === 'string' ? path.split('.') : [...path];
  const written: (string | number)[] = [];
  let node: FrontMatterValue | undefined = data;
  for (const segment of segments) {
    if (typeof segment === 'number' || /^\d+$/.test(segment)) {
      const index = Number(segment);
      written.push(index);
      node = Array.isArray(node) ? node[index] : undefined;
      continue;
    }
    const key = isMapping(node) ? writtenKey(node, segment) : segment;
    written.push(key);
    node = isMapping(node) ? node[key] : undefined;
  }
  return written;
}

function writtenKey(mapping: { [key: string]: FrontMatterValue }, key: string): string {
  if (Object.hasOwn(mapping, key)) return key;
  const lower = key.toLowerCase();
  return Object.keys(mapping).find((candidate) => candidate.toLowerCase() === lower) ?? key;
}
