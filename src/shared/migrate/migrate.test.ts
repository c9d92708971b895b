import { describe, expect, it } from 'vitest';
import { parsePost } from '../post';
import { describeAction, migrateData, migratePost, migrationConflicts, unifiedDiff } from '.';

const legacy = `---
slug: 'icymi-march-2019'
title: 'ICYMI: March 2019'
# Who wrote it
author: 'kiersten' # the events team
date: Fri, 29 Mar 2019 12:00:00 +0000
featured: false
enableVideoSchema: true
tags: [community, meetup] # topics
---

Body stays.
`;

function migrated(text: string) {
  const result = migratePost(parsePost(text));
  if (result.status === 'refused') throw new Error(result.reason);
  return result;
}

describe('migratePost', () => {
  it('moves site options under params, renames tags and drops what the site ignores', () => {
    const result = migrated(legacy);
    expect(result.status).toBe('migrated');
    expect(result.after.text).toBe(`---
slug: 'icymi-march-2019'
title: 'ICYMI: March 2019'
# Who wrote it
date: Fri, 29 Mar 2019 12:00:00 +0000
keywords: [community, meetup] # topics
params:
  author: 'kiersten' # the events team
---

Body stays.
`);
    expect(result.after.body).toBe(result.before.body);
    expect(result.actions.map(describeAction)).toEqual([
      '"author" moves to "params.author".',
      '"featured" is removed: today\'s site does not use it.',
      '"enableVideoSchema" is removed: today\'s site does not use it.',
      '"tags" moves to "keywords".',
    ]);
  });

  it("leaves a post in today's shape exactly as it is", () => {
    const current = '---\ntitle: Now\nparams:\n  author: jason\n---\nBody\n';
    const result = migrated(current);
    expect(result.status).toBe('unchanged');
    expect(result.after.text).toBe(current);
  });

  it('is done after one run: migrating again changes nothing', () => {
    const once = migrated(legacy).after.text;
    expect(migrated(once)).toMatchObject({ status: 'unchanged' });
  });

  it('merges tags into keywords without repeating one', () => {
    const text = '---\ntitle: T\nkeywords: [linkerd, mesh]\ntags: [mesh, news]\n---\n';
    const result = migrated(text);
    expect(result.after.get('keywords')).toEqual(['linkerd', 'mesh', 'news']);
    expect(result.after.get('tags')).toBeUndefined();
  });

  it('removes an older key whose new place already says the same', () => {
    const text = '---\ntitle: T\nauthor: jason\nparams:\n  author: jason\n---\n';
    expect(migrated(text).after.text).toBe('---\ntitle: T\nparams:\n  author: jason\n---\n');
  });

  it('keeps an older key whose new place says something else, and says why', () => {
    const text = '---\ntitle: T\nauthor: jason\nparams:\n  author: william\n---\n';
    const result = migrated(text);
    expect(result.after.text).toBe(text);
    expect(migrationConflicts(result)).toEqual([
      '"author" stays where it is: "params.author" is already set to something else. Settle it in the text.',
    ]);
  });

  it("reads keys in any case, as Hugo does, and moves them by the file's spelling", () => {
    const text = '---\ntitle: T\nAuthor: jason\nThumbnailProcess: fit\n---\n';
    const result = migrated(text);
    expect(result.after.data).toEqual({
      title: 'T',
      params: { author: 'jason', thumbnailRatio: 'fit' },
    });
  });

  it('renames params.thumbnailProcess in place', () => {
    const text = '---\ntitle: T\nparams:\n  thumbnailProcess: fit # cover fit\n  author: a\n---\n';
    expect(migrated(text).after.text).toBe(
      '---\ntitle: T\nparams:\n  thumbnailRatio: fit # cover fit\n  author: a\n---\n',
    );
  });

  it('refuses front matter the form cannot edit, with the reason', () => {
    const toml = migratePost(parsePost('+++\ntitle = "T"\nauthor = "a"\n+++\n'));
    expect(toml).toMatchObject({ status: 'refused' });
    const broken = migratePost(parsePost('---\ntitle: [unclosed\nauthor: a\n---\n'));
    expect(broken).toMatchObject({ status: 'refused' });
  });
});

describe('migrateData', () => {
  it('is the documented mapping', () => {
    expect(
      migrateData({
        title: 'T',
        author: 'a',
        thumbnail: 't.png',
        thumbnailProcess: 'fit',
        featured: true,
        enableVideoSchema: false,
        tags: ['x'],
        other: 1,
      }),
    ).toEqual({
      title: 'T',
      keywords: ['x'],
      other: 1,
      params: { author: 'a', thumbnail: 't.png', thumbnailRatio: 'fit' },
    });
  });
});

describe('unifiedDiff', () => {
  it('prints hunks with three lines of context', () => {
    const diff = unifiedDiff('post.md', 'a\nb\nc\nd\ne\nf\ng\nh\n', 'a\nb\nc\nd\nE\nf\ng\nh\n');
    expect(diff).toBe(
      '--- a/post.md\n+++ b/post.md\n@@ -2,7 +2,7 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n',
    );
    expect(unifiedDiff('post.md', 'same\n', 'same\n')).toBe('');
  });
});
