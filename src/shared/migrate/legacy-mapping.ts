/**
 * The documented key mapping from the site's older front matter shape to
 * today's, as plain data in and out. It is the specification the text
 * migration (`migrate-post.ts`) is tested against, and it is driven by the
 * same `legacyKeys` table the `schema/legacy-shape` rule reports from.
 *
 * - `author`, `thumbnail` move under `params`; `thumbnailProcess` and
 *   `params.thumbnailProcess` become `params.thumbnailRatio`; `tags` become
 *   `keywords` (merged, without repeats, into a `keywords` list already there).
 * - `featured` and `enableVideoSchema` are dropped: today's site ignores them.
 * - A value whose new place already holds a different value is left where it
 *   is (a conflict the user settles); an equal one is simply removed.
 */
import type { FrontMatterData, FrontMatterValue } from '../post/types';
import { plainEqual } from '../post/plain-data';
import { isMapping, writtenPath } from '../schema/known-keys';
import { legacyKeys, type LegacyKey } from '../schema/legacy';

/** What migration does with one older key. */
export type MigrationAction =
  | { kind: 'move'; from: string[]; to: string[] }
  | { kind: 'merge'; from: string[]; to: string[]; value: FrontMatterValue[] }
  | { kind: 'remove-duplicate'; from: string[]; to: string[] }
  | { kind: 'drop'; from: string[] }
  | { kind: 'conflict'; from: string[]; to: string[]; reason: string };

/**
 * The actions for the data, in the order of `legacyKeys`, with paths as the
 * file writes them (an `Author:` key stays `Author` in `from`).
 */
export function migrationActions(data: FrontMatterData): MigrationAction[] {
  const actions: MigrationAction[] = [];
  let current = data;
  for (const key of legacyKeys) {
    const action = actionFor(current, key);
    if (!action) continue;
    actions.push(action);
    current = applyMigrationAction(current, action);
  }
  return actions;
}

/** The data after migration: the documented mapping, applied to plain data. */
export function migrateData(data: FrontMatterData): FrontMatterData {
  return migrationActions(data).reduce(applyMigrationAction, data);
}

function actionFor(data: FrontMatterData, key: LegacyKey): MigrationAction | null {
  const from = writtenPath(data, key.path).map(String);
  const value = valueAt(data, from);
  if (value === undefined) return null;
  if (key.migration === 'drop' || key.replacement === null) return { kind: 'drop', from };
  const to = writtenPath(data, key.replacement.split('.')).map(String);
  if (to[0] === 'params' && to.length > 1 && data.params !== undefined && !isMapping(data.params))
    return { kind: 'conflict', from, to, reason: '"params" is not a group of keys' };
  const existing = valueAt(data, to);
  if (existing === undefined) return { kind: 'move', from, to };
  if (plainEqual(existing, value)) return { kind: 'remove-duplicate', from, to };
  if (Array.isArray(existing) && Array.isArray(value)) {
    const merged = [...existing];
    for (const item of value) if (!merged.some((kept) => plainEqual(kept, item))) merged.push(item);
    return { kind: 'merge', from, to, value: merged };
  }
  return {
    kind: 'conflict',
    from,
    to,
    reason: `"${to.join('.')}" is already set to something else`,
  };
}

/** The data after one action. */
export function applyMigrationAction(
  data: FrontMatterData,
  action: MigrationAction,
): FrontMatterData {
  switch (action.kind) {
    case 'conflict':
      return data;
    case 'drop':
    case 'remove-duplicate':
      return withoutPath(data, action.from);
    case 'move': {
      const value = valueAt(data, action.from) ?? null;
      return withPath(withoutPath(data, action.from), action.to, value);
    }
    case 'merge':
      return withPath(withoutPath(data, action.from), action.to, action.value);
  }
}

function valueAt(data: FrontMatterData, path: readonly string[]): FrontMatterValue | undefined {
  let node: FrontMatterValue | undefined = data;
  for (const segment of path) {
    if (!isMapping(node) || !Object.hasOwn(node, segment)) return undefined;
    node = node[segment];
  }
  return node;
}

function withoutPath(data: FrontMatterData, path: readonly string[]): FrontMatterData {
  const [head, ...rest] = path;
  if (head === undefined || !Object.hasOwn(data, head)) return data;
  const copy = { ...data };
  if (rest.length === 0) {
    delete copy[head];
    return copy;
  }
  const child = copy[head];
  if (isMapping(child)) copy[head] = withoutPath(child, rest);
  return copy;
}

function withPath(
  data: FrontMatterData,
  path: readonly string[],
  value: FrontMatterValue,
): FrontMatterData {
  const [head, ...rest] = path;
  if (head === undefined) return data;
  const copy = { ...data };
  if (rest.length === 0) copy[head] = value;
  else {
    const child = copy[head];
    copy[head] = withPath(isMapping(child) ? child : {}, rest, value);
  }
  return copy;
}

/** One action in words, for the banner, the diff dialog and the command line. */
export function describeAction(action: MigrationAction): string {
  const from = `"${action.from.join('.')}"`;
  switch (action.kind) {
    case 'move':
      return `${from} moves to "${action.to.join('.')}".`;
    case 'merge':
      return `${from} is merged into "${action.to.join('.')}".`;
    case 'remove-duplicate':
      return `${from} is removed: "${action.to.join('.')}" already says the same.`;
    case 'drop':
      return `${from} is removed: today's site does not use it.`;
    case 'conflict':
      return `${from} stays where it is: ${action.reason}. Settle it in the text.`;
  }
}
