import { describe, expect, it } from 'vitest';
import { formatPath, parseDottedPath, segmentIndex } from './field-path';

describe('parseDottedPath', () => {
  it('splits dotted paths and turns whole numbers into list indexes', () => {
    expect(parseDottedPath('params.videoSchema.0.title')).toEqual([
      'params',
      'videoSchema',
      0,
      'title',
    ]);
    expect(parseDottedPath('title')).toEqual(['title']);
    expect(parseDottedPath('')).toEqual([]);
    expect(parseDottedPath('a.01.-1.1e3')).toEqual(['a', '01', '-1', '1e3']);
  });

  it('copies segment arrays, which can hold keys with dots', () => {
    const segments = ['params', 'og.image', 2] as const;
    const parsed = parseDottedPath(segments);
    expect(parsed).toEqual(['params', 'og.image', 2]);
    expect(parsed).not.toBe(segments);
  });

  it('formats paths for messages and reads indexes from either form', () => {
    expect(formatPath(['params', 'videoSchema', 0])).toBe('params.videoSchema.0');
    expect(segmentIndex('3')).toBe(3);
    expect(segmentIndex(3)).toBe(3);
    expect(segmentIndex('x')).toBeUndefined();
    expect(segmentIndex(-1)).toBeUndefined();
  });
});
