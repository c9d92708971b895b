import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../text/line-index';
import { decodePostBytes } from './decode';
import { parsePost } from './document';
import { grayMatterOpinion } from './gray-matter-check';
import { lineChange } from './line-diff';
import { splitFrontMatter } from './split';
import type { FieldPath, FrontMatterData, FrontMatterValue, PostDocument } from './types';

const fixtures = fileURLToPath(new URL('../../../test/fixtures/', import.meta.url));
const blog = join(fixtures, 'linkerd.io/content/blog');

function markdownFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return markdownFiles(path);
    return entry.name.endsWith('.md') ? [path] : [];
  });
}

const corpus = markdownFiles(blog).sort();
const examples = markdownFiles(join(fixtures, 'examples')).sort();
const allPosts = [...corpus, ...examples].map((path) => {
  const bytes = new Uint8Array(readFileSync(path));
  const decoded = decodePostBytes(bytes);
  if (!('text' in decoded)) throw new Error(`${path} is not UTF-8`);
  return {
    name: relative(fixtures, path),
    bytes,
    text: decoded.text,
    document: parsePost(decoded.text),
  };
});

const entry = {
  title: 'Talk: a new entry',
  description: 'What the talk covered, in one sentence.',
  embedUrl: 'https://www.youtube.com/embed/dQw4w9WgXcQ',
  thumbnailUrl: 'https://i.ytimg.com/vi/dQw4w9WgXcQ/maxresdefault.jpg',
  uploadDate: '2024-05-14',
  duration: 'PT12M34S',
};

/** 0-based lines [first, end) that a field's key and value occupy. */
function fieldLines(document: PostDocument, path: FieldPath): [number, number] {
  const key = document.keySpan(path);
  const value = document.valueSpan(path);
  if (!key || !value) throw new Error(`${path} has no span`);
  const lines = new LineIndex(document.text);
  const first = lines.position(key.from).line - 1;
  const last = lines.position(Math.max(value.to - 1, key.from)).line - 1;
  return [first, last + 1];
}

/** Every line outside the field's old lines is unchanged and in place; the field's new lines replace them. */
function expectOnlyFieldLinesChanged(
  before: PostDocument,
  after: PostDocument,
  path: string,
): void {
  const [oldFirst, oldEnd] = fieldLines(before, path);
  const [newFirst, newEnd] = fieldLines(after, path);
  const change = lineChange(before.text, after.text);
  expect(newFirst).toBe(oldFirst);
  expect(change.oldLines.slice(0, oldFirst)).toEqual(change.newLines.slice(0, newFirst));
  expect(change.oldLines.slice(oldEnd)).toEqual(change.newLines.slice(newEnd));
}

/** The edit only added lines; returns them and where they went. */
function expectOnlyAddedLines(before: string, after: string): { start: number; added: string[] } {
  const change = lineChange(before, after);
  expect(change.oldEnd).toBe(change.start);
  const added = change.newLines.slice(change.start, change.newEnd);
  expect(added.length).toBeGreaterThan(0);
  return { start: change.start, added };
}

/** The edit inserted whole lines starting at `line` (0-based) and changed nothing else. */
function expectInsertedAt(before: string, after: string, line: number): string[] {
  const change = lineChange(before, after);
  const count = change.newLines.length - change.oldLines.length;
  expect(count).toBeGreaterThan(0);
  expect(change.newLines.slice(0, line)).toEqual(change.oldLines.slice(0, line));
  expect(change.newLines.slice(line + count)).toEqual(change.oldLines.slice(line));
  return change.newLines.slice(line, line + count);
}

function withChange(
  data: FrontMatterData,
  change: (copy: FrontMatterData) => void,
): FrontMatterData {
  const copy = structuredClone(data);
  change(copy);
  return copy;
}

function params(data: FrontMatterData): { [key: string]: FrontMatterValue } {
  const value = data.params;
  if (value && typeof value === 'object' && !Array.isArray(value)) return value;
  const created = {};
  data.params = created;
  return created;
}

