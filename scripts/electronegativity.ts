/**
 * Electronegativity (Doyensec's Electron security scanner) over `src/`, as
 * part of `npm run lint`. The scanner exits 0 whatever it finds, so this
 * reads its findings: each must be listed, with the reason it does not
 * apply, in `electronegativity-accepted.json`; any other finding fails.
 *
 * The scanner's command line does not start with the commander version npm
 * installs beside it, so its runner is called directly; and its runner
 * fetches translations from the network on every run, so its bundled
 * English strings are loaded instead (a lint stays offline).
 *
 * Run alone: `node --import tsx scripts/electronegativity.ts [FOLDER]`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const scannerDir = dirname(require.resolve('@doyensec/electronegativity/package.json'));

export interface Finding {
  id: string;
  /** Relative to the scanned folder, with `/`. */
  file: string;
  line: number;
  /** The source line the finding points at, trimmed: what an accepted entry names. */
  code: string;
  severity: string;
  description: string;
}

export interface AcceptedFinding {
  id: string;
  file: string;
  code: string;
  reason: string;
}

export interface AcceptedList {
  /** Checks not run at all, with why (e.g. one that needs the network). */
  skippedChecks: { check: string; reason: string }[];
  accepted: AcceptedFinding[];
}

export const acceptedFile = join(root, 'electronegativity-accepted.json');

export function readAccepted(path = acceptedFile): AcceptedList {
  const list = JSON.parse(readFileSync(path, 'utf8')) as AcceptedList;
  for (const entry of [...list.skippedChecks, ...list.accepted]) {
    if (typeof entry.reason !== 'string' || entry.reason.trim().length < 20) {
      throw new Error(`${relative(root, path)}: every entry needs its reason in words.`);
    }
  }
  return list;
}

interface ScannerIssue {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { name?: string; value: number };
  description: string;
}

type Runner = (
  options: Record<string, unknown>,
  forCli: boolean,
) => Promise<{ issues: ScannerIssue[]; errors: { file: string; message: string }[] }>;

/** The scanner's i18n set up from its own files, without its network fetch. */
function offlineTranslations(): void {
  const i18n = require('i18n') as {
    configure(options: Record<string, unknown>): void;
    setLocale(locale: string): void;
  };
  const localesDir = join(scannerDir, 'dist', 'locales');
  const setUp = (): Promise<void> => {
    i18n.configure({
      locales: ['en-US'],
      defaultLocale: 'en-US',
      directory: localesDir,
      updateFiles: false,
      objectNotation: true,
      register: global,
    });
    i18n.setLocale('en-US');
    return Promise.resolve();
  };
  const modulePath = require.resolve(join(localesDir, 'i18n.js'));
  require.cache[modulePath] = {
    id: modulePath,
    filename: modulePath,
    loaded: true,
    exports: setUp,
  } as unknown as NodeJS.Module;
}

/** Runs the scanner over `folder`, assuming the Electron version package.json asks for. */
export async function scan(folder: string, skippedChecks: readonly string[]): Promise<Finding[]> {
  offlineTranslations();
  const run = require(join(scannerDir, 'dist', 'runner.js')) as Runner;
  const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    devDependencies?: Record<string, string>;
  };
  const electron = /\d+\.\d+\.\d+/.exec(packageJson.devDependencies?.['electron'] ?? '')?.[0];
  const result = await run(
    {
      input: resolve(folder),
      isRelative: true,
      customScan: [],
      excludeFromScan: skippedChecks.map((check) => check.toLowerCase()),
      isVerbose: false,
      parserPlugins: [],
      electronVersionOverride: electron,
    },
    false,
  );
  if (result.errors.length > 0) {
    throw new Error(
      `Electronegativity could not read: ${result.errors.map((error) => `${error.file}: ${error.message}`).join('; ')}`,
    );
  }
  return result.issues.map((issue) => {
    const file = issue.file.split('\\').join('/');
    // Checks of the whole app (a missing CSP) name no file: `N/A`.
    const source = existsSync(join(folder, file)) ? readFileSync(join(folder, file), 'utf8') : '';
    const lines = source.split('\n');
    return {
      id: issue.id,
      file,
      line: issue.location.line,
      code: (lines[issue.location.line - 1] ?? '').trim(),
      severity: issue.severity.name ?? String(issue.severity.value),
      description: issue.description,
    };
  });
}

/** Findings no accepted entry names (same check, file and source line). */
export function unexplained(findings: readonly Finding[], list: AcceptedList): Finding[] {
  return findings.filter(
    (finding) =>
      !list.accepted.some(
        (entry) =>
          entry.id === finding.id && entry.file === finding.file && entry.code === finding.code,
      ),
  );
}

/** Accepted entries that match no finding any more: the list must not outlive its reasons. */
export function stale(findings: readonly Finding[], list: AcceptedList): AcceptedFinding[] {
  return list.accepted.filter(
    (entry) =>
      !findings.some(
        (finding) =>
          entry.id === finding.id && entry.file === finding.file && entry.code === finding.code,
      ),
  );
}

async function main(folder: string): Promise<number> {
  const list = readAccepted();
  const findings = await scan(
    folder,
    list.skippedChecks.map((entry) => entry.check),
  );
  const fresh = unexplained(findings, list);
  const old = stale(findings, list);
  for (const finding of fresh) {
    console.error(
      `electronegativity: ${finding.id} (${finding.severity}) at ${relative(root, join(folder, finding.file))}:${finding.line}: ${finding.description}\n    ${finding.code}`,
    );
  }
  for (const entry of old) {
    console.error(
      `electronegativity: ${relative(root, acceptedFile)} lists ${entry.id} in ${entry.file} (${entry.code}), which is no longer found: remove the entry.`,
    );
  }
  if (fresh.length > 0) {
    console.error(
      `electronegativity: ${fresh.length} finding(s) neither fixed nor listed with a reason in ${relative(root, acceptedFile)}.`,
    );
  }
  if (fresh.length > 0 || old.length > 0) return 1;
  console.log(
    `electronegativity: ${findings.length} finding(s) in ${relative(root, folder) || '.'}, each listed with its reason.`,
  );
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(resolve(root, process.argv[2] ?? 'src'));
}
