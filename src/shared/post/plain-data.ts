import type { FrontMatterData, FrontMatterValue } from './types';

export function isPlainObject(value: unknown): value is { [key: string]: FrontMatterValue } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Raised when converting would produce more values than any real post has. */
export class PlainDataTooLargeError extends Error {}

/**
 * Copies parser output into plain front matter data: fresh objects and arrays
 * (aliases in YAML come back as shared references, which would let an edit to
 * one place show up in another), own properties only, `__proto__` kept as an
 * ordinary key, anything exotic turned into its string form. `budget` caps the
 * number of values so a crafted file cannot make the copy explode.
 */
export function toPlainValue(value: unknown, budget = { remaining: 1_000_000 }): FrontMatterValue {
  budget.remaining -= 1;
  if (budget.remaining < 0) throw new PlainDataTooLargeError('Front matter has too many values.');
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map((item) => toPlainValue(item, budget));
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    const copy: { [key: string]: FrontMatterValue } = {};
    for (const key of Object.keys(value)) {
      setOwn(copy, key, toPlainValue((value as Record<string, unknown>)[key], budget));
    }
    return copy;
  }
  return String(value);
}

export function toPlainData(value: unknown): FrontMatterData {
  const plain = toPlainValue(value);
  return isPlainObject(plain) ? plain : {};
}

/** Sets a property without ever touching the prototype chain (`__proto__`). */
export function setOwn(
  target: { [key: string]: FrontMatterValue },
  key: string,
  value: FrontMatterValue,
): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

export function hasOwn(target: object, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(target, key);
}

export function clonePlain<T extends FrontMatterValue>(value: T): T {
  return toPlainValue(value) as T;
}

/** Structural equality; key order does not matter, list order does. */
export function plainEqual(
  a: FrontMatterValue | undefined,
  b: FrontMatterValue | undefined,
): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a)) {
    return (
      Array.isArray(b) && a.length === b.length && a.every((item, i) => plainEqual(item, b[i]))
    );
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every((key) => hasOwn(b, key) && plainEqual(a[key], b[key]));
  }
  return false;
}
