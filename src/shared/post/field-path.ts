import type { FieldPath } from './types';

export type PathSegment = string | number;

const indexPattern = /^(?:0|[1-9][0-9]*)$/;

/**
 * Splits `params.videoSchema.0.title` into `['params', 'videoSchema', 0, 'title']`.
 * Segments written as whole numbers become numbers so they can index lists; a
 * mapping key that looks like a number still matches them (see `segmentKey`).
 * Keys that contain a dot can only be reached with a segment array.
 */
export function parseDottedPath(path: FieldPath): PathSegment[] {
  if (typeof path !== 'string') return [...path];
  if (path === '') return [];
  return path.split('.').map((segment) => (indexPattern.test(segment) ? Number(segment) : segment));
}

/** The key a segment names inside a mapping. */
export function segmentKey(segment: PathSegment): string {
  return String(segment);
}

/** The list index a segment names, or undefined when it is not a whole number. */
export function segmentIndex(segment: PathSegment): number | undefined {
  if (typeof segment === 'number') {
    return Number.isInteger(segment) && segment >= 0 ? segment : undefined;
  }
  return indexPattern.test(segment) ? Number(segment) : undefined;
}

/** `params.videoSchema.0.title`, for messages. */
export function formatPath(segments: readonly PathSegment[]): string {
  return segments.map(String).join('.');
}
