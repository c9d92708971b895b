import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { decodePostBytes, PostEditError } from '../../shared/post';
import { parsePostChecked } from '../../shared/post/checked-reader';
import type { FrontMatterValue, PostDocument } from '../../shared/post/types';
import { hasErrors } from '../../shared/validate';
import { writeFileAtomic } from '../services/atomic-write';
import { validateAt } from '../services/post-check';
import { openSite } from '../services/site';
import { reportFile } from '../services/diagnostic-report';
import { formatText } from './format-text';
import { UsageError, type CommandIO } from './io';

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

  let failures = 0;
  for (const path of positionals) {
    const outcome = await editFile(resolve(io.cwd, path), edits, Boolean(values.force));
    const shown = relative(io.cwd, resolve(io.cwd, path)) || path;
    if (outcome.status === 'failed') {
      failures += 1;
      io.stderr(`${shown}: left untouched: ${outcome.reason}\n`);
      if (outcome.details) io.stderr(outcome.details.replace(/^/gm, '  '));
    } else {
      io.stdout(`${shown}: ${outcome.status}\n`);
    }
  }
  return failures > 0 ? 1 : 0;
}

type EditOutcome =
  { status: 'updated' | 'unchanged' } | { status: 'failed'; reason: string; details?: string };

async function editFile(
  file: string,
  edits: readonly FieldEdit[],
  force: boolean,
): Promise<EditOutcome> {
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
  const original = parsePostChecked(decoded.text);
  const unreadable = original.diagnostics.find((d) => d.severity === 'error');
  if (unreadable)
    return { status: 'failed', reason: `its front matter cannot be edited: ${unreadable.message}` };
  if (original.readOnlyReason) return { status: 'failed', reason: original.readOnlyReason };

  let edited: PostDocument = original;
  try {
    for (const edit of edits) {
      if (edit.kind === 'set') edited = edited.set(edit.key, edit.value);
      else if (edited.get(edit.key) !== undefined) edited = edited.delete(edit.key);
    }
  } catch (error) {
    if (error instanceof PostEditError) return { status: 'failed', reason: error.message };
    throw error;
  }
  if (edited.text === original.text) return { status: 'unchanged' };

  const site = await openSite(file);
  const diagnostics = await validateAt(site, file, edited);
  if (hasErrors(diagnostics) && !force) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    const report = reportFile('after the edit', edited.text, errors);
    return {
      status: 'failed',
      reason: 'the result would have errors (use --force to write it anyway):',
      details: formatText([report]).split('\n').slice(0, -2).join('\n') + '\n',
    };
  }
  await writeFileAtomic(file, new TextEncoder().encode(edited.text));
  return { status: 'updated' };
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
