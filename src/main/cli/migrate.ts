import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { describeAction, migratePost, unifiedDiff, type Migration } from '../../shared/migrate';
import { decodePostBytes, parsePost } from '../../shared/post';
import type { PostDocument } from '../../shared/post/types';
import { writeFileAtomic } from '../services/atomic-write';
import { reportFile } from '../services/diagnostic-report';
import { validateAt } from '../services/post-check';
import { openSite } from '../services/site';
import { formatText } from './format-text';
import { UsageError, type CommandIO } from './io';

export const migrateUsage = `Usage: recap-studio migrate [--dry-run] FILE...

Moves posts from the site's older front matter shape to today's: "author",
"thumbnail" and "thumbnailProcess" go under "params" (the last as
"thumbnailRatio"), "tags" become "keywords", "featured" and
"enableVideoSchema" are removed. Only those keys' lines change; comments, the
rest of the front matter and the body stay as they are. Each file is written
atomically; a file already in today's shape is left untouched. With
--dry-run nothing is written and the changes are printed as a diff.

Exit status: 0 all files migrated or already in today's shape, 1 some file
left untouched or only partly migrated, 2 could not run.`;

export async function migrateCommand(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { 'dry-run': { type: 'boolean', default: false } },
  });
  if (positionals.length === 0) throw new UsageError('Give at least one FILE to migrate.');
  const dryRun = Boolean(values['dry-run']);

  let failures = 0;
  for (const path of positionals) {
    const file = resolve(io.cwd, path);
    const shown = relative(io.cwd, file) || path;
    const outcome = await migrateFile(file);
    if (outcome.status === 'failed') {
      failures += 1;
      io.stderr(`${shown}: left untouched: ${outcome.reason}\n`);
      if (outcome.details) io.stderr(outcome.details.replace(/^/gm, '  '));
      continue;
    }
    const { migration } = outcome;
    const conflicts = migration.actions.filter((action) => action.kind === 'conflict');
    if (conflicts.length > 0) failures += 1;
    if (migration.status !== 'migrated') {
      if (conflicts.length === 0) io.stdout(`${shown}: already in today's shape\n`);
      else io.stderr(`${shown}: left untouched: it has keys that cannot be moved:\n`);
    } else if (dryRun) {
      io.stdout(unifiedDiff(shown, migration.before.text, migration.after.text));
    } else {
      await writePost(file, migration.after);
      io.stdout(`${shown}: ${conflicts.length > 0 ? 'partly migrated' : 'migrated'}\n`);
    }
    const report = migration.status === 'migrated' ? migration.actions : conflicts;
    for (const action of report) {
      const line = `  ${describeAction(action)}\n`;
      if (migration.status === 'migrated') io.stdout(line);
      else io.stderr(line);
    }
  }
  return failures > 0 ? 1 : 0;
}

type FileOutcome =
  | { status: 'ok'; migration: Extract<Migration, { after: PostDocument }> }
  | { status: 'failed'; reason: string; details?: string };

async function migrateFile(file: string): Promise<FileOutcome> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return {
      status: 'failed',
      reason: `it cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`,
    };
  }
  const decoded = decodePostBytes(bytes);
  if ('diagnostic' in decoded) return { status: 'failed', reason: decoded.diagnostic.message };
  const original = parsePost(decoded.text);
  const unreadable = original.diagnostics.find((d) => d.severity === 'error');
  if (unreadable)
    return { status: 'failed', reason: `its front matter cannot be edited: ${unreadable.message}` };
  const migration = migratePost(original);
  if (migration.status === 'refused') return { status: 'failed', reason: migration.reason };
  if (migration.status === 'unchanged') return { status: 'ok', migration };

  // Migration moves keys; it must not add an error the post did not have.
  const site = await openSite(file);
  const [before, after] = await Promise.all([
    validateAt(site, file, original),
    validateAt(site, file, migration.after),
  ]);
  const known = new Set(errorsOf(before).map((d) => `${d.rule}\u0000${d.message}`));
  const added = errorsOf(after).filter((d) => !known.has(`${d.rule}\u0000${d.message}`));
  if (added.length > 0) {
    const report = reportFile('after migration', migration.after.text, added);
    return {
      status: 'failed',
      reason: 'the migrated post would have new errors:',
      details: formatText([report]).split('\n').slice(0, -2).join('\n') + '\n',
    };
  }
  return { status: 'ok', migration };
}

function errorsOf<T extends { severity: string }>(diagnostics: readonly T[]): T[] {
  return diagnostics.filter((d) => d.severity === 'error');
}

/** The one place this command writes a file. */
async function writePost(file: string, post: PostDocument): Promise<void> {
  await writeFileAtomic(file, new TextEncoder().encode(post.text));
}
