import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { PostEditError } from '../../shared/post';
import type { FrontMatterValue, PostDocument } from '../../shared/post/types';
import { appDataDir } from '../services/app-data';
import { createServices } from '../services/create-services';
import { UsageError, type CommandIO } from './io';
import { editFileThroughWriter } from './file-edit';

export const setUsage = `Usage: recap-studio set --set KEY=VALUE [--set ...] [--unset KEY] [--force] FILE...

Edits front matter fields in place, changing only their lines. KEY is a dotted
path (params.author, params.videoSchema.0.duration); VALUE is a YAML scalar or
flow value ('My title', 42, [a, b], {x: 1}). A file whose result would have
errors (unless --force), or whose front matter cannot be edited, is left
untouched and reported.

Exit status: 0 all files written or unchanged, 1 some file left untouched,
2 could not run.`;

type FieldEdit =
  { kind: 'set'; key: string; value: FrontMatterValue } | { kind: 'unset'; key: string };

export async function setCommand(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals, tokens } = parseArgs({
    args,
    allowPositionals: true,
    tokens: true,
    options: {
      set: { type: 'string', multiple: true },
      unset: { type: 'string', multiple: true },
      force: { type: 'boolean', default: false },
    },
  });
  // Edits apply in the order given on the command line.
  const edits: FieldEdit[] = tokens.flatMap((token): FieldEdit[] => {
    if (token.kind !== 'option' || token.value === undefined) return [];
    if (token.name === 'set') return [parseSetArgument(token.value)];
    if (token.name === 'unset') return [{ kind: 'unset', key: parseKey(token.value) }];
    return [];
  });
  if (edits.length === 0) throw new UsageError('Give at least one --set KEY=VALUE or --unset KEY.');
  if (positionals.length === 0) throw new UsageError('Give at least one FILE to edit.');

  // Only the writer is used: nothing is read or written in the app's data folder.
  const services = createServices({ dataDir: appDataDir(), trash: null });
  let failures = 0;
  for (const path of positionals) {
    const outcome = await editFileThroughWriter(
      services.writer,
      resolve(io.cwd, path),
      (original) => applyEdits(original, edits),
      { force: Boolean(values.force), result: 'the result' },
    );
    const shown = relative(io.cwd, resolve(io.cwd, path)) || path;
    if (outcome.status === 'failed') {
      failures += 1;
      io.stderr(`${shown}: left untouched: ${outcome.reason}\n`);
      if (outcome.details) io.stderr(outcome.details.replace(/^/gm, '  '));
    } else {
      io.stdout(`${shown}: ${outcome.status === 'written' ? 'updated' : 'unchanged'}\n`);
    }
  }
  await services.dispose();
  return failures > 0 ? 1 : 0;
}

/** The command line's edits in order; front matter that cannot be read or edited as YAML is refused. */
function applyEdits(original: PostDocument, edits: readonly FieldEdit[]): PostDocument {
  const unreadable = original.diagnostics.find((d) => d.severity === 'error');
  if (unreadable)
    throw new PostEditError(`its front matter cannot be edited: ${unreadable.message}`);
  if (original.readOnlyReason) throw new PostEditError(original.readOnlyReason);
  let edited = original;
  for (const edit of edits) {
    if (edit.kind === 'set') edited = edited.set(edit.key, edit.value);
    else if (edited.get(edit.key) !== undefined) edited = edited.delete(edit.key);
  }
  return edited;
}

function parseSetArgument(argument: string): FieldEdit {
  const equals = argument.indexOf('=');
  if (equals <= 0) throw new UsageError(`--set takes KEY=VALUE, not "${argument}".`);
  const key = parseKey(argument.slice(0, equals));
  const source = argument.slice(equals + 1);
  let value: unknown;
  try {
    // An empty VALUE means an empty string, not YAML's null.
    value =
      source.trim() === ''
        ? ''
        : parseYaml(source, { schema: 'core', uniqueKeys: true, maxAliasCount: 0 });
  } catch (error) {
    throw new UsageError(
      `The value for ${key} is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
    );
  }
  return { kind: 'set', key, value: value as FrontMatterValue };
}

function parseKey(key: string): string {
  if (!/^[^.\s]+(\.[^.\s]+)*$/.test(key))
    throw new UsageError(`"${key}" is not a dotted field path such as params.author.`);
  return key;
}
