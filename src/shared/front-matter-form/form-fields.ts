/**
 * The front matter form's fields, derived from the parsed post on every
 * change (the text is the only truth). Which kind of value each field takes
 * comes from the zod schemas in `../schema`: a value the schema refuses (a
 * title written as a list) is shown read-only with an "edit in text" link
 * rather than overwritten. Where a field is written follows the post: an
 * older-shape post keeps its top-level `author`, today's writes
 * `params.author`, and a key spelt `Title` is edited as `Title`.
 */
import type { z } from 'zod';
import type { FrontMatterData, FrontMatterValue, PostDocument, TextSpan } from '../post/types';
import { postFrontMatterSchema, siteParamsSchema } from '../schema/front-matter';
import { isMapping, knownKeysAt, writtenPath } from '../schema/known-keys';

/** The control a field is edited with. */
export type FieldWidget =
  'text' | 'multiline' | 'date' | 'author' | 'chips' | 'checkbox' | 'choice' | 'image' | 'slug';

/** What the schema accepts at a key, as the form needs to know it. */
export type SchemaKind = 'text' | 'text-list' | 'boolean' | 'date' | 'author' | 'other';

export interface FieldDefinition {
  id: string;
  label: string;
  /** The key in schema spelling. */
  path: readonly string[];
  widget: FieldWidget;
  schema: z.ZodType;
  /** Choices offered by a `choice` field (others already in the file are kept and shown). */
  choices?: readonly string[];
  hint?: string;
}

export interface FormField extends FieldDefinition {
  /** The path as the file writes it (or will write it). */
  written: string[];
  value: FrontMatterValue | undefined;
  /** Null when the schema accepts the value (or there is none); otherwise why the form will not edit it. */
  problem: string | null;
  /** Where the field is in the text, for "edit in text" and inline findings. */
  span: TextSpan | null;
}

/** A key the form has no control for: listed read-only, never dropped. */
export interface OtherField {
  path: string[];
  value: FrontMatterValue;
  /** True when neither Hugo nor the site's templates are known to read it. */
  unknown: boolean;
  span: TextSpan | null;
}

const top = postFrontMatterSchema.shape;
const params = siteParamsSchema.shape;

/** The form's fields, in the order it shows them. */
export const fieldDefinitions: readonly FieldDefinition[] = [
  { id: 'title', label: 'Title', path: ['title'], widget: 'text', schema: top.title },
  {
    id: 'description',
    label: 'Description',
    path: ['description'],
    widget: 'multiline',
    schema: top.description,
  },
  { id: 'date', label: 'Date', path: ['date'], widget: 'date', schema: top.date },
  {
    id: 'author',
    label: 'Author',
    path: ['params', 'author'],
    widget: 'author',
    schema: params.author,
  },
  { id: 'keywords', label: 'Keywords', path: ['keywords'], widget: 'chips', schema: top.keywords },
  { id: 'slug', label: 'Slug', path: ['slug'], widget: 'slug', schema: top.slug },
  { id: 'draft', label: 'Draft', path: ['draft'], widget: 'checkbox', schema: top.draft },
  {
    id: 'showCover',
    label: 'Show the cover image on the post',
    path: ['params', 'showCover'],
    widget: 'checkbox',
    schema: params.showCover,
  },
  {
    id: 'thumbnailRatio',
    label: 'Thumbnail ratio',
    path: ['params', 'thumbnailRatio'],
    widget: 'choice',
    schema: params.thumbnailRatio,
    choices: ['fit'],
    hint: '"fit" shows the whole image in the post list; without it the image is cropped to fill.',
  },
  {
    id: 'cover',
    label: 'Cover image',
    path: ['params', 'cover'],
    widget: 'image',
    schema: params.cover,
  },
  {
    id: 'thumbnail',
    label: 'Thumbnail image',
    path: ['params', 'thumbnail'],
    widget: 'image',
    schema: params.thumbnail,
  },
];

