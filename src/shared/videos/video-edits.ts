/**
 * Every change the video form makes, as the smallest edit of the post's text:
 * front matter through the post model (only the touched entry's lines
 * change), the body by splicing whole sections. An edit is a list of changes
 * against the text as it was, so the editor applies it as one transaction
 * that one undo takes back.
 */
import { parsePost } from '../post/document';
import { plainEqual } from '../post/plain-data';
import { PostEditError } from '../post/post-edit-error';
import type { FrontMatterValue, PostDocument } from '../post/types';
import { surelyPlain } from '../post/yaml-render';
import { isMapping, writtenPath } from '../schema/known-keys';
import { minimalReplacement } from '../text/minimal-replacement';
import { entryFieldsFromId, type VideoConvention } from '../youtube/convention';
import type { BodyVideo } from './body-videos';
import {
  entryItems,
  videoFields,
  videoListPath,
  type VideoField,
  type VideoList,
} from './video-list';

export interface TextChange {
  from: number;
  to: number;
  insert: string;
}

export interface VideoEdit {
  /** Changes against the text before the edit, in order, not overlapping. */
  changes: TextChange[];
  /** Where the cursor goes afterwards, in the new text; absent: it stays. */
  cursor?: number;
}

function listPathOf(doc: PostDocument): (string | number)[] {
  return writtenPath(doc.data ?? {}, videoListPath);
}

/** The edit that turns the post into `edited(post)`; only front matter changes. */
function frontMatterEdit(
  doc: PostDocument,
  edited: (doc: PostDocument) => PostDocument,
): VideoEdit {
  const change = minimalReplacement(doc.text, edited(doc).text);
  return { changes: change ? [change] : [] };
}

function entryAt(doc: PostDocument, index: number): FrontMatterValue {
  const entry = entryItems(doc)[index];
  if (entry === undefined) throw new PostEditError(`There is no video ${index + 1} in this post.`);
  return entry;
}

/** Whether the post model writes `value` bare (it quotes what YAML 1.1 or 1.2 would misread). */
function writtenPlain(value: string): boolean {
  if (value.includes('\n')) return false;
  if (surelyPlain(value)) return true;
  return parsePost('---\nkey: x\n---\n').set('key', value).text === `---\nkey: ${value}\n---\n`;
}

/**
 * While someone types, a value passes through forms YAML must quote (`N`,
 * `yes`, `12`), and the post model keeps a value's quotes on the next edit.
 * Quotes that were only there because the old value needed them are dropped
 * once the new value reads back the same without them; quotes the author
 * chose for a value that did not need them stay.
 */
