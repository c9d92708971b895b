import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { relative } from 'node:path';
import { checkFiles } from '../services/batch-check';
import { CheckWorkers, defaultWorkerCount } from '../services/check-workers';
import { collectSiteFiles } from './collect';
import { countSeverities, type FileReport } from '../services/diagnostic-report';
import { formatText } from './format-text';
import { UsageError, type CommandIO } from './io';

export const checkUsage = `Usage: recap-studio check [PATH...] [--format text|json] [--strict] [--skip-markdownlint]

Checks posts the way the site's CI does. PATH is a site root, a content
folder or files (default: the current folder). --skip-markdownlint leaves out
the site's markdownlint rules, by far the slowest part.

Exit status: 0 no errors (with --strict: no warnings either), 1 problems
found, 2 could not run.`;

export async function checkCommand(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      strict: { type: 'boolean', default: false },
      'skip-markdownlint': { type: 'boolean', default: false },
    },
  });
  if (values.format !== 'text' && values.format !== 'json') {
    throw new UsageError(`--format must be text or json, not "${values.format}".`);
  }
  const paths = positionals.length > 0 ? positionals : ['.'];
  const markdownlint = !values['skip-markdownlint'];
  // Started now, the workers load while this thread opens the site and walks
  // its folders; files named one by one are too few to need them.
  const options = { markdownlint };
  const workers = new CheckWorkers(paths.some(isFolder) ? defaultWorkerCount(options) : 0, {
    options,
  });
  const reports: FileReport[] = [];
  try {
    for (const { site, files, bundles } of await collectSiteFiles(paths)) {
      const bundleFilesOf = (file: string): Set<string> | null => bundles.get(file) ?? null;
      for (const report of await checkFiles(site, files, bundleFilesOf, { ...options, workers })) {
        reports.push({ ...report, file: relative(io.cwd, report.file) || report.file });
      }
    }
  } finally {
    await workers.close();
  }
  io.stdout(
    values.format === 'json' ? JSON.stringify(reports, null, 2) + '\n' : formatText(reports),
  );
  const totals = countSeverities(reports);
  return totals.error > 0 || (values.strict && totals.warning > 0) ? 1 : 0;
}

function isFolder(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
}
