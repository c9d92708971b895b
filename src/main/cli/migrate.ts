import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { describeAction, migratePost, unifiedDiff, type Migration } from '../../shared/migrate';
import { decodePostBytes, parsePost, PostEditError } from '../../shared/post';
import type { PostDocument } from '../../shared/post/types';
import { appDataDir } from '../services/app-data';
import { createServices } from '../services/create-services';
import type { PostWriter } from '../services/post-writer';
import { UsageError, type CommandIO } from './io';
import { editFileThroughWriter } from './file-edit';

export const migrateUsage = `Usage: recap-studio migrate [--dry-run] [--force] FILE...

Moves posts from the site's older front matter shape to today's: "author",
"thumbnail" and "thumbnailProcess" go under "params" (the last as
"thumbnailRatio"), "tags" become "keywords", "featured" and
"enableVideoSchema" are removed. Only those keys' lines change; comments, the
rest of the front matter and the body stay as they are. Each file is written
atomically; a file already in today's shape is left untouched. With
--dry-run nothing is written and the changes are printed as a diff. A post
whose result would have errors is left untouched unless --force, as with set.

Exit status: 0 all files migrated or already in today's shape, 1 some file
left untouched or only partly migrated, 2 could not run.`;

export async function migrateCommand(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
    },
  });
  if (positionals.length === 0) throw new UsageError('Give at least one FILE to migrate.');
  const dryRun = Boolean(values['dry-run']);

  // Only the writer is used: nothing is read or written in the app's data folder.
  const services = createServices({ dataDir: appDataDir(), trash: null });
  let failures = 0;
  try {
    for (const path of positionals) {
      const file = resolve(io.cwd, path);
      const shown = relative(io.cwd, file) || path;
      const outcome = dryRun
        ? await previewFile(file)
        : await migrateFile(services.writer, file, Boolean(values.force));
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
        io.stdout(`${shown}: ${conflicts.length > 0 ? 'partly migrated' : 'migrated'}\n`);
      }
      const report = migration.status === 'migrated' ? migration.actions : conflicts;
      for (const action of report) {
        const line = `  ${describeAction(action)}\n`;
        if (migration.status === 'migrated') io.stdout(line);
        else io.stderr(line);
      }
    }
  } finally {
    await services.dispose();
  }
  return failures > 0 ? 1 : 0;
}

type Migrated = Extract<Migration, { after: PostDocument }>;

type FileOutcome =
  { status: 'ok'; migration: Migrated } | { status: 'failed'; reason: string; details?: string };

/** The migration of the file as it is on disk, for --dry-run (nothing is written). */
async function previewFile(file: string): Promise<FileOutcome> {
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
  try {
    return { status: 'ok', migration: migrated(parsePost(decoded.text)) };
  } catch (error) {
    if (error instanceof PostEditError) return { status: 'failed', reason: error.message };
    throw error;
  }
}

/**
 * Migrates one file through the post writer (read under its lock, validated
 * once, the refusal rule, an atomic write). A file already in today's shape
 * is not handed to the writer at all, so it is never rewritten or refused.
 */
async function migrateFile(writer: PostWriter, file: string, force: boolean): Promise<FileOutcome> {
  const preview = await previewFile(file);
  if (preview.status === 'failed' || preview.migration.status !== 'migrated') return preview;
  // The writer reads the file again under its lock: migrate what it reads.
  let done: Migrated = preview.migration;
  const written = await editFileThroughWriter(
    writer,
    file,
    (original) => {
      done = migrated(original);
      return done.after;
    },
    { force, result: 'the migrated post' },
  );
  return written.status === 'failed' ? written : { status: 'ok', migration: done };
}

/** The migration of a post whose front matter can be edited; throws PostEditError with the reason otherwise. */
function migrated(original: PostDocument): Migrated {
  const unreadable = original.diagnostics.find((d) => d.severity === 'error');
  if (unreadable)
    throw new PostEditError(`its front matter cannot be edited: ${unreadable.message}`);
  const migration = migratePost(original);
  if (migration.status === 'refused') throw new PostEditError(migration.reason);
  return migration;
}