function withoutNeededQuotes(
  before: PostDocument,
  after: PostDocument,
  path: (string | number)[],
  value: string,
): PostDocument {
  const old = before.get(path);
  const span = after.valueSpan(path);
  if (typeof old !== 'string' || writtenPlain(old) || !span) return after;
  if (!/^['"]/.test(after.text.slice(span.from, span.to)) || !writtenPlain(value)) return after;
  const candidate = parsePost(after.text.slice(0, span.from) + value + after.text.slice(span.to));
  return candidate.readOnlyReason === null && plainEqual(candidate.data ?? {}, after.data ?? {})
    ? candidate
    : after;
}

/**
 * The quick way to retype a plain one-line value (what typing in a field
 * does on every key): splice the new text over the old, without building the
 * YAML document the general edit needs (tens of milliseconds on a long
 * list). Only where nothing can change the meaning: a block mapping line
 * `key: value` (or `- key: value`) holding the whole value, with nothing
 * after it but a comment, and a new value YAML reads as the same text
 * written bare. Undefined otherwise, and the general edit takes over; null
 * when the value is already the same.
 */
function retypedPlainValue(
  doc: PostDocument,
  path: (string | number)[],
  value: string,
): TextChange | null | undefined {
  const old = doc.get(path);
  const span = doc.valueSpan(path);
  const key = path.at(-1);
  if (typeof old !== 'string' || typeof key !== 'string' || !span) return undefined;
  const { text } = doc;
  if (text.slice(span.from, span.to) !== old) return undefined;
  const lineStart = text.lastIndexOf('\n', span.from - 1) + 1;
  const lineEnd = text.indexOf('\n', span.to);
  const before = text.slice(lineStart, span.from);
  const after = text.slice(span.to, lineEnd === -1 ? text.length : lineEnd).replace(/\r$/, '');
  const escapedKey = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (!new RegExp(`^ *(?:- +)?${escapedKey}: +$`).test(before)) return undefined;
  if (!/^(?:[ \t]+#.*)?$/.test(after) || !writtenPlain(value)) return undefined;
  const change = minimalReplacement(old, value);
  return (
    change && { from: span.from + change.from, to: span.from + change.to, insert: change.insert }
  );
}

/**
 * Sets one field of entry `index`; an empty value removes the field, so a
 * cleared field is missing rather than an empty string.
 */
export function setVideoField(
  doc: PostDocument,
  index: number,
  field: VideoField,
  value: string,
): VideoEdit {
  const entry = entryAt(doc, index);
  if (!isMapping(entry)) {
    throw new PostEditError(`Video ${index + 1} is not a set of fields; fix it in the text first.`);
  }
  const path = writtenPath(doc.data ?? {}, [...videoListPath, index, field]);
  if (value.trim() === '') {
    return frontMatterEdit(doc, (post) =>
      post.get(path) === undefined ? post : post.delete(path),
    );
  }
  const retyped = retypedPlainValue(doc, path, value);
  if (retyped !== undefined) return { changes: retyped ? [retyped] : [] };
  return frontMatterEdit(doc, (post) =>
    withoutNeededQuotes(post, post.set(path, value), path, value),
  );
}

/**
 * An entry for a video: what the ID alone gives by the convention, then
 * whatever `details` knows (a lookup's result, a section's heading), in the
 * order entries write their fields.
 */
export function newVideoEntry(
  convention: VideoConvention | null,
  id: string | null,
  details: Partial<Record<VideoField, string>> = {},
): { [key: string]: FrontMatterValue } {
  const known: Partial<Record<VideoField, string>> = {
    ...(id !== null && convention ? entryFieldsFromId(convention, id) : {}),
    ...details,
  };
  const entry: { [key: string]: FrontMatterValue } = {};
  for (const field of videoFields) {
    const value = known[field];
    if (value !== undefined && value !== '') entry[field] = value;
  }
  // An entry needs at least one key to be written as a mapping.
  if (Object.keys(entry).length === 0) entry.title = '';
  return entry;
}

export function insertVideoEntry(
  doc: PostDocument,
  index: number,
  entry: FrontMatterValue,
): VideoEdit {
  return frontMatterEdit(doc, (post) => post.insertItem(listPathOf(post), index, entry));
}

/** Several entries inserted at `index`, in order, as one edit (what "Add videos…" adds). */
export function insertVideoEntries(
  doc: PostDocument,
  index: number,
  entries: readonly FrontMatterValue[],
): VideoEdit {
  if (entries.length === 0) return { changes: [] };
  return frontMatterEdit(doc, (post) =>
    entries.reduce<PostDocument>(
      (edited, entry, offset) => edited.insertItem(listPathOf(edited), index + offset, entry),
      post,
    ),
  );
}

/**
 * Sets fields of several entries as one edit (a lookup's results, the
 * changes a refresh found); an empty value removes the field.
 */
export function setVideoFields(
  doc: PostDocument,
  updates: readonly { index: number; values: Partial<Record<VideoField, string>> }[],
): VideoEdit {
  for (const { index } of updates) {
    if (!isMapping(entryAt(doc, index))) {
      throw new PostEditError(
        `Video ${index + 1} is not a set of fields; fix it in the text first.`,
      );
    }
  }
  return frontMatterEdit(doc, (post) => {
    let edited = post;
    for (const { index, values } of updates) {
      for (const field of videoFields) {
        const value = values[field];
        if (value === undefined) continue;
        const path = writtenPath(edited.data ?? {}, [...videoListPath, index, field]);
        if (value.trim() !== '') edited = edited.set(path, value);
        else if (edited.get(path) !== undefined) edited = edited.delete(path);
      }
    }
    return edited;
  });
}

export function removeVideoEntry(doc: PostDocument, index: number): VideoEdit {
  entryAt(doc, index);
  return frontMatterEdit(doc, (post) => post.removeItem(listPathOf(post), index));
}

export function duplicateVideoEntry(doc: PostDocument, index: number): VideoEdit {
  const entry = entryAt(doc, index);
  return insertVideoEntry(doc, index + 1, entry);
}

/** The entries' video IDs after moving entry `from` to position `to`. */
function movedIds(list: VideoList, from: number, to: number): (string | null)[] {
  const ids = list.entries.map((entry) => entry.videoId);
  const [moved] = ids.splice(from, 1);
  ids.splice(to, 0, moved ?? null);
  return ids;
}

/**
 * Moves entry `from` to position `to`. With `sections`, the body's sections
 * of the entries' videos are put in the entries' new order too, each staying
 * in one of the places the sections held.
 */
export function moveVideoEntry(
  doc: PostDocument,
  list: VideoList,
  from: number,
  to: number,
  { sections = false }: { sections?: boolean } = {},
): VideoEdit {
  entryAt(doc, from);
  entryAt(doc, to);
  const front = frontMatterEdit(doc, (post) => post.moveItem(listPathOf(post), from, to));
  if (!sections) return front;
  return {
    changes: [...front.changes, ...sectionOrderChanges(doc, list, movedIds(list, from, to))],
  };
}

/** Whether the body's sections already follow the entries' order (or there is nothing to order). */
export function sectionsInEntryOrder(list: VideoList): boolean {
  return sectionOrderChanges(null, list, currentIds(list)).length === 0;
}

/** Puts the body's sections in the entries' order, each in one of the places sections held. */
export function orderSectionsLikeEntries(doc: PostDocument, list: VideoList): VideoEdit {
  return { changes: sectionOrderChanges(doc, list, currentIds(list)) };
}

function currentIds(list: VideoList): (string | null)[] {
  return list.entries.map((entry) => entry.videoId);
}

/** The changes putting the sections in `order`'s order; `doc` null only counts them. */
function sectionOrderChanges(
  doc: PostDocument | null,
  list: VideoList,
  order: readonly (string | null)[],
): TextChange[] {
  const rank = new Map<string, number>();
  order.forEach((id, position) => {
    if (id !== null && !rank.has(id)) rank.set(id, position);
  });
  const slots = list.bodyVideos.filter(
    (video) =>
      video.section !== null &&
      rank.has(video.id) &&
      list.bodyVideos.filter((other) => other.id === video.id).length === 1,
  );
  const sorted = [...slots].sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
  const changes: TextChange[] = [];
  slots.forEach((slot, position) => {
    const incoming = sorted[position];
    if (!incoming || incoming === slot || !slot.section || !incoming.section) return;
    const content = doc ? doc.text.slice(incoming.section.from, incoming.section.contentEnd) : '';
    changes.push({ from: slot.section.from, to: slot.section.contentEnd, insert: content });
  });
  return changes;
}

/** A `youtube` call written as the body's calls are (quoted or not). */
function youtubeCall(list: VideoList, id: string): string {
  const example = list.bodyVideos[0]?.source;
  if (example && /^\{\{<\s*youtube\s+[0-9A-Za-z_-]{11}\s*>\}\}$/.test(example)) {
    return `{{< youtube ${id} >}}`;
  }
  return `{{< youtube "${id}" >}}`;
}

/** A line break as the file writes them. */
function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/**
 * Inserts a section for entry `index` (a `##` heading with its title, its
 * `youtube` call and an empty paragraph for the text) where the entry's
 * place in the list says: before the section of the next entry the body
 * shows, else after the previous one's, else at the end. The cursor goes to
 * the empty paragraph.
 */
export function insertVideoSection(doc: PostDocument, list: VideoList, index: number): VideoEdit {
  const entry = list.entries[index];
  if (!entry) throw new PostEditError(`There is no video ${index + 1} in this post.`);
  if (entry.videoId === null) {
    throw new PostEditError(
      `Video ${index + 1} has no YouTube address in embedUrl or thumbnailUrl, so there is no video to show; fill in embedUrl first.`,
    );
  }
  const eol = eolOf(doc.text);
  const sectionOf = (id: string | null) =>
    list.bodyVideos.find((video) => video.id === id && video.section !== null)?.section ?? null;
  const title = headingText(entry.fields.title ?? '') || 'Untitled talk';
  const head = `## ${title}${eol}${eol}${youtubeCall(list, entry.videoId)}${eol}${eol}`;

  const next = list.entries
    .slice(index + 1)
    .map((later) => sectionOf(later.videoId))
    .find(Boolean);
  if (next) {
    return {
      changes: [{ from: next.from, to: next.from, insert: `${head}${eol}${eol}` }],
      cursor: next.from + head.length,
    };
  }
  const previous = list.entries
    .slice(0, index)
    .reverse()
    .map((earlier) => sectionOf(earlier.videoId))
    .find(Boolean);
  // After the previous section's text, else after the whole body.
  const at = previous ? previous.contentEnd : trimmedBodyEnd(doc);
  const before = at === doc.bodyFrom && doc.bodyFrom === doc.text.length ? '' : `${eol}${eol}`;
  // At the end of the file the section replaces the trailing blank lines; elsewhere the
  // blank lines before the next heading follow it.
  const atEnd = doc.text.slice(at).trim() === '';
  const insert = `${before}${head}`;
  return {
    changes: [{ from: at, to: atEnd ? doc.text.length : at, insert }],
    cursor: at + insert.length,
  };
}

/**
 * A video's title as the text of a Markdown heading: on one line, and with
 * `<` escaped, so that a title such as `Using <Gateway> APIs` (or one made to
 * look like markup) is shown as written, not taken for HTML on sites that
 * let HTML through Markdown (linkerd.io does).
 */
function headingText(title: string): string {
  return title.replace(/\s+/g, ' ').trim().replace(/</g, '\\<');
}

function trimmedBodyEnd(doc: PostDocument): number {
  let end = doc.text.length;
  while (end > doc.bodyFrom && /\s/.test(doc.text[end - 1]!)) end -= 1;
  return end;
}

/**
 * Adds an entry for a video the body shows without one: the section's
 * heading as its title, the fields the ID gives by the convention (or a
 * lookup's, in `details`), placed
 * among the entries as the call is placed among the body's videos.
 */
export function addEntryForCall(
  doc: PostDocument,
  list: VideoList,
  call: BodyVideo,
  convention: VideoConvention | null,
  /** A lookup's fields; they win over the heading and the convention's. */
  details: Partial<Record<VideoField, string>> = {},
): VideoEdit {
  const callOrder = list.bodyVideos.findIndex((video) => video.id === call.id);
  const positionOf = (id: string | null) => list.bodyVideos.findIndex((video) => video.id === id);
  let index = list.entries.length;
  for (const entry of list.entries) {
    const position = positionOf(entry.videoId);
    if (position > callOrder) {
      index = entry.index;
      break;
    }
  }
  const title = call.section?.heading;
  const entry = newVideoEntry(convention, call.id, { ...(title ? { title } : {}), ...details });
  return insertVideoEntry(doc, index, entry);
}

/** Applies an edit's changes to a text: what the editor's transaction does, for tests and the CLI. */
export function applyVideoEdit(text: string, edit: VideoEdit): string {
  let result = '';
  let at = 0;
  for (const change of edit.changes) {
    result += text.slice(at, change.from) + change.insert;
    at = change.to;
  }
  return result + text.slice(at);
}

/** The post after an edit, read again. */
export function editedPost(doc: PostDocument, edit: VideoEdit): PostDocument {
  return parsePost(applyVideoEdit(doc.text, edit));
}
