// Every form operation of the front matter form (title, author, date) on
// every corpus post and both examples: only the touched node's lines change,
// and the inverse change (what undo applies) gives back the exact text.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ChangeSet, Text } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { parsePost, type PostDocument } from '../post';
import { lineChange } from '../post/line-diff';
import { minimalReplacement } from '../text/minimal-replacement';
import { formFields, readPickedDate, setFieldValue, setPickedDate, type FormField } from '.';

const fixtures = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures');

function markdownFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return markdownFiles(path);
    return entry.name.endsWith('.md') && !entry.name.startsWith('_') ? [path] : [];
  });
}

const posts = [
  ...markdownFiles(join(fixtures, 'linkerd.io/content/blog')),
  ...markdownFiles(join(fixtures, 'examples')),
]
  .sort()
  .map((file) => ({ name: relative(fixtures, file), text: readFileSync(file, 'utf8') }));

function field(doc: PostDocument, id: string): FormField {
  const found = formFields(doc).find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no ${id} field`);
  return found;
}

/**
 * Applies the edit as the form does (the smallest replacement, as a
 * CodeMirror change set), checks that only the lines of the node at
 * `written` changed, and that the inverted change (what undo applies)
 * restores the text.
 */
function checkEdit(
  text: string,
  edit: (doc: PostDocument) => PostDocument,
  written: string[],
): string {
  const doc = Text.of(text.split('\n'));
  const change = minimalReplacement(text, edit(parsePost(text)).text);
  expect(change).not.toBeNull();
  const changes = ChangeSet.of(change ?? [], doc.length);
  const after = changes.apply(doc).toString();

  // Only the lines of the node (its key line to the end of its value) changed.
  const before = parsePost(text);
  const keySpan = before.keySpan(written);
  const valueSpan = before.valueSpan(written);
  const { start, oldEnd } = lineChange(text, after);
  if (keySpan) {
    const firstLine = text.slice(0, keySpan.from).split('\n').length - 1;
    const lastLine = text.slice(0, Math.max(keySpan.to, valueSpan?.to ?? 0)).split('\n').length;
    expect(start).toBeGreaterThanOrEqual(firstLine);
    expect(oldEnd).toBeLessThanOrEqual(lastLine);
  } else {
    // A new key: nothing is removed, lines are only added.
    expect(oldEnd - start).toBe(0);
  }
  expect(parsePost(after).body).toBe(before.body);
  // A cursor at the end of the file stays at the end.
  expect(changes.mapPos(doc.length, 1)).toBe(after.length);

  // Undo applies the inverse change: the exact text comes back.
  expect(changes.invert(doc).apply(changes.apply(doc)).toString()).toBe(text);
  return after;
}

describe.each(posts)('form edits on $name', ({ text }) => {
  const doc = parsePost(text);
  const editable = doc.readOnlyReason === null && doc.data !== null;

  it.skipIf(!editable)('sets the title', () => {
    const title = field(doc, 'title');
    const after = checkEdit(
      text,
      (current) => setFieldValue(current, title, 'A new title: with a colon'),
      title.written,
    );
    expect(parsePost(after).get(title.written)).toBe('A new title: with a colon');
  });

  it.skipIf(!editable)('sets the author', () => {
    const author = field(doc, 'author');
    const after = checkEdit(
      text,
      (current) => setFieldValue(current, author, 'kiersten-new'),
      author.written,
    );
    expect(parsePost(after).get(author.written)).toBe('kiersten-new');
  });

  it.skipIf(!editable)('sets the date in the layout it has', () => {
    const date = field(doc, 'date');
    const current = typeof date.value === 'string' ? date.value : '';
    const picked = readPickedDate(current);
    const after = checkEdit(
      text,
      (post) => setPickedDate(post, date, { day: '2020-02-29', time: picked?.time ?? null }),
      date.written,
    );
    const written = parsePost(after).get(date.written);
    expect(typeof written).toBe('string');
    if (picked) {
      // Everything but the day is as it was: same layout, time and zone.
      expect(String(written).length).toBe(current.trim().length);
      expect(readPickedDate(String(written))).toEqual({ day: '2020-02-29', time: picked.time });
    }
  });
});

describe('the corpus covers every date layout the picker keeps', () => {
  it('has RFC 3339, date-time without zone and RFC 1123 dates', () => {
    const dates = posts.map(({ text }) => String(parsePost(text).get('date') ?? ''));
    expect(dates.some((date) => /T\d\d:\d\d:\d\dZ$/.test(date))).toBe(true);
    expect(dates.some((date) => /T\d\d:\d\d:\d\d[+-]\d\d:\d\d$/.test(date))).toBe(true);
    expect(dates.some((date) => /T\d\d:\d\d:\d\d$/.test(date))).toBe(true);
    expect(dates.some((date) => /^\w{3}, \d\d \w{3} \d{4}/.test(date))).toBe(true);
  });

  it('keeps a date-only date a date', () => {
    const text = '---\ntitle: T\ndate: 2021-06-17\n---\nBody\n';
    const date = field(parsePost(text), 'date');
    const after = checkEdit(
      text,
      (post) => setPickedDate(post, date, { day: '2021-06-18', time: '10:00:00' }),
      date.written,
    );
    expect(after).toBe('---\ntitle: T\ndate: 2021-06-18\n---\nBody\n');
  });
});
