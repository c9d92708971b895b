/**
 * Moves a post from the site's older front matter shape to today's as edits
 * of its text: a renamed key keeps its place, its value and its comments
 * (only the key's characters change); a key moving under `params` is written
 * there in the file's own style and removed from the top; dropped keys lose
 * their lines. Nothing else changes, the body least of all. The result is
 * checked against the documented mapping (`legacy-mapping.ts`) and refused
 * when it says anything else.
 */
import { parsePost, PostEditError } from '../post';
import { plainEqual } from '../post/plain-data';
import type { PostDocument } from '../post/types';
import {
  applyMigrationAction,
  describeAction,
  migrateData,
  migrationActions,
  type MigrationAction,
} from './legacy-mapping';

export type Migration =
  | {
      status: 'migrated' | 'unchanged';
      before: PostDocument;
      after: PostDocument;
      /** Every action, conflicts included, in the order they were done. */
      actions: MigrationAction[];
    }
  | { status: 'refused'; before: PostDocument; reason: string };

/** Migrates a post's front matter; never throws for a post it cannot edit, it says why. */
export function migratePost(before: PostDocument): Migration {
  if (before.readOnlyReason !== null) {
    return { status: 'refused', before, reason: before.readOnlyReason };
  }
  if (before.data === null) {
    const reason = before.frontMatter
      ? 'its front matter cannot be read.'
      : 'it has no front matter, so there is nothing to migrate.';
    return { status: 'refused', before, reason };
  }
  if (before.frontMatter?.format !== 'yaml') {
    return { status: 'refused', before, reason: 'only YAML front matter can be migrated.' };
  }
  const actions = migrationActions(before.data);
  try {
    const after = actions.reduce(applyAction, before);
    if (!plainEqual(after.data ?? {}, migrateData(before.data)) || after.body !== before.body) {
      throw new PostEditError('The migrated front matter did not come out as intended.');
    }
    return {
      status: after.text === before.text ? 'unchanged' : 'migrated',
      before,
      after,
      actions,
    };
  } catch (error) {
    if (error instanceof PostEditError) return { status: 'refused', before, reason: error.message };
    throw error;
  }
}

/** The actions that leave the older shape in place, in words. */
export function migrationConflicts(migration: Migration): string[] {
  if (migration.status === 'refused') return [];
  return migration.actions.filter((a) => a.kind === 'conflict').map(describeAction);
}

function applyAction(doc: PostDocument, action: MigrationAction): PostDocument {
  switch (action.kind) {
    case 'conflict':
      return doc;
    case 'drop':
    case 'remove-duplicate':
      return doc.delete(action.from);
    case 'merge':
      return doc.set(action.to, action.value).delete(action.from);
    case 'move':
      return renamedInPlace(doc, action) ?? movedWithSource(doc, action);
  }
}

/**
 * A key that keeps its parent (`tags` → `keywords`) is renamed where it is,
 * so its value, comments and position stay exactly as written. Null when the
 * key is elsewhere or the rename does not read back as intended.
 */
function renamedInPlace(doc: PostDocument, action: MigrationAction): PostDocument | null {
  if (action.kind !== 'move' || doc.data === null) return null;
  const sameParent =
    action.from.length === action.to.length &&
    action.from.slice(0, -1).join('.') === action.to.slice(0, -1).join('.');
  const span = sameParent ? doc.keySpan(action.from) : undefined;
  const newKey = action.to.at(-1) ?? '';
  if (!span || !/^[A-Za-z][A-Za-z0-9_]*$/.test(newKey)) return null;
  const renamed = parsePost(doc.text.slice(0, span.from) + newKey + doc.text.slice(span.to));
  const ok =
    renamed.readOnlyReason === null &&
    renamed.data !== null &&
    renamed.body === doc.body &&
    plainEqual(renamed.data, applyMigrationAction(doc.data, action));
  return ok ? renamed : null;
}

/**
 * Moves a value to another parent with the model's edits, then puts back the
 * value as it was written (quotes, a comment after it) when it sat on one
 * line; the model's own rendering stays when that would read differently.
 */
function movedWithSource(
  doc: PostDocument,
  action: Extract<MigrationAction, { kind: 'move' }>,
): PostDocument {
  const moved = doc.set(action.to, doc.get(action.from) ?? null).delete(action.from);
  const source = lineRest(doc, doc.valueSpan(action.from));
  const target = moved.valueSpan(action.to);
  if (source === null || !target || moved.data === null) return moved;
  const end = lineEnd(moved.text, target.from);
  if (target.to > end) return moved;
  const restored = parsePost(moved.text.slice(0, target.from) + source + moved.text.slice(end));
  const same =
    restored.readOnlyReason === null &&
    restored.data !== null &&
    restored.body === moved.body &&
    plainEqual(restored.data, moved.data);
  return same ? restored : moved;
}

/** The value's text to the end of its line (a comment included), when the value is one line. */
function lineRest(
  doc: PostDocument,
  span: { from: number; to: number } | undefined,
): string | null {
  if (!span) return null;
  const end = lineEnd(doc.text, span.from);
  return span.to <= end ? doc.text.slice(span.from, end) : null;
}

function lineEnd(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  const end = newline === -1 ? text.length : newline;
  return end > from && text[end - 1] === '\r' ? end - 1 : end;
}