/** The kind of value a zod schema accepts, seen through optional and nullable. */
export function schemaKind(schema: z.ZodType): SchemaKind {
  const def = unwrap(schema);
  if (def.type === 'string') return 'text';
  if (def.type === 'array')
    return unwrap(def.element as z.ZodType).type === 'string' ? 'text-list' : 'other';
  if (def.type === 'union') {
    const options = (def.options as z.ZodType[]).map((option) => unwrap(option).type);
    if (options.includes('boolean')) return 'boolean';
    if (options.includes('object')) return 'author';
    if (options.includes('number') && options.includes('string')) return 'date';
  }
  return 'other';
}

interface LooseDef {
  type: string;
  innerType?: z.ZodType;
  element?: unknown;
  options?: unknown;
}

function unwrap(schema: z.ZodType): LooseDef {
  let def = schema.def as unknown as LooseDef;
  while ((def.type === 'optional' || def.type === 'nullable') && def.innerType)
    def = def.innerType.def as unknown as LooseDef;
  return def;
}

/** The form's fields for a post's data (null data gives empty fields). */
export function formFields(doc: PostDocument): FormField[] {
  const data = doc.data ?? {};
  return fieldDefinitions.map((definition) => {
    const written = writtenFieldPath(data, definition);
    const value = valueAt(data, written);
    return {
      ...definition,
      written,
      value,
      problem: problemOf(definition, value),
      span: doc.keySpan(written) ?? null,
    };
  });
}

/**
 * Where a field is written: as the file spells it, and for today's
 * `params.*` options at the top level when an older-shape post has them there.
 */
function writtenFieldPath(data: FrontMatterData, definition: FieldDefinition): string[] {
  const written = writtenPath(data, definition.path).map(String);
  if (definition.path[0] !== 'params' || valueAt(data, written) !== undefined) return written;
  const legacy = writtenPath(data, definition.path.slice(1)).map(String);
  return valueAt(data, legacy) !== undefined ? legacy : written;
}

function problemOf(
  definition: FieldDefinition,
  value: FrontMatterValue | undefined,
): string | null {
  if (value === undefined) return null;
  const result = definition.schema.safeParse(value);
  if (!result.success)
    return `The ${definition.label.toLowerCase()} is written in a form the form cannot edit; change it in the text.`;
  if (definition.widget === 'author' && isMapping(value))
    return 'The author is written out in the post instead of referring to data/authors.yaml; change it in the text.';
  return null;
}

function valueAt(data: FrontMatterData, path: readonly string[]): FrontMatterValue | undefined {
  let node: FrontMatterValue | undefined = data;
  for (const segment of path) {
    if (!isMapping(node) || !Object.hasOwn(node, segment)) return undefined;
    node = node[segment];
  }
  return node;
}

/** Keys shown by a section of the form other than these fields (the videos editor). */
const shownElsewhere = new Set(['params.videoSchema']);

/** Every key the form has no field for, top level and under `params`, in file order. */
export function otherFields(
  doc: PostDocument,
  fields: readonly FormField[] = formFields(doc),
): OtherField[] {
  const data = doc.data ?? {};
  const covered = new Set(fields.map((field) => field.written.join('.').toLowerCase()));
  for (const key of shownElsewhere) covered.add(key.toLowerCase());
  const others: OtherField[] = [];
  const visit = (mapping: { [key: string]: FrontMatterValue }, path: string[]): void => {
    const known = knownKeysAt(path);
    for (const [key, value] of Object.entries(mapping)) {
      const full = [...path, key];
      const dotted = full.join('.').toLowerCase();
      if (covered.has(dotted)) continue;
      if (path.length === 0 && key.toLowerCase() === 'params' && isMapping(value)) {
        visit(value, full);
        continue;
      }
      others.push({
        path: full,
        value,
        unknown: known !== null && !known.has(key.toLowerCase()),
        span: doc.keySpan(full) ?? null,
      });
    }
  };
  visit(data, []);
  return others;
}

/** A value in one short line, for the read-only list. */
export function summarizeValue(value: FrontMatterValue): string {
  if (value === null) return '(empty)';
  if (typeof value === 'string') return value.length > 80 ? `${value.slice(0, 79)}…` : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const json = JSON.stringify(value);
  return json.length > 80 ? `${json.slice(0, 79)}…` : json;
}
