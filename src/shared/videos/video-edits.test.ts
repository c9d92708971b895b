import { describe, expect, it } from 'vitest';
import { parsePost } from '../post';
import { googleConvention, type VideoConvention } from '../youtube/convention';
import {
  addEntryForCall,
  applyVideoEdit,
  duplicateVideoEntry,
  insertVideoEntry,
  insertVideoSection,
  moveVideoEntry,
  newVideoEntry,
  removeVideoEntry,
  orderSectionsLikeEntries,
  sectionsInEntryOrder,
  setVideoField,
} from './video-edits';
import { readVideoList } from './video-list';

const recap = `---
title: Recap
params:
  videoSchema:
    - title: First talk
      embedUrl: https://youtu.be/BWL4889RKhU
      thumbnailUrl: http://i3.ytimg.com/vi/BWL4889RKhU/maxresdefault.jpg
      uploadDate: 2021-05-14
      duration: PT31M26S
      speaker: Oliver # kept
    - title: Second talk
      embedUrl: https://youtu.be/dDW1OoTaMdU
      thumbnailUrl: http://i3.ytimg.com/vi/dDW1OoTaMdU/maxresdefault.jpg
      uploadDate: 2021-05-14
---

Intro.

## First talk

{{< youtube "BWL4889RKhU" >}}

About the first.

## Second talk

{{< youtube "dDW1OoTaMdU" >}}

About the second.
`;

const linkerd: VideoConvention = {
  embedUrl: 'https://youtu.be/{id}',
  thumbnailUrl: 'http://i3.ytimg.com/vi/{id}/{file}.jpg',
  uploadDate: 'date',
};

function after(text: string, edit: Parameters<typeof applyVideoEdit>[1]): string {
  return applyVideoEdit(text, edit);
}

describe('field edits', () => {
  it('writes a duration and changes only its line', () => {
    const doc = parsePost(recap);
    const text = after(recap, setVideoField(doc, 1, 'duration', 'PT12M34S'));
    expect(text).toBe(
      recap.replace(
        '      uploadDate: 2021-05-14\n---',
        '      uploadDate: 2021-05-14\n      duration: PT12M34S\n---',
      ),
    );
    const again = after(text, setVideoField(parsePost(text), 0, 'duration', 'PT1H'));
    expect(again).toContain('      duration: PT1H\n      speaker: Oliver # kept');
  });

  it('drops quotes a value no longer needs as it is typed, and keeps chosen ones', () => {
    let text = recap;
    for (const typed of ['N', 'Ne', 'New', 'New talk']) {
      text = after(text, setVideoField(parsePost(text), 1, 'title', typed));
    }
    expect(text).toContain('    - title: New talk\n');
    const chosen = recap.replace('- title: Second talk', "- title: 'Second talk'");
    expect(after(chosen, setVideoField(parsePost(chosen), 1, 'title', 'Other'))).toContain(
      "    - title: 'Other'\n",
    );
  });

  it('retypes a plain value in place exactly as the general edit would', () => {
    const doc = parsePost(recap);
    for (const [index, field, value] of [
      [0, 'title', 'First talk, longer'],
      [1, 'title', 'Second'],
      [0, 'duration', 'PT1H'],
      [1, 'uploadDate', '2022-01-02'],
      [1, 'title', 'Needs: quotes'],
      [1, 'title', 'yes'],
    ] as const) {
      const general = doc.set(['params', 'videoSchema', index, field], value).text;
      expect(after(recap, setVideoField(doc, index, field, value)), value).toBe(general);
    }
    expect(setVideoField(doc, 0, 'title', 'First talk').changes).toEqual([]);
  });

  it('removes a field that is cleared', () => {
    const text = after(recap, setVideoField(parsePost(recap), 0, 'duration', ''));
    expect(text).not.toContain('PT31M26S');
    expect(text).toContain('speaker: Oliver # kept');
  });
});

describe('entry edits', () => {
  it('removes, duplicates and moves entries, keeping unknown keys', () => {
    const doc = parsePost(recap);
    const removed = parsePost(after(recap, removeVideoEntry(doc, 0)));
    expect(readVideoList(removed).entries.map((e) => e.fields.title)).toEqual(['Second talk']);
    const duplicated = parsePost(after(recap, duplicateVideoEntry(doc, 0)));
    const entries = readVideoList(duplicated).entries;
    expect(entries.map((e) => e.fields.title)).toEqual(['First talk', 'First talk', 'Second talk']);
    expect(entries[1]?.otherKeys).toEqual([['speaker', 'Oliver']]);
    const moved = parsePost(after(recap, moveVideoEntry(doc, readVideoList(doc), 0, 1)));
    expect(readVideoList(moved).entries.map((e) => e.fields.title)).toEqual([
      'Second talk',
      'First talk',
    ]);
    expect(moved.body).toBe(doc.body);
  });

  it('builds an entry from an ID by the convention, and from a lookup later', () => {
    expect(newVideoEntry(linkerd, 'YJ8zP-lqB5E')).toEqual({
      embedUrl: 'https://youtu.be/YJ8zP-lqB5E',
      thumbnailUrl: 'http://i3.ytimg.com/vi/YJ8zP-lqB5E/hqdefault.jpg',
    });
    expect(
      newVideoEntry(googleConvention, 'YJ8zP-lqB5E', { title: 'Tap tap', duration: 'PT21M24S' }),
    ).toEqual({
      title: 'Tap tap',
      embedUrl: 'https://www.youtube.com/embed/YJ8zP-lqB5E',
      thumbnailUrl: 'https://i.ytimg.com/vi/YJ8zP-lqB5E/hqdefault.jpg',
      duration: 'PT21M24S',
    });
    expect(newVideoEntry(null, null)).toEqual({ title: '' });
  });

  it('adds the first entry to a post without any', () => {
    const text = '---\ntitle: Plain\n---\n\nBody.\n';
    const added = after(text, insertVideoEntry(parsePost(text), 0, { title: 'New' }));
    expect(parsePost(added).data).toEqual({
      title: 'Plain',
      params: { videoSchema: [{ title: 'New' }] },
    });
    expect(parsePost(added).body).toBe('\nBody.\n');
  });
});

