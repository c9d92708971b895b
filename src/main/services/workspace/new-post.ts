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

/** What the newest posts look like, for a new post to look the same. */
export interface PostShape {
  /** Where the author key goes: `params.author` today, `author` in older sites. */
  authorPath: readonly string[];
  /** `2025-06-24T00:00:00Z`, `2025-06-24`, or a local time with its offset (Hugo's `.Date`). */
  dateStyle: 'midnight-utc' | 'date-only' | 'local-time';
  /** Whether `date` comes before `title` when there is no archetype to say. */
  dateFirst: boolean;
}

export const defaultShape: PostShape = {
  authorPath: ['params', 'author'],
  dateStyle: 'local-time',
  dateFirst: false,
};

/** The shape of `document` (the site's newest post), or the default when it says nothing. */
export function shapeOf(document: PostDocument | null): PostShape {
  const data = document?.data;
  if (!data) return defaultShape;
  const date = data['date'];
  const keys = Object.keys(data);
  const params = data['params'];
  const hasParamsAuthor =
    params !== null && typeof params === 'object' && !Array.isArray(params) && 'author' in params;
  return {
    authorPath: !hasParamsAuthor && 'author' in data ? ['author'] : ['params', 'author'],
    dateStyle:
      typeof date !== 'string'
        ? defaultShape.dateStyle
        : /^\d{4}-\d{2}-\d{2}T00:00:00Z$/.test(date)
          ? 'midnight-utc'
          : /^\d{4}-\d{2}-\d{2}$/.test(date)
            ? 'date-only'
            : 'local-time',
    dateFirst:
      keys.includes('date') &&
      keys.includes('title') &&
      keys.indexOf('date') < keys.indexOf('title'),
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

/** The site's archetype for blog posts: `archetypes/blog.md`, `archetypes/blog/index.md`, else `archetypes/default.md`. */
export async function readArchetype(siteRoot: string): Promise<string | null> {
  for (const name of ['blog.md', join('blog', 'index.md'), 'default.md']) {
    const text = await readFile(join(siteRoot, 'archetypes', name), 'utf8').catch(() => null);
    if (text !== null) return text;
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
 * The text of a new post: the site's archetype with Hugo's usual template
 * actions filled in, or, without a usable archetype, front matter in the
 * shape of the newest posts. The author goes where the newest posts keep it.
 */
export function newPostText(archetype: string | null, values: NewPostValues): string {
  const rendered = archetype === null ? null : renderArchetype(archetype, values);
  if (rendered !== null) {
    const filled = fillYaml(rendered, values);
    if (filled !== null) return filled;
    const quoted = fillQuoted(rendered);
    if (quoted !== null) return quoted;
  }
  return generated(values);
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

/** Front matter like the newest posts', when the site has no archetype Recap Studio can fill. */
function generated(values: NewPostValues): string {
  const placeholder = `${placeholderPrefix}title`;
  let document = parsePostChecked('---\n---\n');
  const order: [string, string][] = [
    ['title', placeholder],
    ['date', values.date],
  ];
  if (values.shape.dateFirst) order.reverse();
  for (const [key, value] of order) document = document.set(key, value);
  if (values.author !== null) document = document.set(values.shape.authorPath, values.author);
  // The title last, for the reason given in fillYaml.
  return document.set('title', values.title).text;
}
