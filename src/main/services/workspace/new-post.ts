import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parsePostChecked } from '../../../shared/post/checked-reader';
import type { FrontMatterValue, PostDocument } from '../../../shared/post/types';

/**
 * A URL-safe folder name from a title: ASCII letters and digits joined by
 * hyphens, lower case, cut at a word boundary near `maxLength`.
 */
export function slugify(title: string, maxLength = 60): string {
  let slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length > maxLength) {
    const cut = slug.slice(0, maxLength + 1);
    const lastHyphen = cut.lastIndexOf('-');
    slug = (
      lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength)
    ).replace(/-+$/, '');
  }
  return slug || 'post';
}

function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}

/** `blog/2025/0624-slug`: the site's layout for page bundles, below the content folder, dated `now` (local). */
export function bundleFolderFor(now: Date, slug: string): string {
  return `blog/${now.getFullYear()}/${twoDigits(now.getMonth() + 1)}${twoDigits(now.getDate())}-${slug}`;
}

/**
 * The fields a writer fills in for every post, which a new post starts
 * with when the site's newest posts have them. Others (`showCover`, `images`)
 * name things a new post does not have yet.
 */
export type ShapeField = 'date' | 'slug' | 'title' | 'description' | 'keywords' | 'author';

const shapeFields: readonly ShapeField[] = [
  'date',
  'slug',
  'title',
  'description',
  'keywords',
  'author',
];

/** What the newest posts look like, for a new post to look the same. */
export interface PostShape {
  /** Where the author key goes: `params.author` today, `author` in older sites. */
  authorPath: readonly string[];
  /** `2025-06-24T00:00:00Z`, `2025-06-24`, or a local time with its offset (Hugo's `.Date`). */
  dateStyle: 'midnight-utc' | 'date-only' | 'local-time';
  /** The fields a new post starts with, in the order the newest posts write them. */
  fields: readonly ShapeField[];
  /** Whether the shape was read from the site's posts; the default otherwise. */
  learned: boolean;
}

export const defaultShape: PostShape = {
  authorPath: ['params', 'author'],
  dateStyle: 'local-time',
  fields: ['title', 'date', 'author'],
  learned: false,
};

/** How many of the newest posts the shape is learned from. */
export const shapeSampleSize = 10;

