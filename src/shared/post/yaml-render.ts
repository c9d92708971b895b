import { isMap, isScalar, parseDocument, Scalar } from 'yaml';
import type { PathSegment } from './field-path';
import { isPlainObject, plainEqual } from './plain-data';
import type { FrontMatterValue } from './types';
import {
  observedListLayout,
  observedScalarStyles,
  type FileStyle,
  type ScalarStyle,
} from './yaml-style';
import { yamlParseOptions } from './yaml-read';

/*
 * Writes new YAML text for one value in the file's own style. Every scalar
 * candidate is parsed back before it is used, so a style that would change the
 * value (a plain `yes`, a `#` in plain text, a leading space in a block) is
 * skipped for the next one; double quotes can represent anything.
 */

export interface RenderContext {
  style: FileStyle;
  eol: string;
  /** Path of the value being written, for style hints from similar values. */
  path: PathSegment[];
  /** Styles to try first (the style of the value being replaced). */
  preferred?: ScalarStyle[];
}

const spaces = (count: number): string => ' '.repeat(Math.max(0, count));

function childContext(context: RenderContext, segment: PathSegment): RenderContext {
  return { style: context.style, eol: context.eol, path: [...context.path, segment] };
}

function isEmptyCollection(value: FrontMatterValue): boolean {
  return (
    (Array.isArray(value) && value.length === 0) ||
    (isPlainObject(value) && Object.keys(value).length === 0)
  );
}

function isScalarValue(value: FrontMatterValue): value is string | number | boolean | null {
  return !Array.isArray(value) && !isPlainObject(value);
}

function prefersFlowList(value: FrontMatterValue[], context: RenderContext): boolean {
  if (!value.every(isScalarValue)) return false;
  const seen = observedListLayout(context.style, context.path);
  return seen ? seen === 'flow' : context.style.flowScalarLists;
}

function withComment(text: string, comment: string | undefined): string {
  return comment ? `${text} ${comment}` : text;
}

/**
 * Text that follows `key:` for a value whose key sits at `keyColumn`,
 * ending with a line break. `comment` is a `# …` to keep on the key line.
 */
export function renderPairValue(
  value: FrontMatterValue,
  keyColumn: number,
  context: RenderContext,
  comment?: string,
): string {
  const { eol, style } = context;
  if (isScalarValue(value)) {
    return ` ${renderScalar(value, keyColumn + style.indent, false, context, comment)}${eol}`;
  }
  if (isEmptyCollection(value)) {
    return ` ${withComment(Array.isArray(value) ? '[]' : '{}', comment)}${eol}`;
  }
  if (Array.isArray(value)) {
    if (prefersFlowList(value, context)) {
      return ` ${withComment(renderFlow(value, context), comment)}${eol}`;
    }
    return `${comment ? ` ${comment}` : ''}${eol}${renderSequenceItems(value, keyColumn + style.sequenceIndent, context)}`;
  }
  return `${comment ? ` ${comment}` : ''}${eol}${renderMappingEntries(value, keyColumn + style.indent, context)}`;
}

/** Text that follows the `-` of a list item whose dash sits at `dashColumn`, ending with a line break. */
export function renderItemValue(
  value: FrontMatterValue,
  dashColumn: number,
  context: RenderContext,
  comment?: string,
): string {
  const { eol, style } = context;
  if (isScalarValue(value)) {
    return ` ${renderScalar(value, dashColumn + style.itemIndent, false, context, comment)}${eol}`;
  }
  if (isEmptyCollection(value)) {
    return ` ${withComment(Array.isArray(value) ? '[]' : '{}', comment)}${eol}`;
  }
  if (Array.isArray(value)) {
    if (comment || prefersFlowList(value, context)) {
      return ` ${withComment(renderFlow(value, context), comment)}${eol}`;
    }
    const column = dashColumn + 2;
    return ` ${renderSequenceItems(value, column, context).slice(column)}`;
  }
  const column = dashColumn + style.itemIndent;
  const entries = renderMappingEntries(value, column, context);
  if (comment) return ` ${comment}${eol}${entries}`;
  return `${spaces(style.itemIndent - 1)}${entries.slice(column)}`;
}

