/** Where a command writes, so tests can run commands in-process. */
export interface CommandIO {
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  /** The environment (YOUTUBE_API_KEY…); the process's unless a test gives one. */
  env?: NodeJS.ProcessEnv;
  /** How `lookup` calls YouTube; the global fetch unless a test gives one. */
  fetch?: typeof globalThis.fetch;
}

/** A mistake in the command line: exit status 2, with the usage. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const processIO: CommandIO = {
  cwd: process.cwd(),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};
