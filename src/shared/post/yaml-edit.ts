import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  Scalar,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { getAt } from './data-ops';
import { formatPath, segmentIndex, type PathSegment } from './field-path';
import { isPlainObject, plainEqual } from './plain-data';
import { PostEditError } from './post-edit-error';
import type { FrontMatterData, FrontMatterValue } from './types';
import { contentRange, resolveYamlPath, type PathStep } from './yaml-locate';
import {
  renderFlow,
  renderItemValue,
  renderKey,
  renderPairValue,
  renderScalar,
  reuseOrRender,
  type RenderContext,
} from './yaml-render';
import { LineIndex } from '../text/line-index';
import { defaultEol, detectFileStyle, type FileStyle, type ScalarStyle } from './yaml-style';

/** Replace `from`–`to` of the whole file text with `insert`. */
export interface Splice {
  from: number;
  to: number;
  insert: string;
}

/** One elementary edit; a `set` of a whole group may become several of these. */
export type EditStep =
  | { op: 'set'; path: PathSegment[]; value: FrontMatterValue }
  | { op: 'delete'; path: PathSegment[] }
  | { op: 'insert'; path: PathSegment[]; index: number; value: FrontMatterValue }
  | { op: 'remove'; path: PathSegment[]; index: number };

export type EditPlan =
  { kind: 'none' } | { kind: 'splice'; splice: Splice } | { kind: 'steps'; steps: EditStep[] };

const unsupportedLayout =
  'This part of the front matter is written in a way the form cannot change safely; edit it in the text editor.';

function isBlockScalar(node: unknown): boolean {
  return (
    isScalar(node) && (node.type === Scalar.BLOCK_LITERAL || node.type === Scalar.BLOCK_FOLDED)
  );
}

function isScalarValue(
  value: FrontMatterValue | undefined,
): value is string | number | boolean | null {
  return value !== undefined && !Array.isArray(value) && !isPlainObject(value);
}

function nodeRange(node: unknown): [number, number, number] | undefined {
  return (node as Node | null | undefined)?.range ?? undefined;
}

/**
 * Turns one form edit into a splice of the file text, using the node ranges
 * the YAML parser records. Only the lines of the touched node change; new
 * text follows the file's indentation, quoting and line endings.
 */
export class YamlFrontMatterEditor {
  private readonly source: string;
  private readonly style: FileStyle;
  private linesOfText: LineIndex | null = null;

  constructor(
    private readonly text: string,
    private readonly contentFrom: number,
    private readonly contentTo: number,
    private readonly document: Document.Parsed,
    private readonly data: FrontMatterData,
  ) {
    this.source = text.slice(contentFrom, contentTo);
    this.style = detectFileStyle(document, this.source, defaultEol(text));
  }

  /** Built on first use: most edits that change nothing never need it. */
  private get lines(): LineIndex {
    this.linesOfText ??= new LineIndex(this.text);
    return this.linesOfText;
  }