export function renderMappingEntries(
  value: { [key: string]: FrontMatterValue },
  column: number,
  context: RenderContext,
): string {
  return Object.keys(value)
    .map(
      (key) =>
        `${spaces(column)}${renderKey(key, context)}:` +
        renderPairValue(value[key] as FrontMatterValue, column, childContext(context, key)),
    )
    .join('');
}

export function renderSequenceItems(
  value: FrontMatterValue[],
  dashColumn: number,
  context: RenderContext,
): string {
  return value
    .map(
      (item, index) =>
        `${spaces(dashColumn)}-${renderItemValue(item, dashColumn, childContext(context, index))}`,
    )
    .join('');
}

/** A value in flow style, without padding: `[a, b]`, `{a: 1}`. */
export function renderFlow(value: FrontMatterValue, context: RenderContext): string {
  if (Array.isArray(value)) {
    return `[${value.map((item, index) => renderFlow(item, childContext(context, index))).join(', ')}]`;
  }
  if (isPlainObject(value)) {
    const entries = Object.keys(value).map(
      (key) =>
        `${renderKey(key, context)}: ${renderFlow(value[key] as FrontMatterValue, childContext(context, key))}`,
    );
    return `{${entries.join(', ')}}`;
  }
  return renderScalar(value, 0, true, context);
}

/**
 * One scalar. Block styles put their lines at `blockColumn`; `comment` is
 * kept on the header line of a block or after an inline value.
 */
export function renderScalar(
  value: string | number | boolean | null,
  blockColumn: number,
  flow: boolean,
  context: RenderContext,
  comment?: string,
): string {
  if (typeof value !== 'string') return withComment(renderNonString(value), comment);
  for (const style of candidateStyles(value, flow, context)) {
    const text = scalarText(value, style, blockColumn, context.eol);
    if (text === undefined || !readsBack(text, value, flow, style === Scalar.PLAIN)) continue;
    if (style === Scalar.BLOCK_LITERAL && comment) {
      const lineBreak = text.indexOf(context.eol);
      return `${text.slice(0, lineBreak)} ${comment}${text.slice(lineBreak)}`;
    }
    return withComment(text, comment);
  }
  return withComment(doubleQuoted(value), comment);
}

function renderNonString(value: number | boolean | null): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Number.isNaN(value)) return '.nan';
  if (value === Infinity) return '.inf';
  if (value === -Infinity) return '-.inf';
  return String(value);
}

function candidateStyles(value: string, flow: boolean, context: RenderContext): ScalarStyle[] {
  const { style } = context;
  const hinted = [...(context.preferred ?? []), ...observedScalarStyles(style, context.path)].map(
    (type) => (type === Scalar.BLOCK_FOLDED ? Scalar.BLOCK_LITERAL : type),
  );
  const otherQuote =
    style.quote === Scalar.QUOTE_SINGLE ? Scalar.QUOTE_DOUBLE : Scalar.QUOTE_SINGLE;
  const defaults: ScalarStyle[] = value.includes('\n')
    ? [Scalar.BLOCK_LITERAL, Scalar.QUOTE_DOUBLE]
    : style.quotesByDefault
      ? [style.quote, Scalar.PLAIN, otherQuote, Scalar.QUOTE_DOUBLE]
      : [Scalar.PLAIN, style.quote, otherQuote, Scalar.QUOTE_DOUBLE];
  const ordered = [...hinted, ...defaults].filter(
    (type) => !flow || (type !== Scalar.BLOCK_LITERAL && type !== Scalar.BLOCK_FOLDED),
  );
  return [...new Set(ordered)];
}

function scalarText(
  value: string,
  style: ScalarStyle,
  blockColumn: number,
  eol: string,
): string | undefined {
  switch (style) {
    case Scalar.PLAIN:
      return value;
    case Scalar.QUOTE_SINGLE:
      return value.includes('\n') ? undefined : `'${value.replace(/'/g, "''")}'`;
    case Scalar.QUOTE_DOUBLE:
      return doubleQuoted(value);
    case Scalar.BLOCK_LITERAL:
      return blockLiteral(value, blockColumn, eol);
    default:
      return undefined;
  }
}

