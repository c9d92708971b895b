import { describe, expect, it } from 'vitest';
import { parsePost } from '../post';
import { validatePost } from '../validate';
import { createFrontMatterCheck } from '../validate/rules/front-matter-context';
import { checkVideoSchema } from '../validate/rules/front-matter-videos';
import { locateVideoFinding, readVideoList, type EntryProblem } from './video-list';

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

describe('readVideoList, read again after an edit', () => {
  /** Each entry's problems as the checks over the whole list give them, placed by locateVideoFinding. */
  function wholeListProblems(source: string): EntryProblem[][] {
    const doc = parsePost(source);
    const problems: EntryProblem[][] = readVideoList(doc).entries.map(() => []);
    for (const found of checkVideoSchema(createFrontMatterCheck(doc, doc.data ?? {}))) {
      const place = locateVideoFinding(doc, found);
      if (place?.kind !== 'entry') continue;
      const { severity, rule, message } = found;
      problems[place.index]?.push({ field: place.field, severity, rule, message });
    }
    return problems;
  }

  function read(source: string) {
    const list = readVideoList(parsePost(source));
    const mappings = list.entries.filter((entry) => entry.isMapping);
    expect(mappings.map((entry) => entry.problems)).toEqual(
      wholeListProblems(source).filter((_, index) => list.entries[index]?.isMapping),
    );
    return list.entries;
  }

  it('reads again exactly the entry that changed, and keeps the others', () => {
    const before = read(text);
    const retitled = read(text.replace('title: Not shown', 'title: Not shown yet'));
    expect(retitled[1]?.fields.title).toBe('Not shown yet');
    expect(retitled[1]).not.toBe(before[1]);
    expect([retitled[0], retitled[2], retitled[3]]).toEqual([before[0], before[2], before[3]]);
    retitled.forEach((entry, index) => {
      if (index !== 1) expect(entry).toBe(before[index]);
    });
    // A title taken away: that entry alone is checked again, and misses one.
    const untitled = read(text.replace('    - title: Not shown\n      embedUrl', '    - embedUrl'));
    expect(untitled[1]?.problems.map((problem) => problem.rule)).toContain('video/title-missing');
    expect(untitled[0]).toBe(before[0]);
    expect(untitled[2]).toBe(before[2]);
  });

  it('follows the body: an entry whose call goes away is no longer shown, the others are kept', () => {
    const before = read(text);
    const after = read(text.replace('{{< youtube "BWL4889RKhU" >}}', ''));
    expect(after[0]?.status).toBe('not-in-body');
    expect(after[0]?.inBody).toBe(false);
    expect(after[1]).toBe(before[1]);
    expect(read(text)[0]?.status).toBe('complete');
  });

  it('names entries by their new places once moved', () => {
    const [, , third] = read(text);
    const lines = text.split('\n');
    const start = lines.findIndex((line) => line.includes('embedUrl: youtu.be/EB6QWpIYMSA'));
    const moved = [
      ...lines.slice(0, 4),
      ...lines.slice(start, start + 2),
      ...lines.slice(4, start),
      ...lines.slice(start + 2),
    ].join('\n');
    const first = read(moved)[0];
    expect(first?.fields.embedUrl).toBe(third?.fields.embedUrl);
    expect(first?.problems.every((problem) => !problem.message.includes('video 3 '))).toBe(true);
    expect(first?.problems.some((problem) => problem.message.includes('video 1 '))).toBe(true);
  });

  it('infers the convention again only when a field it is inferred from changed', () => {
    const before = readVideoList(parsePost(text)).convention;
    expect(readVideoList(parsePost(text.replace('Not shown', 'Hidden'))).convention).toBe(before);
    const http = text.replaceAll('https://i.ytimg.com', 'http://i.ytimg.com');
    expect(readVideoList(parsePost(http)).convention?.thumbnailUrl).toMatch(/^http:/);
    expect(readVideoList(parsePost(text)).convention).toEqual(before);
  });

  it('reads an entry again when an alias in it reads a value changed elsewhere', () => {
    const aliased = text
      .replace(
        'uploadDate: 2021-05-14T00:00:00Z\n      duration',
        'uploadDate: &day 2021-05-14T00:00:00Z\n      duration',
      )
      .replace(
        'uploadDate: 2021-05-14T00:00:00Z\n    - embedUrl',
        'uploadDate: *day\n    - embedUrl',
      )
      .replace('    - just a string\n', '');
    const before = read(aliased);
    expect(before[1]?.fields.uploadDate).toBe('2021-05-14T00:00:00Z');
    const after = read(aliased.replace('&day 2021-05-14T00:00:00Z', '&day 14 May'));
    expect(after[1]?.fields.uploadDate).toBe('14 May');
    expect(after[1]?.problems.map((problem) => problem.rule)).toContain(
      'video/upload-date-invalid',
    );
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