function isGroup(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Where `data` keeps its author, or null when it names none. */
function authorPathOf(data: Record<string, unknown>): readonly string[] | null {
  const params = data['params'];
  if (isGroup(params) && 'author' in params) return ['params', 'author'];
  return 'author' in data ? ['author'] : null;
}

/** The shape fields of one post's front matter, in its order (the author where its group is). */
function fieldsOf(data: Record<string, unknown>): ShapeField[] {
  const authorKey = authorPathOf(data)?.[0];
  return Object.keys(data).flatMap((key): ShapeField[] => {
    if (key === authorKey) return ['author'];
    return (shapeFields as readonly string[]).includes(key) && key !== 'author'
      ? [key as ShapeField]
      : [];
  });
}

function countOf(order: readonly ShapeField[], fields: readonly ShapeField[]): number {
  return fields.filter((field) => order.includes(field)).length;
}

function dateStyleOf(date: string): PostShape['dateStyle'] {
  if (/^\d{4}-\d{2}-\d{2}T00:00:00Z$/.test(date)) return 'midnight-utc';
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return 'date-only';
  return 'local-time';
}

/**
 * The shape of the site's newest posts (newest first), or the default when
 * they say nothing: the fields many of them have, in the order they
 * usually write them; the date style and the author's place of the newest
 * that have one.
 */
export function shapeOf(newest: readonly (PostDocument | null)[]): PostShape {
  const sample = newest
    .map((document) => document?.data)
    .filter((data): data is Record<string, FrontMatterValue> => isGroup(data))
    .slice(0, shapeSampleSize);
  if (sample.length === 0) return defaultShape;
  const orders = sample.map(fieldsOf);
  const positions = new Map<ShapeField, number[]>();
  for (const order of orders)
    order.forEach((field, at) => positions.set(field, [...(positions.get(field) ?? []), at]));
  // Title and date always; the others when at least a third of the sample has them: on
  // linkerd.io four of the ten newest posts have a description, which its SEO check expects.
  const fields = shapeFields.filter(
    (field) =>
      field === 'title' ||
      field === 'date' ||
      (positions.get(field)?.length ?? 0) * 3 >= sample.length,
  );
  // In the order of the newest post with the most of them (a writer's whole example); any it
  // lacks go after it, in the order the others usually write them.
  const example = orders.reduce((best, order) =>
    countOf(order, fields) > countOf(best, fields) ? order : best,
  );
  const rank = (field: ShapeField): number => {
    const at = example.indexOf(field);
    if (at !== -1) return at;
    const seen = positions.get(field) ?? [];
    return example.length + seen.reduce((sum, value) => sum + value, 0) / (seen.length || 1);
  };
  fields.sort((a, b) => rank(a) - rank(b));
  const date = sample.map((data) => data['date']).find((value) => typeof value === 'string');
  const authorPath = sample.map(authorPathOf).find((path) => path !== null);
  return {
    authorPath: authorPath ?? defaultShape.authorPath,
    dateStyle: typeof date === 'string' ? dateStyleOf(date) : defaultShape.dateStyle,
    fields,
    learned: true,
  };
}

/** Today's date in the given style; the day is the user's local day, as in the folder name. */
export function formatPostDate(now: Date, style: PostShape['dateStyle']): string {
  const day = `${now.getFullYear()}-${twoDigits(now.getMonth() + 1)}-${twoDigits(now.getDate())}`;
  if (style === 'date-only') return day;
  if (style === 'midnight-utc') return `${day}T00:00:00Z`;
  const offset = -now.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const zone = `${sign}${twoDigits(Math.floor(Math.abs(offset) / 60))}:${twoDigits(Math.abs(offset) % 60)}`;
  const time = `${twoDigits(now.getHours())}:${twoDigits(now.getMinutes())}:${twoDigits(now.getSeconds())}`;
  return `${day}T${time}${zone}`;
}

/** A site's archetype, and whether it is the one for blog posts or the default for any page. */
export interface Archetype {
  text: string;
  forBlog: boolean;
}

/** The site's archetype for blog posts: `archetypes/blog.md`, `archetypes/blog/index.md`, else `archetypes/default.md`. */
export async function readArchetype(siteRoot: string): Promise<Archetype | null> {
  for (const name of ['blog.md', join('blog', 'index.md'), 'default.md']) {
    const text = await readFile(join(siteRoot, 'archetypes', name), 'utf8').catch(() => null);
    if (text !== null) return { text, forBlog: name !== 'default.md' };
  }
  return null;
}

export interface NewPostValues {
  title: string;
  slug: string;
  date: string;
  author: string | null;
  shape: PostShape;
}

/**
 * The text of a new post. A blog archetype (`archetypes/blog.md`) is what
 * the site asks for: it is filled in (Hugo's usual template actions) and
 * given the shape's fields it lacks. Otherwise the newest posts say what a
 * post looks like: front matter with their fields in their order, plus
 * whatever else the default archetype sets (`draft: true`) and its body.
 * Without posts to learn from, the default archetype alone. The author goes
 * where the newest posts keep it.
 */
export function newPostText(archetype: Archetype | null, values: NewPostValues): string {
  const filled = archetype === null ? null : fillArchetype(archetype.text, values);
  if (filled !== null && (archetype?.forBlog || !values.shape.learned))
    return withShapeFields(filled, values);
  return generated(values, filled);
}

/** The archetype with its template actions filled in, or null when only Hugo could. */
function fillArchetype(archetype: string, values: NewPostValues): string | null {
  const rendered = renderArchetype(archetype, values);
  if (rendered === null) return null;
  return fillYaml(rendered, values) ?? fillQuoted(rendered);
}

/** Adds the shape's fields a filled YAML archetype lacks, empty for the writer to fill in. */
function withShapeFields(text: string, values: NewPostValues): string {
  let document = parsePostChecked(text);
  if (document.frontMatter?.format !== 'yaml' || document.data === null) return text;
  for (const field of values.shape.fields) {
    const value = emptyValue(field, values);
    if (value !== null && document.get(field) === undefined) document = document.set(field, value);
  }
  return document.text;
}

/** What a new post's field holds before the writer fills it in; null for those set elsewhere. */
function emptyValue(field: ShapeField, values: NewPostValues): FrontMatterValue | null {
  if (field === 'slug') return values.slug;
  if (field === 'description') return '';
  if (field === 'keywords') return [];
  return null;
}

interface Rendered {
  text: string;
  /** Placeholder → the value it stands for. */
  values: Map<string, string>;
}

const placeholderPrefix = 'RecapStudioPlaceholder';

/**
 * Replaces the template actions Hugo archetypes commonly use with
 * placeholders: the title (`{{ replace .File.ContentBaseName "-" " " | title }}`,
 * `{{ .Title }}`), the name (`{{ .File.ContentBaseName }}`, `{{ .Name }}`) and
 * the date (`{{ .Date }}`, `{{ now.Format "…" }}`). Any other action means the
 * archetype needs Hugo itself: null.
 */
function renderArchetype(template: string, values: NewPostValues): Rendered | null {
  const found = new Map<string, string>();
  let unknown = false;
  const text = template.replace(/\{\{-?\s*([\s\S]*?)\s*-?\}\}/g, (_action, expression: string) => {
    if (/^\/\*[\s\S]*\*\/$/.test(expression)) return '';
    const value = actionValue(expression.replace(/\s+/g, ' '), values);
    if (value === null) {
      unknown = true;
      return '';
    }
    const placeholder = `${placeholderPrefix}${found.size}x`;
    found.set(placeholder, value);
    return placeholder;
  });
  return unknown ? null : { text, values: found };
}

function actionValue(expression: string, values: NewPostValues): string | null {
  const namesFile = /\.(File\.ContentBaseName|File\.BaseFileName|File\.TranslationBaseName|Name)\b/;
  if (/^\.Title$/.test(expression)) return values.title;
  if (namesFile.test(expression))
    return /\btitle\b|\bhumanize\b|\breplace\b/.test(expression) ? values.title : values.slug;
  if (
    /^(\.Date|now|time\.Now)\b/.test(expression) ||
    /^(time\.Format|dateFormat)\b.*\b(\.Date|now)\b/.test(expression)
  )
    return values.date;
  return null;
}

/** YAML archetypes: values go in through the document API, so quoting follows the value. */
function fillYaml(rendered: Rendered, values: NewPostValues): string | null {
  let document = parsePostChecked(rendered.text);
  if (
    document.frontMatter?.format !== 'yaml' ||
    document.readOnlyReason !== null ||
    document.data === null ||
    hasErrors(document)
  )
    return null;
  const substitute = (text: string): string => {
    let result = text;
    for (const [placeholder, value] of rendered.values)
      result = result.replaceAll(placeholder, value);
    return result;
  };
  // Keys first, values last: the file's quoting style is read from its values,
  // and one title that needs quotes must not make every later value quoted.
  if (document.get('date') === undefined) document = document.set('date', values.date);
  if (values.author !== null) {
    const existing = [['params', 'author'], ['author']].find(
      (path) => document.get(path) !== undefined,
    );
    document = document.set(existing ?? values.shape.authorPath, values.author);
  }
  const leaves = stringLeaves(document.data ?? {}, []).filter(([, value]) =>
    value.includes(placeholderPrefix),
  );
  const isTitle = (value: string): number => (substitute(value) === values.title ? 1 : 0);
  leaves.sort(([, a], [, b]) => isTitle(a) - isTitle(b));
  for (const [path, value] of leaves) document = document.set(path, substitute(value));
  if (document.body.includes(placeholderPrefix))
    document = document.replaceBody(substitute(document.body));
  if (document.text.includes(placeholderPrefix)) return null;
  if (document.get('title') === undefined) document = document.set('title', values.title);
  return document.text;
}

function hasErrors(document: PostDocument): boolean {
  return document.diagnostics.some((diagnostic) => diagnostic.severity === 'error');
}

function stringLeaves(
  value: FrontMatterValue,
  path: (string | number)[],
): [(string | number)[], string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value))
    return value.flatMap((item, index) => stringLeaves(item, [...path, index]));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => stringLeaves(item, [...path, key]));
  return [];
}

