import { z } from 'zod';

/**
 * Every way a call can fail, as a closed set the UI can act on. Errors cross
 * the process boundary as data because Electron keeps only the message of a
 * thrown error.
 */
export const errorCodes = [
  'invalid', // arguments did not match the channel's schema
  'no-folder', // nothing is open
  'not-found', // the file or folder does not exist
  'outside-workspace', // a path escapes the open folder
  'modified-since', // the file changed on disk since the version the caller read
  'deleted-on-disk', // the file was deleted while open; it is not silently recreated
  'exists', // refusing to overwrite
  'read-only', // this file cannot be edited this way (e.g. TOML front matter in a form)
  'unsupported', // not possible in this mode (e.g. trash in web mode)
  'unauthorized', // web mode: missing or wrong token, foreign origin
  'io', // the file system refused
  'internal', // a bug: the message says what happened
] as const;

export type ErrorCode = (typeof errorCodes)[number];

export const errorSchema = z.object({ code: z.enum(errorCodes), message: z.string() });
export type CallError = z.infer<typeof errorSchema>;

export type Result<T> = { ok: true; data: T } | { ok: false; error: CallError };

export function resultSchema<T extends z.ZodType>(data: T) {
  return z.union([
    z.object({ ok: z.literal(true), data }),
    z.object({ ok: z.literal(false), error: errorSchema }),
  ]);
}

/** Thrown by services; the IPC layer turns it into `{ok: false, error}`. */
export class ServiceError extends Error {
  override name = 'ServiceError';
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}
