import { describe, expect, it } from 'vitest';
import type { LookupResult } from '../ipc/youtube';
import { googleConvention } from '../youtube/convention';
import { failureMessage } from '../youtube/failures';
import { recapTalksFrom } from './recap-videos';

const found = (id: string, title: string, missing: ('description' | 'duration')[] = []) =>
  ({
    status: 'found',
    input: id,
    id,
    entry: {
      title,
      ...(missing.includes('description') ? {} : { description: `About ${title}.` }),
      embedUrl: `https://www.youtube.com/embed/${id}`,
      thumbnailUrl: `https://i.ytimg.com/vi/${id}/maxresdefault.jpg`,
      uploadDate: '2024-03-22T17:05:09Z',
    },
    fullDescription: null,
    missing,
    hint: null,
  }) as const;

const failed = (
  input: string,
  id: string | null,
  code: 'offline' | 'video-not-found' | 'cancelled',
) => ({ status: 'failed', input, id, code, message: failureMessage(code, id ?? input) }) as const;

function result(outcomes: LookupResult['outcomes']): LookupResult {
  return { outcomes, usedKey: true, convention: 'google' };
}

describe('recapTalksFrom', () => {
  it('keeps the order, the titles and the first paragraph as the starting text', () => {
    const talks = recapTalksFrom(
      result([found('BWL4889RKhU', 'Rust'), found('YN8zNnV0sK8', 'mTLS', ['description'])]),
      googleConvention,
    );
    expect(talks.failures).toEqual([]);
    expect(talks.offline).toBeNull();
    expect(talks.talks.map((talk) => [talk.video.title, talk.video.paragraph])).toEqual([
      ['Rust', 'About Rust.'],
      ['mTLS', null],
    ]);
    expect(talks.talks[1]!.missing).toEqual(['description']);
  });

  it('makes a talk from the ID when YouTube is out of reach, and fails what names no video', () => {
    const talks = recapTalksFrom(
      result([
        failed('BWL4889RKhU', 'BWL4889RKhU', 'offline'),
        failed('PLxyz', null, 'offline'),
        failed('YN8zNnV0sK8', 'YN8zNnV0sK8', 'video-not-found'),
        failed('dDW1OoTaMdU', 'dDW1OoTaMdU', 'cancelled'),
      ]),
      googleConvention,
    );
    expect(talks.talks).toEqual([
      {
        input: 'BWL4889RKhU',
        video: {
          id: 'BWL4889RKhU',
          title: null,
          paragraph: null,
          entry: {
            embedUrl: 'https://www.youtube.com/embed/BWL4889RKhU',
            thumbnailUrl: 'https://i.ytimg.com/vi/BWL4889RKhU/hqdefault.jpg',
          },
        },
        missing: ['title', 'description', 'uploadDate', 'duration'],
      },
    ]);
    expect(talks.offline).toBe(failureMessage('offline'));
    expect(talks.failures.map((failure) => failure.input)).toEqual([
      'PLxyz',
      'YN8zNnV0sK8',
      'dDW1OoTaMdU',
    ]);
  });
});
