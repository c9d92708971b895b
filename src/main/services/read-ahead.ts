import { readFile } from 'node:fs/promises';

/**
 * Yields each file's bytes in order while keeping `depth` reads in flight:
 * checking is fast enough that waiting for one file at a time left the CPU
 * idle most of the time. A read error is yielded, not thrown, so one
 * unreadable file does not stop the rest.
 */
export async function* readAhead(
  files: readonly string[],
  depth = 16,
): AsyncGenerator<{ file: string; bytes: Uint8Array | Error }> {
  const pending: Promise<Uint8Array | Error>[] = [];
  const start = (index: number): void => {
    const file = files[index];
    if (file !== undefined) pending.push(readFile(file).catch((error: Error) => error));
  };
  for (let i = 0; i < Math.min(depth, files.length); i += 1) start(i);
  for (let i = 0; i < files.length; i += 1) {
    const bytes = await (pending.shift() as Promise<Uint8Array | Error>);
    start(i + depth);
    yield { file: files[i] as string, bytes };
  }
}
