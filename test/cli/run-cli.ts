import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../../src/main/cli';

export const corpusSite = resolve(import.meta.dirname, '..', 'fixtures', 'linkerd.io');

export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process, as `recap-studio ARGS` run from `cwd`. */
export async function runCli(
  args: string[],
  cwd = process.cwd(),
  env?: NodeJS.ProcessEnv,
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const status = await main(args, {
    cwd,
    ...(env ? { env } : {}),
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { status, stdout, stderr };
}

/** An empty temporary folder; remove it with the returned function. */
export async function temporaryFolder(): Promise<{ root: string; remove: () => Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), 'recap-studio-'));
  return { root, remove: () => rm(root, { recursive: true, force: true }) };
}

/** A writable copy of a fixture folder; remove it with the returned function. */
export async function temporaryCopy(
  source: string,
): Promise<{ root: string; remove: () => Promise<void> }> {
  const parent = await mkdtemp(join(tmpdir(), 'recap-studio-'));
  const root = join(parent, 'site');
  await cp(source, root, { recursive: true });
  return { root, remove: () => rm(parent, { recursive: true, force: true }) };
}