  planSet(path: PathSegment[], value: FrontMatterValue): EditPlan {
    const resolution = resolveYamlPath(this.document, path);
    if (resolution.complete) {
      const old = getAt(this.data, path);
      if (old !== undefined && plainEqual(old, value)) return { kind: 'none' };
      const step = resolution.steps[resolution.steps.length - 1];
      const node = step ? step.value : this.document.contents;
      if (isPlainObject(old) && isPlainObject(value) && isMap(node) && !node.flow) {
        return { kind: 'steps', steps: reconcileMapping(path, old, value) };
      }
      if (Array.isArray(old) && Array.isArray(value) && isSeq(node) && !node.flow) {
        const steps = reconcileSequence(path, old, value);
        if (steps) return { kind: 'steps', steps };
      }
      if (!step) {
        if (isPlainObject(value)) {
          return { kind: 'steps', steps: reconcileMapping(path, {}, value) };
        }
        throw new PostEditError('The front matter as a whole must be a group of fields.');
      }
      return { kind: 'splice', splice: this.replaceValue(step, path, value) };
    }
    const found = resolution.steps.length;
    const last = resolution.steps[found - 1];
    const container = last ? last.value : this.document.contents;
    const containerPath = path.slice(0, found);
    const remaining = path.slice(found);
    const [first, ...rest] = remaining;
    if (first === undefined) return { kind: 'none' };
    if (isMap(container)) {
      return {
        kind: 'splice',
        splice: this.addPair(container, containerPath, String(first), nest(rest, value, path)),
      };
    }
    if (isSeq(container)) {
      const index = segmentIndex(first);
      if (index !== container.items.length) {
        throw new PostEditError(`"${formatPath(path)}" points past the end of a list.`);
      }
      return {
        kind: 'splice',
        splice: this.insertItem(container, containerPath, index, nest(rest, value, path)),
      };
    }
    if (isEmpty(container)) {
      if (!last) {
        return { kind: 'splice', splice: this.addRootPair(String(first), nest(rest, value, path)) };
      }
      return {
        kind: 'splice',
        splice: this.replaceValue(last, containerPath, nest(remaining, value, path)),
      };
    }
    if (isAlias(container)) throw new PostEditError(unsupportedLayout);
    throw new PostEditError(
      `"${formatPath(containerPath)}" holds a single value, not a group of fields, so "${formatPath(path)}" cannot be set.`,
    );
  }

  planDelete(path: PathSegment[]): EditPlan {
    const resolution = resolveYamlPath(this.document, path);
    if (!resolution.complete || path.length === 0) return { kind: 'none' };
    const step = resolution.steps[resolution.steps.length - 1] as PathStep;
    const parentStep = resolution.steps[resolution.steps.length - 2];
    const parentPath = path.slice(0, -1);
    if (step.kind === 'item') {
      return {
        kind: 'splice',
        splice: this.removeItem(step.parent, parentPath, step.index, parentStep),
      };
    }
    return {
      kind: 'splice',
      splice: this.removePair(step.parent, parentPath, step.index, parentStep),
    };
  }

  planInsert(listPath: PathSegment[], index: number, value: FrontMatterValue): EditPlan {
    const resolution = resolveYamlPath(this.document, listPath);
    const step = resolution.steps[resolution.steps.length - 1];
    const list = resolution.complete && step ? step.value : undefined;
    if (isSeq(list)) {
      return { kind: 'splice', splice: this.insertItem(list, listPath, index, value) };
    }
    // A missing or empty list is created holding the new item.
    return { kind: 'steps', steps: [{ op: 'set', path: listPath, value: [value] }] };
  }

  planRemove(listPath: PathSegment[], index: number): EditPlan {
    const resolution = resolveYamlPath(this.document, listPath);
    const step = resolution.steps[resolution.steps.length - 1];
    const list = resolution.complete && step ? step.value : undefined;
    if (!isSeq(list)) throw new PostEditError(`There is no list "${formatPath(listPath)}".`);
    return { kind: 'splice', splice: this.removeItem(list, listPath, index, step) };
  }

  planMove(listPath: PathSegment[], from: number, to: number): EditPlan {
    const resolution = resolveYamlPath(this.document, listPath);
    const step = resolution.steps[resolution.steps.length - 1];
    const list = resolution.complete && step ? step.value : undefined;
    if (!isSeq(list)) throw new PostEditError(`There is no list "${formatPath(listPath)}".`);
    if (from === to) return { kind: 'none' };
    const items = getAt(this.data, listPath);
    if (!Array.isArray(items)) {
      throw new PostEditError(`There is no list "${formatPath(listPath)}".`);
    }
    const moved = [...items];
    const [item] = moved.splice(from, 1);
    moved.splice(to, 0, item as FrontMatterValue);
    if (list.flow) return { kind: 'splice', splice: this.rewriteFlow(list, listPath, moved) };
    if (!step) throw new PostEditError(unsupportedLayout);
    const chunks = this.itemChunks(list);
    if (!chunks) return { kind: 'splice', splice: this.replaceValue(step, listPath, moved) };
    const order = chunks.map((_, i) => i);
    const [taken] = order.splice(from, 1);
    order.splice(to, 0, taken as number);
    const regionFrom = (chunks[0] as Splice).from;
    const regionTo = (chunks[chunks.length - 1] as Splice).to;
    let insert = '';
    chunks.forEach((chunk, i) => {
      const source = chunks[order[i] as number] as Splice;
      insert += this.text.slice(source.from, source.to);
      const next = chunks[i + 1];
      if (next) insert += this.text.slice(chunk.to, next.from);
    });
    return { kind: 'splice', splice: { from: regionFrom, to: regionTo, insert } };
  }

