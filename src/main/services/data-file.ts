import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';

/** Why a folder cannot be opened as a site: it is not there, or one of its files is broken. */
export type SiteErrorCode = 'not-found' | 'unreadable';

/** Raised when a folder cannot be opened at all; callers act on `code`, the message is for the user. */
export class SiteError extends Error {
  override name = 'SiteError';
  constructor(
    readonly code: SiteErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** A site's YAML, TOML or JSON file (config, data) as an object; a broken one is a SiteError. */
export async function readDataFile(file: string): Promise<Record<string, unknown>> {
  const text = await readFile(file, 'utf8');
  let data: unknown;
  try {
    const extension = extname(file);
    data =
      extension === '.toml'
        ? parseToml(text)
        : extension === '.json'
          ? JSON.parse(text)
          : parseYaml(text);
  } catch (error) {
    throw new SiteError(
      'unreadable',
      `The site's ${basename(file)} cannot be read: ${(error as Error).message}`,
    );
  }
  return isRecord(data) ? data : {};
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
