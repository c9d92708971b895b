import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ServiceError } from '../../shared/ipc/result';
import { reportFile } from '../services/diagnostic-report';
import { exportPost } from '../services/export/export-post';
import { ExportRefusal } from '../services/export/export-plan';
import { openSite, SiteError } from '../services/site';
import { formatText, plural } from './format-text';
import { UsageError, type CommandIO } from './io';

export const exportUsage = `Usage: recap-studio export FILE --out DIR [--migrate] [--format] [--clear-draft]
                           [--strict] [--single-file] [--force]

Writes the finished post into DIR as a page bundle, DIR/NAME/index.md, with
every file of its folder that it uses (images, links, the cover and
thumbnail); NAME is the bundle's folder name, or the post's slug. Without
options the exported index.md is the post byte for byte.

The result is checked like the site's CI checks it: errors, or a file the
post names that its folder does not have, stop the export; warnings are
listed and the export goes on, unless --strict.

  --out DIR       where the export goes (made when missing)
  --migrate       move the older front matter shape to today's (see migrate)
  --format        format the Markdown body with Prettier and the site's
                  .prettierrc; front matter and shortcodes stay as written
  --clear-draft   drop "draft: true"
  --strict        warnings stop the export too
  --single-file   write DIR/NAME.md alone (refused for a post that uses files
                  of its folder)
  --force         replace an export that is already there

Nothing is written when the export stops, and what is written is written
atomically: a failure leaves DIR as it was.

Exit status: 0 exported, 1 not exported (the reasons are printed), 2 could
not run.`;

export async function exportCommand(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      migrate: { type: 'boolean', default: false },
      format: { type: 'boolean', default: false },
      'clear-draft': { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      'single-file': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
    },
  });
  if (positionals.length !== 1)
    throw new UsageError(
      positionals.length === 0 ? 'Give the FILE to export.' : 'Give one FILE to export at a time.',
    );
  if (values.out === undefined || values.out === '')
    throw new UsageError('Give the folder to export into with --out DIR.');
  const [path] = positionals as [string];
  const file = resolve(io.cwd, path);
  const shown = relative(io.cwd, file) || path;
  const singleFile = Boolean(values['single-file']);

  let site;
  try {
    site = await openSite(file);
  } catch (error) {
    if (error instanceof SiteError && error.code === 'not-found') {
      io.stderr(`${shown}: not exported: there is no such file.\n`);
      return 1;
    }
    throw error;
  }
  let outcome;
  try {
    outcome = await exportPost({
      source: { site, file },
      options: {
        migrate: Boolean(values.migrate),
        format: Boolean(values.format),
        clearDraft: Boolean(values['clear-draft']),
        singleFile,
      },
      destination: { out: resolve(io.cwd, values.out), singleFile, force: Boolean(values.force) },
      warnings: values.strict ? 'refuse' : 'acknowledged',
    });
  } catch (error) {
    if (error instanceof ServiceError || error instanceof ExportRefusal) {
      io.stderr(`${shown}: not exported: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  const { plan } = outcome;
  if (plan.warnings.length > 0) {
    const listed = formatText([reportFile(`${shown} (as exported)`, plan.text, plan.warnings)]);
    io.stderr(listed.split('\n').slice(0, -2).join('\n') + '\n');
  }
  if (outcome.status === 'refused') {
    io.stderr(`${shown}: not exported:\n`);
    for (const problem of plan.problems) io.stderr(`  ${problem}\n`);
    return 1;
  }
  if (outcome.status === 'unacknowledged') {
    io.stderr(
      `${shown}: not exported: with --strict, its ${plural(plan.warnings.length, 'warning')} stop the export.\n`,
    );
    return 1;
  }
  const { written } = outcome;
  const target = relative(io.cwd, written.postFile) || written.postFile;
  const files = written.assets.length > 0 ? ` with ${written.assets.join(', ')}` : '';
  io.stdout(`${shown}: exported to ${target}${files}\n`);
  return 0;
}
