import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePost } from '../../src/shared/post';
import { videoObjectsOf, videoSchemaEntries } from '../../src/shared/video-object';
import { hugoVersion } from './oracle/render';
import { hugoVideoObjects } from './oracle/video-objects';

const fixtures = resolve(__dirname, '../fixtures');
const hugo = hugoVersion();

function markdownFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

function postsWithVideos(contentDir: string): string[] {
  return markdownFiles(contentDir).filter(
    (post) =>
      videoSchemaEntries(parsePost(readFileSync(join(contentDir, post), 'utf8')).data).length > 0,
  );
}

/**
 * Values a hand-written entry can hold: missing fields (null in the JSON),
 * numbers, markup in a title, a multi-line description, and the older shape's
 * top-level `videoSchema`.
 */
function edgeCases(): string {
  const folder = mkdtempSync(join(tmpdir(), 'video-object-cases-'));
  const write = (path: string, text: string) => {
    mkdirSync(join(folder, path, '..'), { recursive: true });
    writeFileSync(join(folder, path), text);
  };
  write(
    'blog/2024/0101-odd/index.md',
    `---
title: Odd
slug: odd-values
params:
  videoSchema:
    - title: A <b>"bold"</b> & </script> title
      description: |-
        First line
        second line
      uploadDate: 2021-05-14
      duration: PT1H
    - title: 42
      thumbnailUrl: https://i.ytimg.com/vi/BWL4889RKhU/hqdefault.jpg
      embedUrl: https://www.youtube.com/embed/BWL4889RKhU
---
`,
  );
  write(
    'blog/2019/0329-legacy/index.md',
    `---
title: Legacy
videoSchema:
  - title: Old shape
    uploadDate: "2019-03-29T10:00:00Z"
---
`,
  );
  return folder;
}

if (!hugo) console.warn('hugo is not installed: the VideoObject test against Hugo is SKIPPED.');

describe.skipIf(!hugo)(`VideoObject JSON-LD against Hugo (${hugo ?? 'hugo missing'})`, () => {
  it.each([
    ['the linkerd.io blog', join(fixtures, 'linkerd.io/content'), 4],
    ['the recap drafts', join(fixtures, 'examples'), 1],
    ['the sample site', resolve(__dirname, '../../resources/sample-site/content'), 1],
    ['hand-made edge cases', edgeCases(), 2],
  ])('matches, object for object, on every post with videos of %s', (_, contentDir, count) => {
    const posts = postsWithVideos(contentDir);
    expect(posts).toHaveLength(count);
    const pages = hugoVideoObjects(contentDir, posts, 'https://linkerd.io/');
    expect([...pages.keys()].sort()).toEqual([...posts].sort());
    for (const post of posts) {
      const page = pages.get(post)!;
      const data = parsePost(readFileSync(join(contentDir, post), 'utf8')).data;
      const ours = videoObjectsOf(data, page.permalink);
      expect(ours.length, post).toBeGreaterThan(0);
      expect(ours, post).toEqual(page.objects);
    }
  });
});