describe('the body in step', () => {
  it('moves the sections with their entries, each staying in a section place', () => {
    const doc = parsePost(recap);
    const list = readVideoList(doc);
    expect(sectionsInEntryOrder(list)).toBe(true);
    const text = after(recap, moveVideoEntry(doc, list, 0, 1, { sections: true }));
    const expected = `
Intro.

## Second talk

{{< youtube "dDW1OoTaMdU" >}}

About the second.

## First talk

{{< youtube "BWL4889RKhU" >}}

About the first.
`;
    expect(parsePost(text).body).toBe(expected);
    // The same in two steps: the entries, then the sections when the form offers it.
    const moved = parsePost(after(recap, moveVideoEntry(doc, list, 0, 1)));
    const movedList = readVideoList(moved);
    expect(sectionsInEntryOrder(movedList)).toBe(false);
    const ordered = parsePost(after(moved.text, orderSectionsLikeEntries(moved, movedList)));
    expect(ordered.text).toBe(text);
    expect(sectionsInEntryOrder(readVideoList(ordered))).toBe(true);
  });

  it('does not offer to move sections already in order', () => {
    const text = recap.replace(
      '## First talk\n\n{{< youtube "BWL4889RKhU" >}}\n\nAbout the first.\n\n',
      '',
    );
    const doc = parsePost(text);
    const moved = parsePost(after(text, moveVideoEntry(doc, readVideoList(doc), 0, 1)));
    expect(sectionsInEntryOrder(readVideoList(moved))).toBe(true);
  });

  it('inserts a section before the next entry’s section, cursor on the empty paragraph', () => {
    const text = recap.replace(
      '## First talk\n\n{{< youtube "BWL4889RKhU" >}}\n\nAbout the first.\n\n',
      '',
    );
    const doc = parsePost(text);
    const list = readVideoList(doc);
    expect(list.entries[0]?.status).toBe('not-in-body');
    const edit = insertVideoSection(doc, list, 0);
    const result = after(text, edit);
    expect(parsePost(result).body).toBe(`
Intro.

## First talk

{{< youtube "BWL4889RKhU" >}}



## Second talk

{{< youtube "dDW1OoTaMdU" >}}

About the second.
`);
    expect(result.slice(edit.cursor, edit.cursor! + 4)).toBe('\n\n##');
    expect(readVideoList(parsePost(result)).entries[0]?.status).toBe('complete');
  });

  it('writes a title that looks like markup so the heading shows it as text', () => {
    const text = recap
      .replace('## Second talk\n\n{{< youtube "dDW1OoTaMdU" >}}\n\nAbout the second.\n', '')
      .replace('title: Second talk', 'title: "<img src=x onerror=alert(1)> and\\n <b>Gateway</b>"');
    const doc = parsePost(text);
    const result = after(text, insertVideoSection(doc, readVideoList(doc), 1));
    expect(result).toContain(
      '\n## \\<img src=x onerror=alert(1)> and \\<b>Gateway\\</b>\n\n{{< youtube "dDW1OoTaMdU" >}}\n',
    );
  });

  it('inserts a section after the previous one at the end of the post', () => {
    const text = recap.replace(
      '## Second talk\n\n{{< youtube "dDW1OoTaMdU" >}}\n\nAbout the second.\n',
      '',
    );
    const doc = parsePost(text);
    const result = after(text, insertVideoSection(doc, readVideoList(doc), 1));
    expect(parsePost(result).body).toBe(`
Intro.

## First talk

{{< youtube "BWL4889RKhU" >}}

About the first.

## Second talk

{{< youtube "dDW1OoTaMdU" >}}

`);
  });

  it('adds an entry for a call the front matter does not describe, titled by its heading', () => {
    const text = `${recap}\n## Third talk\n\n{{< youtube "YJ8zP-lqB5E" >}}\n`;
    const doc = parsePost(text);
    const list = readVideoList(doc);
    expect(list.unlisted.map((call) => call.id)).toEqual(['YJ8zP-lqB5E']);
    const result = parsePost(after(text, addEntryForCall(doc, list, list.unlisted[0]!, linkerd)));
    const entries = readVideoList(result).entries;
    expect(entries.map((e) => e.fields.title)).toEqual(['First talk', 'Second talk', 'Third talk']);
    expect(entries[2]?.fields.embedUrl).toBe('https://youtu.be/YJ8zP-lqB5E');
    expect(readVideoList(result).unlisted).toEqual([]);
  });
});
