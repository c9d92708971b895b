import { isMap, isPair, isScalar, isSeq, Scalar, type Document } from 'yaml';
import type { PathSegment } from './field-path';

export type ScalarStyle = Scalar.Type;
export type QuoteStyle = typeof Scalar.QUOTE_SINGLE | typeof Scalar.QUOTE_DOUBLE;

/** Counts of how values were written at one path pattern (`params.videoSchema.*.title`). */
export interface Observations {
  scalar: Map<ScalarStyle, number>;
  flow: number;
  block: number;
}

/** How this file writes YAML, so new text looks like the text around it. */
export interface FileStyle {
  /** Columns a nested mapping's keys sit right of their parent key. */
  indent: number;
  /** Columns a block sequence's dashes sit right of their parent key (0: same column). */
  sequenceIndent: number;
  /** Columns from a dash to the first key of a mapping item (`- title:` is 2). */
  itemIndent: number;
  /** Quote used when a string needs one and nothing closer says which. */
  quote: QuoteStyle;
  /** True when most string values in the file are quoted even where plain would do. */
  quotesByDefault: boolean;
  /** True when the file writes lists of plain values as `[a, b]`. */
  flowScalarLists: boolean;
  /** Line ending for new lines when no neighbouring line says otherwise. */
  eol: string;
  observations: Map<string, Observations>;
}

export function pathPattern(path: readonly PathSegment[]): string {
  return path.map((segment) => (typeof segment === 'number' ? '*' : segment)).join('\u0000');
}

export function defaultEol(text: string): string {
  let crlf = 0;
  let lf = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (i > 0 && text.charCodeAt(i - 1) === 13) crlf += 1;
    else lf += 1;
  }
  return crlf > lf ? '\r\n' : '\n';
}

export function defaultFileStyle(eol: string): FileStyle {
  return {
    indent: 2,
    sequenceIndent: 2,
    itemIndent: 2,
    quote: Scalar.QUOTE_SINGLE,
    quotesByDefault: false,
    flowScalarLists: false,
    eol,
    observations: new Map(),
  };
}

/** Reads the layout and quoting habits of a parsed front matter (`source` is its text). */
export function detectFileStyle(
  document: Document.Parsed | null,
  source: string,
  eol: string,
): FileStyle {
  const style = defaultFileStyle(eol);
  if (!document) return style;
  const column = (offset: number): number => offset - (source.lastIndexOf('\n', offset - 1) + 1);
  const dashColumn = (itemStart: number): number | undefined => {
    let i = itemStart - 1;
    while (i >= 0 && source.charAt(i) === ' ') i -= 1;
    return source.charAt(i) === '-' ? column(i) : undefined;
  };
  let indent: number | undefined;
  let sequenceIndent: number | undefined;
  let itemIndent: number | undefined;
  let single = 0;
  let double = 0;
  let plain = 0;
  let flowLists = 0;
  let blockLists = 0;

  const observe = (path: PathSegment[], update: (observations: Observations) => void): void => {
    const pattern = pathPattern(path);
    let observations = style.observations.get(pattern);
    if (!observations) {
      observations = { scalar: new Map(), flow: 0, block: 0 };
      style.observations.set(pattern, observations);
    }
    update(observations);
  };

  const walk = (node: unknown, path: PathSegment[], ownerColumn: number | undefined): void => {
    if (isScalar(node)) {
      const type = node.type ?? Scalar.PLAIN;
      observe(path, (o) => o.scalar.set(type, (o.scalar.get(type) ?? 0) + 1));
      if (typeof node.value === 'string' && node.range && node.range[0] < node.range[1]) {
        if (type === Scalar.QUOTE_SINGLE) single += 1;
        else if (type === Scalar.QUOTE_DOUBLE) double += 1;
        else if (type === Scalar.PLAIN) plain += 1;
      }
      return;
    }
    if (isMap(node)) {
      observe(path, (o) => (node.flow ? (o.flow += 1) : (o.block += 1)));
      const firstKey = node.items[0]?.key;
      const keyColumn =
        isScalar(firstKey) && firstKey.range && !node.flow ? column(firstKey.range[0]) : undefined;
      if (
        indent === undefined &&
        keyColumn !== undefined &&
        ownerColumn !== undefined &&
        keyColumn > ownerColumn
      ) {
        indent = keyColumn - ownerColumn;
      }
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key)) continue;
        const ownColumn = pair.key.range && !node.flow ? column(pair.key.range[0]) : undefined;
        walk(pair.value, [...path, String(pair.key.value)], ownColumn);
      }
      return;
    }
    if (isSeq(node)) {
      observe(path, (o) => (node.flow ? (o.flow += 1) : (o.block += 1)));
      if (node.items.every((item) => isScalar(item))) {
        if (node.flow) flowLists += 1;
        else blockLists += 1;
      }
      node.items.forEach((item, index) => {
        const start = (item as { range?: [number, number, number] } | null)?.range?.[0];
        const dash = !node.flow && start !== undefined ? dashColumn(start) : undefined;
        if (
          index === 0 &&
          dash !== undefined &&
          ownerColumn !== undefined &&
          sequenceIndent === undefined
        ) {
          sequenceIndent = dash - ownerColumn;
        }
        if (isMap(item) && !item.flow && dash !== undefined && itemIndent === undefined) {
          const key = item.items[0]?.key;
          if (isScalar(key) && key.range) itemIndent = column(key.range[0]) - dash;
        }
        // Items of a mapping inside a list count their indent from the dash.
        walk(item, [...path, index], isMap(item) ? undefined : dash);
      });
    }
  };
  walk(document.contents, [], undefined);

  style.indent = indent ?? 2;
  style.sequenceIndent = sequenceIndent ?? style.indent;
  style.itemIndent = itemIndent ?? 2;
  style.quote = double > single ? Scalar.QUOTE_DOUBLE : Scalar.QUOTE_SINGLE;
  style.quotesByDefault = single + double > plain;
  style.flowScalarLists = flowLists > blockLists;
  return style;
}

/** Styles seen at this path pattern, most used first. */
export function observedScalarStyles(
  style: FileStyle,
  path: readonly PathSegment[],
): ScalarStyle[] {
  const observations = style.observations.get(pathPattern(path));
  if (!observations) return [];
  return [...observations.scalar.entries()].sort((a, b) => b[1] - a[1]).map(([type]) => type);
}

/** Whether lists at this path are written flow (`[a, b]`) or block; undefined when never seen. */
export function observedListLayout(
  style: FileStyle,
  path: readonly PathSegment[],
): 'flow' | 'block' | undefined {
  const observations = style.observations.get(pathPattern(path));
  if (!observations || observations.flow + observations.block === 0) return undefined;
  return observations.flow >= observations.block ? 'flow' : 'block';
}
