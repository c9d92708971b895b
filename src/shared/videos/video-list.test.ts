import { describe, expect, it } from 'vitest';
import { parsePost } from '../post';
import { validatePost } from '../validate';
import { locateVideoFinding, readVideoList } from './video-list';

const text = `---
title: Recap
params:
  videoSchema:
    - title: Shown and complete
      embedUrl: https://youtu.be/BWL4889RKhU
      thumbnailUrl: https://i.ytimg.com/vi/BWL4889RKhU/hqdefault.jpg
      uploadDate: 2021-05-14T00:00:00Z
      duration: PT31M26S
      speaker: Oliver
    - title: Not shown
      embedUrl: https://youtu.be/dDW1OoTaMdU
      thumbnailUrl: https://i.ytimg.com/vi/dDW1OoTaMdU/hqdefault.jpg
      uploadDate: 2021-05-14T00:00:00Z
    - embedUrl: youtu.be/EB6QWpIYMSA
      duration: half an hour
    - just a string
---

## One

{{< youtube "BWL4889RKhU" >}}

{{< youtube id="YJ8zP-lqB5E" >}}

{{< youtube "EB6QWpIYMSA" >}}
`;

describe('readVideoList', () => {
  const doc = parsePost(text);
  const list = readVideoList(doc);

  it('gives each entry its fields, other keys and status', () => {
    expect(list.readOnlyReason).toBeNull();
    const [first, second, third, fourth] = list.entries;
    expect(first?.fields.duration).toBe('PT31M26S');
    expect(first?.otherKeys).toEqual([['speaker', 'Oliver']]);
    expect(first?.status).toBe('complete');
    expect(second?.status).toBe('not-in-body');
    expect(third?.status).toBe('problems');
    // The ID is read as the video rules read it, scheme or not.
    expect(third?.videoId).toBe('EB6QWpIYMSA');
    expect(fourth?.isMapping).toBe(false);
    expect(fourth?.status).toBe('problems');
  });

  it("puts the rules' findings under their fields, in the rules' words", () => {
    const third = list.entries[2]!;
    const byField = Object.fromEntries(third.problems.map((p) => [p.rule, p.field]));
    expect(byField).toEqual({
      'video/title-missing': 'title',
      'video/thumbnail-missing': 'thumbnailUrl',
      'video/upload-date-missing': 'uploadDate',
      'video/embed-url-invalid': 'embedUrl',
      'video/duration-invalid': 'duration',
    });
    expect(third.problems.find((p) => p.field === 'embedUrl')?.message).toMatch(
      /is not a full web address starting with https:\/\//,
    );
  });

  it('lists the calls without an entry', () => {
    expect(list.unlisted.map((call) => call.id)).toEqual(['YJ8zP-lqB5E']);
    // Three videos under one heading: none has a section of its own to move.
    expect(list.bodyVideos.map((video) => video.section)).toEqual([null, null, null]);
  });
});

describe('locateVideoFinding', () => {
  it('finds the entry and field of every video finding of the checks', () => {
    const doc = parsePost(text);
    const found = validatePost(
      doc,
      {
        path: 'content/blog/x/index.md',
        site: { authors: null, shortcodes: new Map(), markdownlint: { blog: null, default: null } },
        bundleFiles: null,
      },
      { markdownlint: false },
    ).filter((d) => d.rule.startsWith('video/'));
    const places = found.map((d) => [d.rule, locateVideoFinding(doc, d)]);
    expect(places).toContainEqual([
      'video/duration-invalid',
      { kind: 'entry', index: 2, field: 'duration' },
    ]);
    expect(places).toContainEqual([
      'video/unused-schema',
      { kind: 'entry', index: 1, field: null },
    ]);
    expect(places).toContainEqual(['video/missing-schema', { kind: 'body', id: 'YJ8zP-lqB5E' }]);
    expect(places.every(([, place]) => place !== null)).toBe(true);
    expect(locateVideoFinding(doc, { rule: 'seo/title-length', from: 0, to: 1 })).toBeNull();
  });
});
