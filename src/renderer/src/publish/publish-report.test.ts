import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../shared/diagnostics';
import { parsePost } from '../../../shared/post';
import { markedTextOf, permalinkOf, publishReport } from './publish-report';

const text = `---
title: A recap
date: 2024-03-05T00:00:00Z
slug: a-recap
params:
  videoSchema:
    - title: Talk one
      embedUrl: https://youtu.be/BWL4889RKhU
      thumbnailUrl: http://i.ytimg.com/vi/BWL4889RKhU/hqdefault.jpg
      uploadDate: 2021-05-14
    - embedUrl: https://www.youtube.com/embed/dDW1OoTaMdU
---

<!-- rewrite -->
The talks of the meetup are online.
Say what stood out.

## Talk one
`;
const marker = text.indexOf('<!-- rewrite -->');
const finding = (rule: string, from: number, severity: Diagnostic['severity'] = 'warning') => ({
  severity,
  rule,
  message: `${rule}.`,
  from,
  to: from + 16,
});
const info = {
  contentDir: 'content',
  permalinks: { blog: '/:year/:month/:day/:slug/' },
  baseURL: 'https://linkerd.io/',
};

describe('publish report', () => {
  const diagnostics = [
    finding('markdownlint/no-trailing-spaces', 200),
    finding('markdownlint/no-trailing-spaces', 220),
    finding('seo/description-missing', 0),
    finding('draft/rewrite-marker', marker),
    finding('video/title-missing', 120, 'error'),
  ];
  const report = publishReport(
    diagnostics,
    parsePost(text),
    info,
    'content/blog/2024/0305-a-recap/index.md',
  );

  it("separates what the site's CI rejects from Recap Studio's own findings, with counts", () => {
    expect(report.siteCiCount).toBe(3);
    expect(report.siteCi.map((g) => [g.rule, g.items.length])).toEqual([
      ['seo/description-missing', 1],
      ['markdownlint/no-trailing-spaces', 2],
    ]);
    expect(report.own.map((g) => g.rule)).toEqual(['video/title-missing']);
    expect(report.ownCount).toBe(1);
  });

  it('lists the paragraphs still marked for rewriting, with their first words', () => {
    expect(report.rewrite.map((d) => d.from)).toEqual([marker]);
    expect(markedTextOf(text, report.rewrite[0]!)).toBe(
      'The talks of the meetup are online. Say what stood out.',
    );
  });

  it("previews each entry's VideoObject with the post's permalink as contentUrl, and Google's reading", () => {
    expect(report.permalink).toBe('https://linkerd.io/2024/03/05/a-recap/');
    expect(report.videos.map((v) => v.object.contentUrl)).toEqual([
      'https://linkerd.io/2024/03/05/a-recap/',
      'https://linkerd.io/2024/03/05/a-recap/',
    ]);
    expect(report.videos[0]!.object.name).toBe('Talk one');
    const levels = report.videos.map((v) => v.advice.map((a) => `${a.level} ${a.property}`));
    expect(levels[0]).toEqual(
      expect.arrayContaining([
        'convention uploadDate',
        'convention thumbnailUrl',
        'convention embedUrl',
        'recommended duration',
      ]),
    );
    expect(levels[1]).toEqual(
      expect.arrayContaining(['required name', 'required thumbnailUrl', 'required uploadDate']),
    );
  });

  it('gives the path alone without a baseURL, and none without a date', () => {
    const doc = parsePost(text);
    const path = 'content/blog/2024/0305-a-recap/index.md';
    expect(permalinkOf({ ...info, baseURL: undefined }, path, doc)).toBe('/2024/03/05/a-recap/');
    const undated = parsePost(text.replace('date: 2024-03-05T00:00:00Z\n', ''));
    expect(permalinkOf(info, path, undated)).toBeNull();
  });
});
