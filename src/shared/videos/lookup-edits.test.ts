import { describe, expect, it } from 'vitest';
import { parsePost } from '../post';
import {
  entriesToAdd,
  lookupAgainChanges,
  lookupSummary,
  splitLookupInputs,
  updatesForVideos,
  valuesOf,
  type LookedUp,
} from './lookup-edits';
import { applyVideoEdit, insertVideoEntries, setVideoFields } from './video-edits';
import { readVideoList } from './video-list';

const post = `---
title: Recap
params:
  videoSchema:
    - title: First talk
      embedUrl: https://youtu.be/BWL4889RKhU
      speaker: Oliver # kept
---

Intro.
`;

const found = (id: string, title: string): LookedUp => ({
  status: 'found',
  input: `https://youtu.be/${id}`,
  id,
  entry: {
    title,
    embedUrl: `https://youtu.be/${id}`,
    thumbnailUrl: `http://i3.ytimg.com/vi/${id}/maxresdefault.jpg`,
    uploadDate: '2024-02-20',
    duration: 'PT31M26S',
    description: undefined,
  },
});

describe('splitting what was pasted', () => {
  it('takes one input per line, or separated by spaces and commas, in order', () => {
    expect(
      splitLookupInputs(
        ' https://youtu.be/BWL4889RKhU\r\n\n dDW1OoTaMdU, https://www.youtube.com/watch?v=f0q_Vw4dAuE&t=42s \tPLabcdefghijklmnop\n',
      ),
    ).toEqual([
      'https://youtu.be/BWL4889RKhU',
      'dDW1OoTaMdU',
      'https://www.youtube.com/watch?v=f0q_Vw4dAuE&t=42s',
      'PLabcdefghijklmnop',
    ]);
    expect(splitLookupInputs(' \n ')).toEqual([]);
  });
});

describe('entries to add', () => {
  it('keeps the input order, writes fields in entry order, and skips videos already listed', () => {
    const outcomes: LookedUp[] = [
      found('dDW1OoTaMdU', 'Second'),
      { status: 'failed', input: 'x', id: null, code: 'invalid-input', message: 'no' },
      found('BWL4889RKhU', 'Already there'),
      found('f0q_Vw4dAuE', 'Third'),
      found('dDW1OoTaMdU', 'Second again'),
    ];
    const { entries, alreadyListed } = entriesToAdd(outcomes, ['BWL4889RKhU', null]);
    expect(entries.map((entry) => entry['title'])).toEqual(['Second', 'Third']);
    expect(Object.keys(entries[0]!)).toEqual([
      'title',
      'embedUrl',
      'thumbnailUrl',
      'uploadDate',
      'duration',
    ]);
    expect(alreadyListed).toEqual(['BWL4889RKhU', 'dDW1OoTaMdU']);
  });

  it('adds them all at the end in one edit that leaves the other lines as they were', () => {
    const doc = parsePost(post);
    const { entries } = entriesToAdd(
      [found('dDW1OoTaMdU', 'Second'), found('f0q_Vw4dAuE', '<img src=x onerror=alert(1)>')],
      ['BWL4889RKhU'],
    );
    const edit = insertVideoEntries(doc, 1, entries);
    expect(edit.changes).toHaveLength(1);
    const text = applyVideoEdit(post, edit);
    expect(text.startsWith(post.slice(0, post.indexOf('---\n\nIntro')))).toBe(true);
    const list = readVideoList(parsePost(text));
    expect(list.entries.map((entry) => entry.fields.title)).toEqual([
      'First talk',
      'Second',
      '<img src=x onerror=alert(1)>',
    ]);
    expect(list.entries[2]!.fields.duration).toBe('PT31M26S');
    expect(text.endsWith('---\n\nIntro.\n')).toBe(true);
    expect(insertVideoEntries(doc, 1, []).changes).toEqual([]);
  });
});

describe('looking one entry up again', () => {
  const current = { title: 'My own title', embedUrl: 'https://youtu.be/BWL4889RKhU' };
  const lookedUp = found('BWL4889RKhU', 'YouTube title');

  it('fills only the empty fields unless asked to overwrite', () => {
    expect(
      lookupAgainChanges(current, lookedUp.status === 'found' ? lookedUp.entry : {}, false),
    ).toEqual([
      {
        field: 'thumbnailUrl',
        before: '',
        after: 'http://i3.ytimg.com/vi/BWL4889RKhU/maxresdefault.jpg',
      },
      { field: 'uploadDate', before: '', after: '2024-02-20' },
      { field: 'duration', before: '', after: 'PT31M26S' },
    ]);
  });

  it('with overwrite, also changes filled fields YouTube writes differently, old and new side by side', () => {
    const changes = lookupAgainChanges(
      current,
      lookedUp.status === 'found' ? lookedUp.entry : {},
      true,
    );
    expect(changes[0]).toEqual({ field: 'title', before: 'My own title', after: 'YouTube title' });
    // Equal values and fields the lookup does not know are not changes.
    expect(changes.map((change) => change.field)).not.toContain('embedUrl');
    expect(changes.map((change) => change.field)).not.toContain('description');
  });

  it('applies the changes as one edit of that entry, keeping its other keys', () => {
    const doc = parsePost(post);
    const changes = lookupAgainChanges(current, { title: 'New', duration: 'PT5M' }, true);
    const edit = setVideoFields(doc, [{ index: 0, values: valuesOf(changes) }]);
    const text = applyVideoEdit(post, edit);
    expect(text).toContain('    - title: New\n');
    expect(text).toContain('      speaker: Oliver # kept\n');
    expect(readVideoList(parsePost(text)).entries[0]!.fields.duration).toBe('PT5M');
  });

  it('refuses an entry that is not a set of fields, in words', () => {
    const doc = parsePost('---\nparams:\n  videoSchema:\n    - just text\n---\n');
    expect(() => setVideoFields(doc, [{ index: 0, values: { title: 'x' } }])).toThrow(
      'Video 1 is not a set of fields',
    );
  });
});

describe('the summary', () => {
  it('says what was added, what failed and what was there already', () => {
    expect(lookupSummary(3, 0, 0)).toBe('Added 3 videos.');
    expect(lookupSummary(9, 2, 0)).toBe('Added 9 videos. 2 videos could not be looked up.');
    expect(lookupSummary(0, 1, 1)).toBe(
      'No video was added. 1 video could not be looked up. 1 video was already in the list.',
    );
  });
});

describe('taking a refresh into the post', () => {
  it('writes each accepted change into every entry of its video, and only those', () => {
    const text = `---
params:
  videoSchema:
    - title: Old title
      embedUrl: https://youtu.be/BWL4889RKhU
      duration: PT1M
    - title: Other
      embedUrl: https://youtu.be/dDW1OoTaMdU
      duration: PT2M
---
`;
    const doc = parsePost(text);
    const list = readVideoList(doc);
    const updates = updatesForVideos(list.entries, [
      { id: 'BWL4889RKhU', field: 'title', value: 'New title' },
      { id: 'BWL4889RKhU', field: 'duration', value: 'PT1M5S' },
    ]);
    expect(updates).toEqual([{ index: 0, values: { title: 'New title', duration: 'PT1M5S' } }]);
    const edited = applyVideoEdit(text, setVideoFields(doc, updates));
    expect(edited).toBe(text.replace('Old title', 'New title').replace('PT1M\n', 'PT1M5S\n'));
  });
});