  // ---- positions -------------------------------------------------------

  private at(offset: number): number {
    return this.contentFrom + offset;
  }

  private lineStart(position: number): number {
    return this.lines.lineStartAt(position);
  }

  /** Offset just after the line break of the line containing `position`. */
  private nextLineStart(position: number): number {
    return this.lines.nextLineStartAt(position);
  }

  private lineEnd(position: number): number {
    return this.lines.lineEndAt(position);
  }

  private column(position: number): number {
    return position - this.lineStart(position);
  }

  private onlySpacesBefore(position: number): boolean {
    return this.text.slice(this.lineStart(position), position).trim() === '';
  }

  /** Line ending of the line that ends just before `position` (a line start). */
  private eolBefore(position: number): string {
    if (position > 0 && this.text.charAt(position - 1) === '\n') {
      return this.eolOfLine(position - 1);
    }
    return this.eolOfLine(position);
  }

  private eolOfLine(position: number): string {
    return this.lines.lineBreakTextAt(position) ?? this.style.eol;
  }

  /** `# …` after `position` on the same line, if that is all there is. */
  private commentAfter(position: number): string | undefined {
    const rest = this.text.slice(position, this.lineEnd(position)).trim();
    return rest.startsWith('#') ? rest : undefined;
  }

  /** Where a node's text ends: after the line break of its last line. */
  private nodeEnd(node: unknown, fallback: number): number {
    const range = nodeRange(node);
    if (range && range[1] > range[0]) {
      if (isBlockScalar(node) && /^[|>][0-9]*\+/.test(this.source.slice(range[0]))) {
        return this.at(range[1]);
      }
      const content = contentRange(node, this.source);
      if (content && content[1] > content[0]) return this.nextLineStart(this.at(content[1]) - 1);
    }
    return this.nextLineStart(fallback);
  }

  /**
   * Comment lines indented deeper than a group's keys still belong to its last
   * entry (`params:` … `  # note`), so a new key goes after them.
   */
  private afterNestedComments(position: number, keyColumn: number): number {
    let at = position;
    while (at < this.contentFrom + this.source.length) {
      const line = this.text.slice(at, this.lineEnd(at));
      const indent = line.length - line.trimStart().length;
      if (!line.trimStart().startsWith('#') || indent <= keyColumn) break;
      at = this.nextLineStart(at);
    }
    return at;
  }

  private keyStart(pair: Pair): number {
    const range = nodeRange(pair.key);
    if (!range) throw new PostEditError(unsupportedLayout);
    return this.at(range[0]);
  }

  private colonOf(pair: Pair): number {
    const range = nodeRange(pair.key);
    if (!range) throw new PostEditError(unsupportedLayout);
    let position = this.at(range[1]);
    while (this.text.charAt(position) === ' ') position += 1;
    if (this.text.charAt(position) !== ':') throw new PostEditError(unsupportedLayout);
    return position;
  }

  private pairEnd(pair: Pair): number {
    return this.nodeEnd(pair.value, this.colonOf(pair));
  }

