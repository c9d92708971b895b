import { describe, expect, it } from 'vitest';
import { pathTitle } from './path-title';

describe('pathTitle', () => {
  it('names a bundle by its folder, for index.md and _index.md alike', () => {
    expect(pathTitle('blog/2024/0101-hello/index.md')).toBe('0101-hello');
    expect(pathTitle('blog/_index.md')).toBe('blog');
  });

  it('names a single-file post by its file name', () => {
    expect(pathTitle('blog/2019/hello.md')).toBe('hello.md');
    expect(pathTitle('hello.md')).toBe('hello.md');
  });

  it('keeps a lone index file as it is', () => {
    expect(pathTitle('index.md')).toBe('index.md');
    expect(pathTitle('_index.md')).toBe('_index.md');
  });
});
