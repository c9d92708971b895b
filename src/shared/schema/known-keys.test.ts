import { describe, expect, it } from 'vitest';
import { canonicalizeKeys, knownKeysAt, writtenPath } from './known-keys';

describe('canonicalizeKeys', () => {
  it('spells known keys as the schema does, at every level it knows', () => {
    const data = {
      Title: 'T',
      publishdate: '2021-01-01',
      Params: { VideoSchema: [{ TITLE: 'talk', speaker: 'x' }], Author: { NAME: 'A' } },
      cascade: { Title: 'left alone' },
    };
    expect(canonicalizeKeys(data)).toEqual({
      title: 'T',
      publishDate: '2021-01-01',
      params: { videoSchema: [{ title: 'talk', speaker: 'x' }], author: { name: 'A' } },
      cascade: { Title: 'left alone' },
    });
  });

  it('returns the same object when nothing needs renaming', () => {
    const data = { title: 'T', params: { author: 'jason', videoSchema: [{ title: 't' }] } };
    expect(canonicalizeKeys(data)).toBe(data);
  });

  it('lets a key spelled exactly win over a differently cased twin', () => {
    expect(canonicalizeKeys({ Title: 'a', title: 'b' })).toEqual({ Title: 'a', title: 'b' });
  });
});

describe('writtenPath', () => {
  it('maps a schema path back to the keys as written', () => {
    const data = { Params: { VideoSchema: [{ Duration: 'PT1M' }] } };
    expect(writtenPath(data, ['params', 'videoSchema', 0, 'duration'])).toEqual([
      'Params',
      'VideoSchema',
      0,
      'Duration',
    ]);
    expect(writtenPath(data, 'params.videoSchema.0')).toEqual(['Params', 'VideoSchema', 0]);
    expect(writtenPath({}, ['title'])).toEqual(['title']);
  });
});

describe('knownKeysAt', () => {
  it('knows the top level, params, video and FAQ entries and inline authors only', () => {
    expect(knownKeysAt([])?.get('expirydate')).toBe('expiryDate');
    expect(knownKeysAt(['params'])?.get('videoschema')).toBe('videoSchema');
    expect(knownKeysAt(['params', 'videoSchema', 3])?.has('uploaddate')).toBe(true);
    expect(knownKeysAt(['params', 'faqSchema', 0])?.has('answer')).toBe(true);
    expect(knownKeysAt(['params', 'author'])?.has('avatar')).toBe(true);
    expect(knownKeysAt(['cascade'])).toBeNull();
    expect(knownKeysAt(['params', 'videoSchema'])).toBeNull();
  });
});