  private dashOf(item: unknown, seq: YAMLSeq, index: number): number {
    const range = nodeRange(item);
    let position = range ? this.at(range[0]) - 1 : -1;
    if (!range) {
      // A missing item has no range; its dash follows the previous item.
      const previous = index > 0 ? seq.items[index - 1] : undefined;
      position = previous
        ? this.nodeEnd(previous, this.at(nodeRange(seq)?.[0] ?? 0))
        : this.at(nodeRange(seq)?.[0] ?? 0);
      while (position < this.text.length && ' \r\n'.includes(this.text.charAt(position)))
        position += 1;
      if (this.text.charAt(position) === '-') return position;
      throw new PostEditError(unsupportedLayout);
    }
    while (position >= 0 && this.text.charAt(position) === ' ') position -= 1;
    if (this.text.charAt(position) !== '-') throw new PostEditError(unsupportedLayout);
    return position;
  }

  private itemEnd(item: unknown, dash: number): number {
    return this.nodeEnd(item, dash);
  }

  /** Each item's lines, from its dash line to the end of its last line; null if items share lines. */
  private itemChunks(seq: YAMLSeq): Splice[] | null {
    const chunks: Splice[] = [];
    for (let index = 0; index < seq.items.length; index++) {
      const item = seq.items[index];
      const dash = this.dashOf(item, seq, index);
      if (!this.onlySpacesBefore(dash)) return null;
      const from = this.lineStart(dash);
      const to = this.itemEnd(item, dash);
      const previous = chunks[chunks.length - 1];
      if (previous && previous.to > from) return null;
      chunks.push({ from, to, insert: '' });
    }
    return chunks;
  }

  // ---- rendering -------------------------------------------------------

  private context(path: PathSegment[], eol: string, old?: unknown): RenderContext {
    const preferred: ScalarStyle[] = [];
    const range = nodeRange(old);
    if (isScalar(old) && old.type && range && range[1] > range[0]) preferred.push(old.type);
    return { style: this.style, eol, path, preferred };
  }

  private headerComment(node: unknown): string | undefined {
    const range = nodeRange(node);
    if (!range) return undefined;
    const start = this.at(range[0]);
    const header = this.text.slice(start, this.lineEnd(start));
    const rest = header.replace(/^[|>][0-9+-]*/, '').trim();
    return rest.startsWith('#') ? rest : undefined;
  }

  /** The comment that sits on the line of a value (or its key) and should survive replacing it. */
  private commentOfValue(value: unknown, lineAnchor: number): string | undefined {
    const range = nodeRange(value);
    if (!range || range[1] <= range[0]) return this.commentAfter(lineAnchor + 1);
    if (isBlockScalar(value)) return this.headerComment(value);
    if ((isMap(value) || isSeq(value)) && !value.flow) {
      const start = this.at(range[0]);
      return this.lineStart(start) > lineAnchor ? this.commentAfter(lineAnchor + 1) : undefined;
    }
    const content = contentRange(value, this.source) ?? [range[0], range[1]];
    return this.commentAfter(this.at(content[1]));
  }

  /** A one-line scalar replaced by a one-line scalar: only its own characters change. */
  private replaceInline(
    old: unknown,
    value: FrontMatterValue,
    blockColumn: number,
    context: RenderContext,
  ): Splice | null {
    const range = nodeRange(old);
    if (
      !isScalar(old) ||
      isBlockScalar(old) ||
      !range ||
      range[1] <= range[0] ||
      !isScalarValue(value)
    ) {
      return null;
    }
    // An explicit tag (`!!str 123`) would stay in front of an inline edit and could change its type.
    if (old.tag !== undefined) return null;
    const from = this.at(range[0]);
    const to = this.at(range[1]);
    if (this.text.slice(from, to).includes('\n')) return null;
    const rendered = renderScalar(value, blockColumn, false, context);
    if (rendered.includes('\n')) return null;
    return { from, to, insert: rendered };
  }

  // ---- operations ------------------------------------------------------

