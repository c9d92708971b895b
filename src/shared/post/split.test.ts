import { describe, expect, it } from 'vitest';
import { grayMatterOpinion } from './gray-matter-check';
import { splitFrontMatter } from './split';

describe('splitFrontMatter', () => {
  it('finds exact offsets with LF, CRLF and a BOM', () => {
    expect(splitFrontMatter('---\na: 1\n---\nBody')).toMatchObject({
      status: 'closed',
      format: 'yaml',
      span: { from: 0, to: 13 },
      content: { from: 4, to: 9 },
      bodyFrom: 13,
    });
    expect(splitFrontMatter('\ufeff---\r\na: 1\r\n---\r\nBody')).toMatchObject({
      span: { from: 1, to: 17 },
      content: { from: 6, to: 12 },
      bodyFrom: 17,
    });
  });

  it('closes at the first line that starts with the delimiter, as Hugo does', () => {
    const split = splitFrontMatter('---\na: 1\n---trailing\nBody');
    expect(split.bodyFrom).toBe(12);
    expect(split.content).toEqual({ from: 4, to: 9 });
  });

  it('reads TOML and JSON blocks and language names', () => {
    expect(splitFrontMatter('+++\na = 1\n+++\n')).toMatchObject({
      format: 'toml',
      delimiter: '+++',
      bodyFrom: 14,
    });
    expect(splitFrontMatter('{"a": "}"}\nBody')).toMatchObject({
      format: 'json',
      content: { from: 0, to: 10 },
      bodyFrom: 11,
    });
    expect(splitFrontMatter('---JS\n1\n---\n')).toMatchObject({
      format: null,
      languageTag: 'JS',
      status: 'closed',
    });
    expect(splitFrontMatter('---yml\na: 1\n---\n')).toMatchObject({
      format: 'yaml',
      languageTag: 'yml',
    });
  });

  it('reports no front matter and unterminated blocks', () => {
    expect(splitFrontMatter('Body')).toMatchObject({ status: 'none', bodyFrom: 0 });
    expect(splitFrontMatter('\ufeffBody')).toMatchObject({ status: 'none', bodyFrom: 1 });
    expect(splitFrontMatter('----\n')).toMatchObject({ status: 'none' });
    expect(splitFrontMatter('---\na: 1\n')).toMatchObject({ status: 'unterminated', bodyFrom: 0 });
    expect(splitFrontMatter('{"a": 1\n')).toMatchObject({ status: 'unterminated', format: 'json' });
  });
});

describe('grayMatterOpinion', () => {
  it('agrees with the split on ordinary blocks', () => {
    for (const text of [
      '---\na: 1\n---\nBody',
      '---\r\na: 1\r\n---\r\nBody',
      '\ufeff---\n---\n',
      '+++\na = 1\n+++\n',
    ]) {
      expect(grayMatterOpinion(text, splitFrontMatter(text))?.agrees).toBe(true);
    }
  });

  it('is not asked about blocks it cannot see', () => {
    expect(
      grayMatterOpinion('\n---\na: 1\n---\n', splitFrontMatter('\n---\na: 1\n---\n')),
    ).toBeNull();
    expect(grayMatterOpinion('{"a": 1}\n', splitFrontMatter('{"a": 1}\n'))).toBeNull();
  });
});