describe('the linkerd.io corpus', () => {
  it('has the 158 blog files (157 posts and the section page) and two drafts', () => {
    expect(corpus).toHaveLength(158);
    expect(examples).toHaveLength(2);
  });

  it('round-trips every file byte for byte', () => {
    const encoder = new TextEncoder();
    const identical = allPosts.filter((post) => {
      const bytes = encoder.encode(post.document.text);
      return bytes.length === post.bytes.length && bytes.every((byte, i) => byte === post.bytes[i]);
    });
    expect(identical.map((post) => post.name)).toEqual(allPosts.map((post) => post.name));
  });

  it('reads every front matter as editable YAML without problems', () => {
    const problems = allPosts
      .filter(
        (post) => post.document.diagnostics.length > 0 || post.document.readOnlyReason !== null,
      )
      .map((post) => ({ name: post.name, diagnostics: post.document.diagnostics }));
    expect(problems).toEqual([]);
    for (const post of allPosts) {
      expect(post.document.frontMatter?.format).toBe('yaml');
      expect(typeof post.document.data?.title).toBe('string');
      expect(post.document.text.slice(post.document.bodyFrom)).toBe(post.document.body);
    }
  });

  it('keeps dates as the strings the authors wrote', () => {
    for (const post of allPosts) {
      const date = post.document.get('date');
      if (date !== undefined) expect(typeof date).toBe('string');
    }
    const recap = allPosts.find((post) => post.name.endsWith('kubecon-eu-2021-recap.md'));
    expect(recap?.document.get('date')).toBe('2021-06-17T00:00:00Z');
    expect(recap?.document.get('params.videoSchema.0.uploadDate')).toBe('2021-05-14');
    const legacy = allPosts.find((post) => post.name.endsWith('icymi-march-2019-legacy.md'));
    expect(legacy?.document.get('date')).toBe('Fri, 29 Mar 2019 12:00:00 +0000');
  });

  it('splits every file exactly where gray-matter does', () => {
    const disagreements = allPosts.filter((post) => {
      const opinion = grayMatterOpinion(post.text, splitFrontMatter(post.text));
      return !opinion || !opinion.agrees || opinion.language !== 'yaml';
    });
    expect(disagreements.map((post) => post.name)).toEqual([]);
  });

  it('changes only the title lines when the title is set', () => {
    for (const post of allPosts) {
      const before = post.document;
      const after = before.set('title', 'Changed title');
      expectOnlyFieldLinesChanged(before, after, 'title');
      expect(parsePost(after.text).data).toEqual(
        withChange(before.data ?? {}, (copy) => {
          copy.title = 'Changed title';
        }),
      );
      expect(after.body).toBe(before.body);
    }
  });

  it('changes or adds only the author lines when params.author is set', () => {
    let replaced = 0;
    let added = 0;
    let created = 0;
    for (const post of allPosts) {
      const before = post.document;
      const after = before.set('params.author', 'someone');
      expect(parsePost(after.text).data).toEqual(
        withChange(before.data ?? {}, (copy) => {
          params(copy).author = 'someone';
        }),
      );
      if (before.get('params.author') !== undefined) {
        replaced += 1;
        expectOnlyFieldLinesChanged(before, after, 'params.author');
      } else if (before.get('params') !== undefined) {
        added += 1;
        const { start, added: lines } = expectOnlyAddedLines(before.text, after.text);
        const [paramsFirst, paramsEnd] = fieldLines(before, 'params');
        expect(start).toBeGreaterThan(paramsFirst);
        expect(start).toBeLessThanOrEqual(paramsEnd);
        expect(lines).toEqual(['  author: someone\n']);
      } else {
        created += 1;
        const { added: lines } = expectOnlyAddedLines(before.text, after.text);
        // The legacy draft single-quotes all its strings, so the new one is quoted too.
        const author = post.name.endsWith('legacy.md') ? "'someone'" : 'someone';
        expect(lines).toEqual(['params:\n', `  author: ${author}\n`]);
      }
    }
    expect(replaced).toBeGreaterThan(100);
    expect(replaced + added + created).toBe(allPosts.length);
  });

  it('adds only the entry lines when a video is inserted into params.videoSchema', () => {
    let existing = 0;
    for (const post of allPosts) {
      const before = post.document;
      const list = before.get('params.videoSchema');
      const index = Array.isArray(list) ? Math.min(1, list.length) : 0;
      const after = before.insertItem('params.videoSchema', index, entry);
      expect(parsePost(after.text).data).toEqual(
        withChange(before.data ?? {}, (copy) => {
          const target = params(copy);
          const videos = Array.isArray(target.videoSchema) ? target.videoSchema : [];
          videos.splice(index, 0, { ...entry });
          target.videoSchema = videos;
        }),
      );
      let added: string[];
      if (Array.isArray(list)) {
        existing += 1;
        // The new entry's lines start where the entry it now precedes (or follows) started.
        const itemLine = fieldLines(after, ['params', 'videoSchema', index])[0];
        added = expectInsertedAt(before.text, after.text, itemLine);
        expect(added[0]).toMatch(/^\s*- title: /);
        // The new entry is laid out like its neighbours.
        const neighbour = after.text
          .split('\n')
          .find((line) => /^\s*- title:/.test(line) && !line.includes('Talk:'));
        expect(added[0]?.indexOf('-')).toBe(neighbour?.indexOf('-'));
      } else {
        added = expectOnlyAddedLines(before.text, after.text).added;
        expect(added.some((line) => /^\s*videoSchema:\n$/.test(line))).toBe(true);
      }
      const dashLine = added.findIndex((line) => /^\s*- title: /.test(line));
      expect(dashLine).toBeGreaterThanOrEqual(0);
      const dashColumn = (added[dashLine] ?? '').indexOf('-');
      // Everything after the dash line belongs to the entry: indented past the dash.
      for (const line of added.slice(dashLine + 1))
        expect(line.search(/\S/)).toBeGreaterThan(dashColumn);
      expect(added.length - dashLine).toBeGreaterThanOrEqual(6);
    }
    expect(existing).toBe(5);
  });
});