  /** `keepFlow: false` turns a flow collection into block lines (an empty `[]` gaining a mapping). */
  private replaceValue(
    step: PathStep,
    path: PathSegment[],
    value: FrontMatterValue,
    keepFlow = true,
  ): Splice {
    const rewriteAsFlow = (old: unknown): old is YAMLSeq | YAMLMap =>
      keepFlow &&
      ((isSeq(old) && old.flow === true && Array.isArray(value)) ||
        (isMap(old) && old.flow === true && isPlainObject(value)));
    if (step.parent.flow) {
      // Inside `[…]` or `{…}` the whole collection is rewritten on its line.
      const parentPath = path.slice(0, -1);
      const parent = getAt(this.data, parentPath);
      if (Array.isArray(parent)) {
        const updated = [...parent];
        updated[step.index] = value;
        return this.rewriteFlow(step.parent, parentPath, updated);
      }
      if (isPlainObject(parent)) {
        return this.rewriteFlow(step.parent, parentPath, {
          ...parent,
          [String(path[path.length - 1])]: value,
        });
      }
      throw new PostEditError(unsupportedLayout);
    }
    if (step.kind === 'pair') {
      const colon = this.colonOf(step.pair);
      const keyColumn = this.column(this.keyStart(step.pair));
      const context = this.context(path, this.eolOfLine(colon), step.value);
      const old = step.value;
      if (rewriteAsFlow(old)) return this.rewriteFlow(old, path, value);
      const inline = this.replaceInline(old, value, keyColumn + this.style.indent, context);
      if (inline) return inline;
      const comment = this.commentOfValue(old, colon);
      return {
        from: colon + 1,
        to: this.pairEnd(step.pair),
        insert: renderPairValue(value, keyColumn, context, comment),
      };
    }
    const dash = this.dashOf(step.value, step.parent, step.index);
    const dashColumn = this.column(dash);
    const context = this.context(path, this.eolOfLine(dash), step.value);
    const old = step.value;
    if (rewriteAsFlow(old)) return this.rewriteFlow(old, path, value);
    const inline = this.replaceInline(old, value, dashColumn + this.style.itemIndent, context);
    if (inline) return inline;
    const comment = isMap(old) && !old.flow ? undefined : this.commentOfValue(old, dash);
    return {
      from: dash + 1,
      to: this.itemEnd(old, dash),
      insert: renderItemValue(value, dashColumn, context, comment),
    };
  }

  private addRootPair(key: string, value: FrontMatterValue): Splice {
    const at = this.contentTo;
    const eol = this.eolBefore(at);
    const context = this.context([key], eol);
    return {
      from: at,
      to: at,
      insert: `${renderKey(key, context)}:${renderPairValue(value, 0, context)}`,
    };
  }

  private addPair(
    map: YAMLMap,
    mapPath: PathSegment[],
    key: string,
    value: FrontMatterValue,
  ): Splice {
    if (map.flow) {
      const old = getAt(this.data, mapPath);
      if (!isPlainObject(old)) throw new PostEditError(unsupportedLayout);
      return this.rewriteFlow(map, mapPath, { ...old, [key]: value });
    }
    const first = map.items[0];
    const last = map.items[map.items.length - 1];
    if (!first || !last) throw new PostEditError(unsupportedLayout);
    const keyColumn = this.column(this.keyStart(first));
    const at = this.afterNestedComments(this.pairEnd(last), keyColumn);
    const eol = this.eolBefore(at);
    const context = this.context([...mapPath, key], eol);
    const lineBreak = at === this.text.length && !this.text.endsWith('\n') ? eol : '';
    return {
      from: at,
      to: at,
      insert: `${lineBreak}${' '.repeat(keyColumn)}${renderKey(key, context)}:${renderPairValue(value, keyColumn, context)}`,
    };
  }

  private removePair(
    map: YAMLMap,
    mapPath: PathSegment[],
    index: number,
    parentStep: PathStep | undefined,
  ): Splice {
    const old = getAt(this.data, mapPath);
    const pair = map.items[index];
    if (!pair || !isPlainObject(old)) throw new PostEditError(unsupportedLayout);
    const key = String(isScalar(pair.key) ? pair.key.value : '');
    if (map.flow) {
      const rest = { ...old };
      delete rest[key];
      return this.rewriteFlow(map, mapPath, rest);
    }
    if (map.items.length === 1 && parentStep) return this.replaceValue(parentStep, mapPath, {});
    const keyStart = this.keyStart(pair);
    if (this.onlySpacesBefore(keyStart)) {
      return { from: this.lineStart(keyStart), to: this.pairEnd(pair), insert: '' };
    }
    // The first key of a list item (`- title: …`): the next key moves up beside the dash.
    const next = map.items[index + 1];
    if (index !== 0 || !next) throw new PostEditError(unsupportedLayout);
    return { from: keyStart, to: this.keyStart(next), insert: '' };
  }

