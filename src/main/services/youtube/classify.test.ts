import { describe, expect, it } from 'vitest';
import { errorPayloads, playlistNotFoundPayload } from '../../../../test/youtube/fake-youtube';
import { lookupFailureCodes, failureMessage } from '../../../shared/youtube/failures';
import {
  classifyApiError,
  classifyFetchFailure,
  classifyOembedStatus,
  LookupError,
  parseJsonBody,
} from './classify';

describe('classifyApiError, on the payloads of the reference', () => {
  it.each([
    ['API key not valid (current: badRequest + API_KEY_INVALID)', 'key-invalid', 'key-invalid'],
    ['API key not valid (older: keyInvalid)', 'key-invalid-old', 'key-invalid'],
    ['quotaExceeded', 'quota', 'quota'],
    ['accessNotConfigured', 'api-not-enabled', 'api-not-enabled'],
  ] as const)('%s', (_name, payload, code) => {
    const { status, body } = errorPayloads[payload];
    expect(classifyApiError(status, body)).toBe(code);
  });

  it('reads playlistNotFound, and a bare 404 as what the call looked for', () => {
    const { status, body } = playlistNotFoundPayload;
    expect(classifyApiError(status, body)).toBe('playlist-not-found');
    expect(classifyApiError(404, null, 'playlist-not-found')).toBe('playlist-not-found');
    expect(classifyApiError(404, null)).toBe('video-not-found');
  });

  it('reads details[].reason when errors[] says nothing useful', () => {
    const body = {
      error: {
        code: 403,
        errors: [{ reason: 'forbidden' }],
        details: [{ reason: 'SERVICE_DISABLED' }],
      },
    };
    expect(classifyApiError(403, body)).toBe('api-not-enabled');
  });

  it('falls back on the status for answers without reasons', () => {
    expect(classifyApiError(500, null)).toBe('server-error');
    expect(classifyApiError(503, { error: { code: 503 } })).toBe('server-error');
    expect(classifyApiError(429, null)).toBe('quota');
    expect(classifyApiError(401, null)).toBe('key-invalid');
    expect(classifyApiError(418, null)).toBe('malformed');
  });
});

describe('classifyOembedStatus', () => {
  it('reads 401 as embedding disabled or private, 404 and 400 as no such video', () => {
    expect(classifyOembedStatus(401)).toBe('embedding-disabled');
    expect(classifyOembedStatus(403)).toBe('embedding-disabled');
    expect(classifyOembedStatus(404)).toBe('video-not-found');
    expect(classifyOembedStatus(400)).toBe('video-not-found');
    expect(classifyOembedStatus(502)).toBe('server-error');
  });
});

describe('parseJsonBody', () => {
  it('refuses `200 Forbidden` as text, and broken JSON, as malformed', () => {
    const malformed = (contentType: string | null, text: string) => {
      try {
        parseJsonBody(contentType, text);
      } catch (error) {
        return error instanceof LookupError ? error.code : 'not a LookupError';
      }
      return 'parsed';
    };
    expect(malformed('text/plain', 'Forbidden')).toBe('malformed');
    expect(malformed('text/html; charset=utf-8', '<html></html>')).toBe('malformed');
    expect(malformed('application/json', '{"items": [')).toBe('malformed');
    expect(malformed(null, 'Forbidden')).toBe('malformed');
    expect(parseJsonBody('application/json; charset=UTF-8', '{"a":1}')).toEqual({ a: 1 });
  });
});

describe('classifyFetchFailure', () => {
  const networkError = (code: string) =>
    Object.assign(new TypeError('fetch failed'), {
      cause: Object.assign(new Error(code), { code }),
    });

  it('tells cancel, timeout and offline apart', () => {
    const cancel = new AbortController();
    cancel.abort();
    expect(classifyFetchFailure(new DOMException('x', 'AbortError'), cancel.signal)).toBe(
      'cancelled',
    );
    expect(classifyFetchFailure(new DOMException('x', 'TimeoutError'))).toBe('timeout');
    expect(
      classifyFetchFailure(new DOMException('x', 'AbortError'), new AbortController().signal),
    ).toBe('timeout');
    expect(classifyFetchFailure(networkError('UND_ERR_HEADERS_TIMEOUT'))).toBe('timeout');
    for (const code of ['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ECONNRESET'])
      expect(classifyFetchFailure(networkError(code))).toBe('offline');
  });
});

describe('the failure messages', () => {
  it('gives every code one plain message, naming the video where it matters', () => {
    for (const code of lookupFailureCodes) {
      const message = failureMessage(code, 'BWL4889RKhU');
      expect(message).toMatch(/^[A-Z].*[.)]$/);
      expect(message).not.toMatch(/undefined|\{|\}/);
    }
    expect(failureMessage('video-not-found', 'BWL4889RKhU')).toContain('BWL4889RKhU');
    expect(failureMessage('playlist-not-found', 'PLabc')).toContain('PLabc');
  });
});
