import type { Diagnostic } from '../diagnostics';

export type FrontMatterFormat = 'yaml' | 'toml' | 'json';

/** A path into the front matter: `params.videoSchema.0.title` or its segments. */
export type FieldPath = string | readonly (string | number)[];

export interface TextSpan {
  from: number;
  to: number;
}

/** Where the front matter block sits in the file's text. */
export interface FrontMatterBlock {
  format: FrontMatterFormat;
  /** From the opening delimiter to the end of the closing delimiter's line break. */
  span: TextSpan;
  /** The YAML / TOML / JSON text between the delimiters. */
  content: TextSpan;
  /**
   * The language name written after the opening delimiter (`js` in `---js`),
   * when there is one. Hugo does not read such names; `---js` and other
   * languages that are not YAML, TOML or JSON are refused, never run.
   */
  languageTag?: string;
}

/**
 * Front matter values as plain data: objects, arrays, strings, numbers,
 * booleans and null. Dates and times stay the strings the author wrote
 * (`2021-06-17T00:00:00Z`, `2021-05-14`); nothing becomes a JS Date.
 */
export type FrontMatterValue =
  string | number | boolean | null | FrontMatterValue[] | { [key: string]: FrontMatterValue };

export type FrontMatterData = { [key: string]: FrontMatterValue };

/**
 * A post file held as its exact text. Reading never changes a byte; edits
 * splice only the lines of the touched node and return a new document.
 * Implemented in `document.ts`; this interface is what validation, the CLI and
 * the UI rely on.
 */
export interface PostDocument {
  /** The whole file exactly as read, BOM included when present. */
  readonly text: string;
  /** Null when the file has no front matter at all. */
  readonly frontMatter: FrontMatterBlock | null;
  /** Parsed front matter; null when absent or unreadable. */
  readonly data: FrontMatterData | null;
  /** Offset where the Markdown body starts. */
  readonly bodyFrom: number;
  readonly body: string;
  /** Problems found while reading the front matter (syntax, duplicate keys…). */
  readonly diagnostics: readonly Diagnostic[];
  /** Null when form edits are possible; otherwise why not, in plain words. */
  readonly readOnlyReason: string | null;

  /** Span of the key of a field (for a list item: the item), if it exists. */
  keySpan(path: FieldPath): TextSpan | undefined;
  /** Span of the value of a field, if it exists. */
  valueSpan(path: FieldPath): TextSpan | undefined;
  /** Value at a path, or undefined. */
  get(path: FieldPath): FrontMatterValue | undefined;

  set(path: FieldPath, value: FrontMatterValue): PostDocument;
  delete(path: FieldPath): PostDocument;
  insertItem(listPath: FieldPath, index: number, value: FrontMatterValue): PostDocument;
  removeItem(listPath: FieldPath, index: number): PostDocument;
  moveItem(listPath: FieldPath, from: number, to: number): PostDocument;
  replaceBody(body: string): PostDocument;
}
