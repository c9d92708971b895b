import { formatPath, segmentIndex, segmentKey, type PathSegment } from './field-path';
import { PostEditError } from './post-edit-error';
import { clonePlain, hasOwn, isPlainObject, setOwn } from './plain-data';
import type { FrontMatterData, FrontMatterValue } from './types';

/*
 * The meaning of each edit on plain data. The text edits are checked against
 * these: after splicing, the file must read back as exactly this data.
 */

export function getAt(
  data: FrontMatterValue,
  segments: readonly PathSegment[],
): FrontMatterValue | undefined {
  let current: FrontMatterValue | undefined = data;
  for (const segment of segments) {
    current = child(current, segment);
    if (current === undefined) return undefined;
  }
  return current;
}

function child(
  container: FrontMatterValue | undefined,
  segment: PathSegment,
): FrontMatterValue | undefined {
  if (Array.isArray(container)) {
    const index = segmentIndex(segment);
    return index === undefined ? undefined : container[index];
  }
  if (isPlainObject(container)) {
    const key = segmentKey(segment);
    return hasOwn(container, key) ? container[key] : undefined;
  }
  return undefined;
}

export function setAt(
  data: FrontMatterData,
  segments: readonly PathSegment[],
  value: FrontMatterValue,
): FrontMatterData {
  if (segments.length === 0) {
    if (!isPlainObject(value)) {
      throw new PostEditError('The front matter as a whole must be a group of fields.');
    }
    return clonePlain(value);
  }
  const copy = clonePlain(data);
  const parent = containerFor(copy, segments.slice(0, -1), segments);
  assign(parent, segments[segments.length - 1] as PathSegment, clonePlain(value), segments);
  return copy;
}

export function deleteAt(data: FrontMatterData, segments: readonly PathSegment[]): FrontMatterData {
  const copy = clonePlain(data);
  if (segments.length === 0) return {};
  const parent = getAt(copy, segments.slice(0, -1));
  const last = segments[segments.length - 1] as PathSegment;
  if (Array.isArray(parent)) {
    const index = segmentIndex(last);
    if (index !== undefined && index < parent.length) parent.splice(index, 1);
  } else if (isPlainObject(parent)) {
    const key = segmentKey(last);
    if (hasOwn(parent, key)) delete parent[key];
  }
  return copy;
}

export function insertAt(
  data: FrontMatterData,
  listSegments: readonly PathSegment[],
  index: number,
  value: FrontMatterValue,
): FrontMatterData {
  const copy = clonePlain(data);
  const list = listFor(copy, listSegments, true);
  if (!Number.isInteger(index) || index < 0 || index > list.length) {
    throw new PostEditError(
      `There is no position ${index} in the list "${formatPath(listSegments)}".`,
    );
  }
  list.splice(index, 0, clonePlain(value));
  return copy;
}

export function removeAt(
  data: FrontMatterData,
  listSegments: readonly PathSegment[],
  index: number,
): FrontMatterData {
  const copy = clonePlain(data);
  const list = listFor(copy, listSegments, false);
  checkItem(list, index, listSegments);
  list.splice(index, 1);
  return copy;
}

export function moveAt(
  data: FrontMatterData,
  listSegments: readonly PathSegment[],
  from: number,
  to: number,
): FrontMatterData {
  const copy = clonePlain(data);
  const list = listFor(copy, listSegments, false);
  checkItem(list, from, listSegments);
  checkItem(list, to, listSegments);
  const [item] = list.splice(from, 1);
  list.splice(to, 0, item as FrontMatterValue);
  return copy;
}

function checkItem(
  list: FrontMatterValue[],
  index: number,
  listSegments: readonly PathSegment[],
): void {
  if (!Number.isInteger(index) || index < 0 || index >= list.length) {
    throw new PostEditError(`The list "${formatPath(listSegments)}" has no item ${index}.`);
  }
}

function listFor(
  data: FrontMatterData,
  listSegments: readonly PathSegment[],
  create: boolean,
): FrontMatterValue[] {
  const existing = getAt(data, listSegments);
  if (Array.isArray(existing)) return existing;
  const name = formatPath(listSegments);
  if (existing !== undefined && existing !== null) {
    throw new PostEditError(
      `"${name}" is not a list, so items cannot be added to it or taken from it.`,
    );
  }
  if (!create || listSegments.length === 0) throw new PostEditError(`There is no list "${name}".`);
  const parent = containerFor(data, listSegments.slice(0, -1), listSegments);
  const list: FrontMatterValue[] = [];
  assign(parent, listSegments[listSegments.length - 1] as PathSegment, list, listSegments);
  return list;
}

type Container = FrontMatterValue[] | { [key: string]: FrontMatterValue };

/** Walks to the container for a path, creating missing or empty groups on the way. */
function containerFor(
  data: FrontMatterData,
  segments: readonly PathSegment[],
  fullPath: readonly PathSegment[],
): Container {
  let current: Container = data;
  segments.forEach((segment, i) => {
    const nextSegment = fullPath[i + 1];
    let next = child(current, segment);
    if (next === undefined || next === null) {
      next = typeof nextSegment === 'number' ? [] : {};
      assign(current, segment, next, fullPath);
    }
    if (!Array.isArray(next) && !isPlainObject(next)) {
      throw new PostEditError(
        `"${formatPath(fullPath.slice(0, i + 1))}" holds a single value, not a group of fields, ` +
          `so "${formatPath(fullPath)}" cannot be set.`,
      );
    }
    current = next;
  });
  return current;
}

function assign(
  container: Container,
  segment: PathSegment,
  value: FrontMatterValue,
  fullPath: readonly PathSegment[],
): void {
  if (Array.isArray(container)) {
    const index = segmentIndex(segment);
    if (index === undefined || index > container.length) {
      throw new PostEditError(`"${formatPath(fullPath)}" points past the end of a list.`);
    }
    container[index] = value;
  } else {
    setOwn(container, segmentKey(segment), value);
  }
}
