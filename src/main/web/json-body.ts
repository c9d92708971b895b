import type { IncomingMessage } from 'node:http';

/** Large enough for `assets.add`, which carries an image as base64 (64 MiB at most). */
export const defaultMaxBodyBytes = 100 * 2 ** 20;

// Text with invalid bytes is refused rather than saved with replacement characters.
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export type BodyOutcome =
  { kind: 'json'; value: unknown } | { kind: 'too-large' } | { kind: 'bad-json'; message: string };

/** True for `application/json` with or without parameters such as `charset=utf-8`. */
export function isJsonContentType(header: string | undefined): boolean {
  if (!header) return false;
  const mediaType = header.split(';')[0]?.trim().toLowerCase();
  return mediaType === 'application/json';
}

/**
 * Reads a request body as JSON, refusing it as soon as it passes `maxBytes`
 * (whether declared by Content-Length or found while reading), so an
 * oversize upload is never held in memory.
 */
export function readJsonBody(request: IncomingMessage, maxBytes: number): Promise<BodyOutcome> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (Number.isFinite(declared) && declared > maxBytes)
    return Promise.resolve({ kind: 'too-large' });
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    request.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > maxBytes) {
        done = true;
        chunks.length = 0;
        resolve({ kind: 'too-large' });
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      if (done) return;
      done = true;
      let text: string;
      try {
        text = strictUtf8.decode(Buffer.concat(chunks));
      } catch {
        resolve({ kind: 'bad-json', message: 'The body is not valid UTF-8.' });
        return;
      }
      if (text.trim() === '') {
        resolve({ kind: 'json', value: {} });
        return;
      }
      try {
        resolve({ kind: 'json', value: JSON.parse(text) as unknown });
      } catch (error) {
        resolve({ kind: 'bad-json', message: (error as Error).message });
      }
    });
    request.on('error', (error) => {
      if (done) return;
      done = true;
      reject(error);
    });
  });
}
