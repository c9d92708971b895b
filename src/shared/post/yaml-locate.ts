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