function blockLiteral(value: string, column: number, eol: string): string | undefined {
  if (value.includes('\r') || /^[ \t]/.test(value) || /^\n/.test(value)) return undefined;
  const trailing = /\n*$/.exec(value)?.[0].length ?? 0;
  const chomping = trailing === 0 ? '-' : trailing === 1 ? '' : '+';
  const body = trailing === 0 ? value : value.slice(0, -1);
  const lines = body.split('\n').map((line) => (line === '' ? '' : spaces(column) + line));
  return `|${chomping}${eol}${lines.join(eol)}`;
}

/** YAML double-quoted text; JSON escapes are valid YAML, plus the characters YAML treats specially. */
export function doubleQuoted(value: string): string {
  return JSON.stringify(value).replace(
    /[\u007f-\u009f\u2028\u2029\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export function renderKey(key: string, context: RenderContext): string {
  const { style } = context;
  const candidates: ScalarStyle[] = [Scalar.PLAIN, style.quote, Scalar.QUOTE_DOUBLE];
  for (const type of candidates) {
    const text = scalarText(key, type, 0, context.eol);
    if (text !== undefined && keyReadsBack(text, key)) return text;
  }
  return doubleQuoted(key);
}

const yaml11Options = { ...yamlParseOptions, schema: 'yaml-1.1' } as const;

/**
 * Whether `value` surely reads back as itself written bare in a block
 * mapping, under YAML 1.2 and Go's YAML 1.1 alike, without parsing it: a
 * letter first (no number, date, indicator or quote), then letters, digits,
 * spaces and quiet punctuation (so no `: ` or ` #`), no space last, and not
 * one of YAML 1.1's booleans, null or exponents. False says nothing: ask
 * `renderScalar`.
 * A title typed in the form is this on every key.
 */
export function surelyPlain(value: string): boolean {
  return (
    /^[A-Za-z][A-Za-z0-9 ,.!?'()-]*$/.test(value) &&
    !value.endsWith(' ') &&
    !/^(?:y|yes|n|no|true|false|on|off|null)$/i.test(value) &&
    // `e3` is a float (a NaN) to the YAML 1.1 reader.
    !/^e[-+\d]/i.test(value)
  );
}

function readsBack(text: string, value: string, flow: boolean, plain: boolean): boolean {
  const source = flow ? `[${text}]\n` : `k: ${text}\n`;
  const document = parseDocument(source, yamlParseOptions);
  if (document.errors.length > 0 || document.warnings.length > 0) return false;
  const read: unknown = document.toJS();
  const actual = flow ? (read as unknown[])[0] : (read as Record<string, unknown> | null)?.k;
  if (actual !== value) return false;
  if (!plain) return true;
  // Hugo reads YAML with Go's library, which still treats `yes`, `on`, `0777`,
  // `1:20` and the like as booleans and numbers: quote those.
  const goStyle = parseDocument(source, yaml11Options);
  const goValue: unknown = flow
    ? (goStyle.toJS() as unknown[])[0]
    : (goStyle.toJS() as Record<string, unknown> | null)?.k;
  return typeof goValue === 'string' || goValue instanceof Date;
}

function keyReadsBack(text: string, key: string): boolean {
  const document = parseDocument(`${text}: x\n`, yamlParseOptions);
  if (document.errors.length > 0 || document.warnings.length > 0 || !isMap(document.contents)) {
    return false;
  }
  const pair = document.contents.items[0];
  return isScalar(pair?.key) && pair.key.value === key && document.contents.items.length === 1;
}

/** Equal values keep their old text when a flow collection is rewritten. */
export function reuseOrRender(
  value: FrontMatterValue,
  old: { value: FrontMatterValue; text: string }[],
  context: RenderContext,
): string {
  const index = old.findIndex((candidate) => plainEqual(candidate.value, value));
  if (index >= 0) {
    const [reused] = old.splice(index, 1);
    if (reused) return reused.text;
  }
  return renderFlow(value, context);
}