  private insertItem(
    seq: YAMLSeq,
    listPath: PathSegment[],
    index: number,
    value: FrontMatterValue,
  ): Splice {
    const items = getAt(this.data, listPath);
    if (!Array.isArray(items)) throw new PostEditError(unsupportedLayout);
    if (!Number.isInteger(index) || index < 0 || index > items.length) {
      throw new PostEditError(
        `There is no position ${index} in the list "${formatPath(listPath)}".`,
      );
    }
    const updated = [...items];
    updated.splice(index, 0, value);
    if (seq.flow) {
      if (items.length === 0 && !isScalarValue(value)) {
        return this.replaceValue(this.stepOf(listPath), listPath, updated, false);
      }
      return this.rewriteFlow(seq, listPath, updated);
    }
    const chunks = this.itemChunks(seq);
    const firstChunk = chunks?.[0];
    if (!chunks || !firstChunk) return this.replaceValue(this.stepOf(listPath), listPath, updated);
    const dashColumn = this.column(this.dashOf(seq.items[0], seq, 0));
    const at =
      index < chunks.length
        ? (chunks[index] as Splice).from
        : (chunks[chunks.length - 1] as Splice).to;
    const eol = index < chunks.length ? this.eolOfLine(at) : this.eolBefore(at);
    const context = this.context([...listPath, index], eol);
    return {
      from: at,
      to: at,
      insert: `${' '.repeat(dashColumn)}-${renderItemValue(value, dashColumn, context)}`,
    };
  }

  private removeItem(
    seq: YAMLSeq,
    listPath: PathSegment[],
    index: number,
    parentStep: PathStep | undefined,
  ): Splice {
    const items = getAt(this.data, listPath);
    if (!Array.isArray(items) || !Number.isInteger(index) || index < 0 || index >= items.length) {
      throw new PostEditError(`The list "${formatPath(listPath)}" has no item ${index}.`);
    }
    const updated = items.filter((_, i) => i !== index);
    if (seq.flow) return this.rewriteFlow(seq, listPath, updated);
    const chunks = this.itemChunks(seq);
    if (!chunks || items.length === 1) {
      if (!parentStep) throw new PostEditError(unsupportedLayout);
      return this.replaceValue(parentStep, listPath, updated);
    }
    const chunk = chunks[index] as Splice;
    return { from: chunk.from, to: chunk.to, insert: '' };
  }

  private stepOf(path: PathSegment[]): PathStep {
    const resolution = resolveYamlPath(this.document, path);
    const step = resolution.steps[resolution.steps.length - 1];
    if (!resolution.complete || !step) throw new PostEditError(unsupportedLayout);
    return step;
  }

