import {
  isMap,
  isScalar,
  isSeq,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { segmentIndex, segmentKey, type PathSegment } from './field-path';
import type { FieldSpans } from './front-matter-reading';

/** One resolved step of a path: a key in a mapping or an item in a sequence. */
export type PathStep =
  | { kind: 'pair'; parent: YAMLMap; pair: Pair; index: number; value: unknown }
  | { kind: 'item'; parent: YAMLSeq; index: number; value: unknown };

export interface PathResolution {
  /** One step per segment that exists, in order. */
  steps: PathStep[];
  /** True when every segment was found. */
  complete: boolean;
}

export function resolveYamlPath(
  document: Document.Parsed,
  segments: readonly PathSegment[],
): PathResolution {
  const steps: PathStep[] = [];
  let current: unknown = document.contents;
  for (const segment of segments) {
    const step = childStep(current, segment);
    if (!step) return { steps, complete: false };
    steps.push(step);
    current = step.value;
  }
  return { steps, complete: true };
}

function childStep(node: unknown, segment: PathSegment): PathStep | undefined {
  if (isMap(node)) {
    const key = segmentKey(segment);
    const index = node.items.findIndex(
      (pair) => isScalar(pair.key) && String(pair.key.value) === key,
    );
    const pair = node.items[index];
    return pair ? { kind: 'pair', parent: node, pair, index, value: pair.value } : undefined;
  }
  if (isSeq(node)) {
    const index = segmentIndex(segment);
    if (index === undefined || index >= node.items.length) return undefined;
    return { kind: 'item', parent: node, index, value: node.items[index] };
  }
  return undefined;
}

/** The node's [start, end) with trailing blanks and line breaks left out. */
export function contentRange(node: unknown, source: string): [number, number] | undefined {
  const range = (node as Node | null | undefined)?.range;
  if (!range) return undefined;
  let end = range[1];
  while (end > range[0] && ' \t\r\n'.includes(source.charAt(end - 1))) end -= 1;
  return [range[0], end];
}

/** Key and value spans of the field at `path`, relative to `source`. */
export function yamlFieldSpans(
  document: Document.Parsed,
  path: readonly PathSegment[],
  source: string,
): FieldSpans | undefined {
  const resolution = resolveYamlPath(document, path);
  const step = resolution.steps[resolution.steps.length - 1];
  if (!resolution.complete || !step) return undefined;
  const valueRange = contentRange(step.value, source);
  if (step.kind === 'item') {
    if (!valueRange) return undefined;
    const span = { from: valueRange[0], to: valueRange[1] };
    return { key: span, value: span };
  }
  const keyRange = (step.pair.key as { range?: [number, number, number] } | null)?.range;
  if (!keyRange) return undefined;
  const key = { from: keyRange[0], to: keyRange[1] };
  return {
    key,
    value: valueRange ? { from: valueRange[0], to: valueRange[1] } : { from: key.to, to: key.to },
  };
}
