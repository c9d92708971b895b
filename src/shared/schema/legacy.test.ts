import { describe, expect, it } from 'vitest';
import { knownKeysAt } from './known-keys';
import { legacyKeys } from './legacy';

describe('legacyKeys', () => {
  it('are all known to the schema, so they are never also called unknown', () => {
    for (const { path } of legacyKeys) {
      const key = path[path.length - 1] ?? '';
      expect(knownKeysAt(path.slice(0, -1))?.get(key.toLowerCase()), path.join('.')).toBe(key);
    }
  });

  it('point to replacements that are known keys of today’s shape', () => {
    for (const { replacement, advice } of legacyKeys) {
      if (replacement === null) continue;
      const path = replacement.split('.');
      const key = path[path.length - 1] ?? '';
      expect(knownKeysAt(path.slice(0, -1))?.has(key.toLowerCase()), replacement).toBe(true);
      expect(advice).toContain(`"${replacement}"`);
    }
  });
});