/**
 * TOML (or JSON) archetypes, which the document API does not edit: in the
 * front matter each placeholder becomes a double-quoted string (JSON's
 * escapes are TOML's), replacing the quotes the archetype put around it; in
 * the body it becomes the plain value. A placeholder inside a longer
 * single-quoted string cannot be escaped there: null.
 */
function fillQuoted(rendered: Rendered): string | null {
  const block = parsePostChecked(rendered.text).frontMatter;
  if (block === null) return null;
  let front = rendered.text.slice(0, block.span.to);
  let body = rendered.text.slice(block.span.to);
  for (const [placeholder, value] of rendered.values) {
    const quoted = JSON.stringify(value);
    front = front
      .replaceAll(`"${placeholder}"`, quoted)
      .replaceAll(`'${placeholder}'`, quoted)
      .replace(new RegExp(`("[^"\\n]*)${placeholder}`, 'g'), (_match, before: string) => {
        return before + quoted.slice(1, -1);
      });
    if (new RegExp(`'[^'\\n]*${placeholder}`).test(front)) return null;
    front = front.replaceAll(placeholder, quoted);
    body = body.replaceAll(placeholder, value);
  }
  const text = front + body;
  const document = parsePostChecked(text);
  return document.frontMatter !== null && !hasErrors(document) ? text : null;
}

/**
 * Front matter in the newest posts' shape; with a filled default archetype,
 * also the keys it sets that the shape does not have, and its body.
 */
function generated(values: NewPostValues, archetype: string | null): string {
  const placeholder = `${placeholderPrefix}title`;
  let document = parsePostChecked('---\n---\n');
  for (const field of values.shape.fields) {
    if (field === 'author') {
      if (values.author !== null) document = document.set(values.shape.authorPath, values.author);
    } else if (field === 'title' || field === 'date') {
      document = document.set(field, field === 'title' ? placeholder : values.date);
    } else {
      document = document.set(field, emptyValue(field, values) ?? '');
    }
  }
  if (archetype !== null) {
    const template = parsePostChecked(archetype);
    const taken = new Set<string>([...shapeFields, values.shape.authorPath[0] ?? 'params']);
    for (const [key, value] of Object.entries(template.data ?? {}))
      if (!taken.has(key) && document.get(key) === undefined) document = document.set(key, value);
    if (template.body.trim() !== '') document = document.replaceBody(template.body);
  }
  // The title last, for the reason given in fillYaml.
  return document.set('title', values.title).text;
}
