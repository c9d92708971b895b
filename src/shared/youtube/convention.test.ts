import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePost } from '../post';
import type { FrontMatterValue } from '../post/types';
import { isMapping } from '../schema/known-keys';
import {
  embedUrlFor,
  entryFieldsFromId,
  googleConvention,
  inferVideoConvention,
  thumbnailUrlFor,
  uploadDateFor,
  type VideoConvention,
} from './convention';

const root = resolve(import.meta.dirname, '../../..');

function markdownFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return markdownFiles(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

function videoEntriesOf(contentFolder: string): FrontMatterValue[] {
  return markdownFiles(contentFolder).flatMap((file) => {
    const params = parsePost(readFileSync(file, 'utf8')).data?.params;
    const list = isMapping(params) ? params.videoSchema : undefined;
    return Array.isArray(list) ? list : [];
  });
}

const linkerd: VideoConvention = {
  embedUrl: 'https://youtu.be/{id}',
  thumbnailUrl: 'http://i3.ytimg.com/vi/{id}/{file}.jpg',
  uploadDate: 'date',
};

describe('inferVideoConvention', () => {
  it("learns linkerd.io's convention from its blog", () => {
    const entries = videoEntriesOf(join(root, 'test/fixtures/linkerd.io/content'));
    expect(entries).toHaveLength(14);
    expect(inferVideoConvention(entries)).toEqual(linkerd);
  });

  it('learns the sample site, whose entries follow linkerd.io for URLs', () => {
    const convention = inferVideoConvention(
      videoEntriesOf(join(root, 'resources/sample-site/content')),
    );
    expect(convention?.embedUrl).toBe('https://youtu.be/{id}');
  });

  it('is null for a site without entries, so the caller picks a default', () => {
    expect(inferVideoConvention([])).toBeNull();
    expect(inferVideoConvention([{ title: 'no urls' }, 'not a mapping'])).toBeNull();
  });

  it('takes the majority, and Google for a field no entry shows', () => {
    const entries: FrontMatterValue[] = [
      { embedUrl: 'https://www.youtube.com/embed/BWL4889RKhU' },
      { embedUrl: 'https://www.youtube.com/embed/YN8zNnV0sK8' },
      { embedUrl: 'https://youtu.be/BWL4889RKhU', uploadDate: '2021-05-14' },
    ];
    expect(inferVideoConvention(entries)).toEqual({
      embedUrl: 'https://www.youtube.com/embed/{id}',
      thumbnailUrl: googleConvention.thumbnailUrl,
      uploadDate: 'date',
    });
  });

  it('ignores values that hold no video ID or thumbnail file', () => {
    const entries: FrontMatterValue[] = [
      { embedUrl: 'https://example.com/video', thumbnailUrl: 'https://example.com/x.png' },
      { uploadDate: 'not a date' },
      { uploadDate: '2021-05-14T09:30:00+02:00' },
    ];
    expect(inferVideoConvention(entries)).toEqual({ ...googleConvention, uploadDate: 'date-time' });
  });
});

describe('building fields by a convention', () => {
  it("writes linkerd.io's forms", () => {
    expect(embedUrlFor(linkerd, 'BWL4889RKhU')).toBe('https://youtu.be/BWL4889RKhU');
    expect(thumbnailUrlFor(linkerd, 'BWL4889RKhU', 'maxresdefault')).toBe(
      'http://i3.ytimg.com/vi/BWL4889RKhU/maxresdefault.jpg',
    );
    expect(uploadDateFor(linkerd, '2023-02-28T23:42:19Z')).toBe('2023-02-28');
  });

  it("writes Google's forms, in UTC", () => {
    expect(embedUrlFor(googleConvention, 'BWL4889RKhU')).toBe(
      'https://www.youtube.com/embed/BWL4889RKhU',
    );
    expect(uploadDateFor(googleConvention, '2023-02-28T12:42:19.000Z')).toBe(
      '2023-02-28T12:42:19Z',
    );
    expect(uploadDateFor(googleConvention, '2023-03-01T01:00:00+02:00')).toBe(
      '2023-02-28T23:00:00Z',
    );
  });

  it('gives an offline entry the thumbnail size every video has', () => {
    expect(entryFieldsFromId(linkerd, 'BWL4889RKhU')).toEqual({
      embedUrl: 'https://youtu.be/BWL4889RKhU',
      thumbnailUrl: 'http://i3.ytimg.com/vi/BWL4889RKhU/hqdefault.jpg',
    });
  });
});
