// The video form's edits on every corpus post and both examples: each changes
// only the lines of the node it touches, and the inverse of its ChangeSet (what
// the editor's undo applies) gives the exact text back.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ChangeSet, Text } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { parsePost } from '../post';
import { lineChange } from '../post/line-diff';
import type { PostDocument } from '../post/types';
import { writtenPath } from '../schema/known-keys';
import { LineIndex } from '../text/line-index';
import {
  applyVideoEdit,
  duplicateVideoEntry,
  insertVideoEntry,
  moveVideoEntry,
  newVideoEntry,
  removeVideoEntry,
  setVideoField,
  type VideoEdit,
} from './video-edits';
import { entryItems, readVideoList, videoListPath } from './video-list';

const fixtures = fileURLToPath(new URL('../../../test/fixtures/', import.meta.url));

function markdownFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return markdownFiles(path);
    return entry.name.endsWith('.md') && entry.name !== '_index.md' ? [path] : [];
  });
}

const posts = [
  ...markdownFiles(join(fixtures, 'linkerd.io/content/blog')),
  ...markdownFiles(join(fixtures, 'examples')),
]
  .sort()
  .map((path) => ({ name: relative(fixtures, path), text: readFileSync(path, 'utf8') }))
  .filter(({ text }) => parsePost(text).readOnlyReason === null);

const withEntries = posts.filter(({ text }) => entryItems(parsePost(text)).length > 0);

/** Applies the edit as the editor does, and checks its inverse gives the text back. */
function applied(text: string, edit: VideoEdit): string {
  const before = Text.of(text.split('\n'));
  const changes = ChangeSet.of(edit.changes, before.length);
  const after = changes.apply(before);
  expect(after.toString()).toBe(applyVideoEdit(text, edit));
  expect(changes.invert(before).apply(after).toString()).toBe(text);
  return after.toString();
}

/** 0-based lines [start, end) of entry `index` in the text. */
function entryLines(doc: PostDocument, index: number): [number, number] {
  const path = writtenPath(doc.data ?? {}, [...videoListPath, index]);
  const lines = new LineIndex(doc.text);
  const from = doc.keySpan(path)?.from ?? 0;
  const to = doc.valueSpan(path)?.to ?? from;
  return [lines.position(from).line - 1, lines.position(Math.max(from, to - 1)).line];
}

/** Checks that every changed line of the old text lies in [start, end). */
function onlyLines(before: string, after: string, [start, end]: [number, number]): void {
  const change = lineChange(before, after);
  expect(change.start).toBeGreaterThanOrEqual(start);
  expect(change.oldEnd).toBeLessThanOrEqual(end);
}

describe('video edits on the corpus', () => {
  it('has posts to edit, some of them with entries', () => {
    expect(posts.length).toBeGreaterThan(150);
    expect(withEntries.length).toBeGreaterThanOrEqual(4);
  });

  it.each(posts)('adds an entry to $name by inserting lines only', ({ text }) => {
    const doc = parsePost(text);
    const count = entryItems(doc).length;
    const entry = newVideoEntry(
      {
        embedUrl: 'https://youtu.be/{id}',
        thumbnailUrl: 'https://i.ytimg.com/vi/{id}/{file}.jpg',
        uploadDate: 'date',
      },
      'YJ8zP-lqB5E',
      { title: 'A new talk' },
    );
    const after = applied(text, insertVideoEntry(doc, count, entry));
    const change = lineChange(text, after);
    expect(change.oldEnd).toBe(change.start);
    const reread = parsePost(after);
    expect(entryItems(reread)).toEqual([...entryItems(doc), entry]);
    expect(reread.body).toBe(doc.body);
  });

  describe.each(withEntries)('$name', ({ text }) => {
    const doc = parsePost(text);
    const items = entryItems(doc);
    const last = items.length - 1;

    it('removes the first entry: only its lines go', () => {
      const after = applied(text, removeVideoEntry(doc, 0));
      const change = lineChange(text, after);
      const [start, end] = entryLines(doc, 0);
      if (items.length > 1) {
        expect(change.newEnd).toBe(change.start);
        onlyLines(text, after, [start, end]);
      } else {
        // The list's own line becomes `videoSchema: []`.
        expect(change.newLines.slice(change.start, change.newEnd)).toEqual(['  videoSchema: []\n']);
        onlyLines(text, after, [start - 1, end]);
      }
      expect(entryItems(parsePost(after))).toEqual(items.slice(1));
    });

    it('duplicates the first entry by inserting lines only', () => {
      const after = applied(text, duplicateVideoEntry(doc, 0));
      const change = lineChange(text, after);
      expect(change.oldEnd).toBe(change.start);
      expect(entryItems(parsePost(after))).toEqual([items[0], ...items]);
    });

    it('moves the first entry last, within the list', () => {
      if (last === 0) return;
      const after = applied(text, moveVideoEntry(doc, readVideoList(doc), 0, last));
      onlyLines(text, after, [entryLines(doc, 0)[0], entryLines(doc, last)[1]]);
      expect(entryItems(parsePost(after))).toEqual([...items.slice(1), items[0]]);
      expect(parsePost(after).body).toBe(doc.body);
    });

    it("sets the first entry's duration within its lines", () => {
      const after = applied(text, setVideoField(doc, 0, 'duration', 'PT12M34S'));
      onlyLines(text, after, entryLines(doc, 0));
      expect(parsePost(after).get([...videoListPath, 0, 'duration'])).toBe('PT12M34S');
    });
  });
});