  /** Rewrites a flow collection (`[a, b]`, `{a: 1}`) as one line, keeping the text of unchanged entries. */
  private rewriteFlow(
    node: YAMLSeq | YAMLMap,
    path: PathSegment[],
    value: FrontMatterValue,
  ): Splice {
    const range = nodeRange(node);
    if (!range) throw new PostEditError(unsupportedLayout);
    const from = this.at(range[0]);
    const to = this.at(range[1]);
    const context = this.context(path, this.eolOfLine(from));
    const old = getAt(this.data, path);
    const sourceOf = (start: unknown, end: unknown): string => {
      const startRange = nodeRange(start);
      const endRange = contentRange(end, this.source) ?? nodeRange(end);
      if (!startRange || !endRange) return '';
      return this.source.slice(startRange[0], endRange[1]);
    };
    const tight = /,\S/.test(this.text.slice(from, to)) && !/,\s/.test(this.text.slice(from, to));
    const separator = tight ? ',' : ', ';
    if (isSeq(node) && Array.isArray(value)) {
      const oldItems = node.items.map((item, i) => ({
        value: Array.isArray(old) ? (old[i] as FrontMatterValue) : null,
        text: sourceOf(item, item),
      }));
      const texts = value.map((item, i) =>
        reuseOrRender(item, oldItems, { ...context, path: [...path, i] }),
      );
      return { from, to, insert: `[${texts.join(separator)}]` };
    }
    if (isMap(node) && isPlainObject(value)) {
      const oldPairs = node.items.map((pair) => {
        const key = isScalar(pair.key) ? String(pair.key.value) : '';
        return {
          key,
          value: isPlainObject(old) ? old[key] : undefined,
          text: sourceOf(pair.key, pair.value ?? pair.key),
        };
      });
      const texts = Object.keys(value).map((key) => {
        const keep = oldPairs.find(
          (pair) => pair.key === key && plainEqual(pair.value, value[key]),
        );
        if (keep) return keep.text;
        const childContext = { ...context, path: [...path, key] };
        return `${renderKey(key, childContext)}: ${renderFlow(value[key] as FrontMatterValue, childContext)}`;
      });
      return { from, to, insert: `{${texts.join(separator)}}` };
    }
    throw new PostEditError(unsupportedLayout);
  }
}

function isEmpty(node: unknown): boolean {
  return node === null || node === undefined || (isScalar(node) && node.value === null);
}

/** Builds `{a: {b: value}}` for missing path segments; a new list can only start at item 0. */
function nest(
  segments: PathSegment[],
  value: FrontMatterValue,
  fullPath: PathSegment[],
): FrontMatterValue {
  const [first, ...rest] = segments;
  if (first === undefined) return value;
  if (typeof first === 'number') {
    if (first !== 0) {
      throw new PostEditError(`"${formatPath(fullPath)}" points past the end of a list.`);
    }
    return [nest(rest, value, fullPath)];
  }
  return { [first]: nest(rest, value, fullPath) };
}

function reconcileMapping(
  path: PathSegment[],
  old: { [key: string]: FrontMatterValue },
  value: { [key: string]: FrontMatterValue },
): EditStep[] {
  const steps: EditStep[] = [];
  for (const key of Object.keys(value)) {
    const next = value[key] as FrontMatterValue;
    if (!Object.prototype.hasOwnProperty.call(old, key) || !plainEqual(old[key], next)) {
      steps.push({ op: 'set', path: [...path, key], value: next });
    }
  }
  for (const key of Object.keys(old)) {
    if (!Object.prototype.hasOwnProperty.call(value, key)) {
      steps.push({ op: 'delete', path: [...path, key] });
    }
  }
  return steps;
}

/** Item-wise steps when the lists share a beginning and an end; null when a rewrite is simpler. */
function reconcileSequence(
  path: PathSegment[],
  old: FrontMatterValue[],
  value: FrontMatterValue[],
): EditStep[] | null {
  const shorter = Math.min(old.length, value.length);
  let prefix = 0;
  while (prefix < shorter && plainEqual(old[prefix], value[prefix])) prefix += 1;
  let suffix = 0;
  while (
    suffix < shorter - prefix &&
    plainEqual(old[old.length - 1 - suffix], value[value.length - 1 - suffix])
  ) {
    suffix += 1;
  }
  if (old.length === value.length) {
    const steps: EditStep[] = [];
    value.forEach((item, i) => {
      if (!plainEqual(old[i], item)) steps.push({ op: 'set', path: [...path, i], value: item });
    });
    return steps;
  }
  if (prefix + suffix === old.length) {
    return value
      .slice(prefix, value.length - suffix)
      .map((item, i) => ({ op: 'insert', path, index: prefix + i, value: item }));
  }
  if (prefix + suffix === value.length && value.length > 0) {
    return old
      .slice(prefix, old.length - suffix)
      .map(() => ({ op: 'remove', path, index: prefix }));
  }
  return null;
}
