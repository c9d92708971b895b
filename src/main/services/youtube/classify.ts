/**
 * Reads YouTube's answers and turns each failure into one code of the closed
 * set in `shared/youtube/failures.ts`. The Data API is classified on
 * `error.code`, then `error.errors[].reason`, then `error.details[].reason`,
 * as Google documents; oEmbed on its status alone.
 */
import type { LookupFailureCode } from '../../../shared/youtube/failures';

/** A failure of a whole call, with the code the caller reports. */
export class LookupError extends Error {
  override name = 'LookupError';
  constructor(
    readonly code: LookupFailureCode,
    detail: string,
  ) {
    super(detail);
  }
}

function reasons(body: unknown): { code: number | null; reasons: string[]; details: string[] } {
  const error = (body as { error?: unknown } | null)?.error;
  if (typeof error !== 'object' || error === null) return { code: null, reasons: [], details: [] };
  const { code, errors, details } = error as {
    code?: unknown;
    errors?: unknown;
    details?: unknown;
  };
  const reasonsOf = (list: unknown): string[] =>
    Array.isArray(list)
      ? list.flatMap((item) => {
          const reason = (item as { reason?: unknown } | null)?.reason;
          return typeof reason === 'string' ? [reason] : [];
        })
      : [];
  return {
    code: typeof code === 'number' ? code : null,
    reasons: reasonsOf(errors),
    details: reasonsOf(details),
  };
}

const reasonCodes: Record<string, LookupFailureCode> = {
  quotaExceeded: 'quota',
  dailyLimitExceeded: 'quota',
  rateLimitExceeded: 'quota',
  userRateLimitExceeded: 'quota',
  keyInvalid: 'key-invalid',
  keyExpired: 'key-invalid',
  API_KEY_INVALID: 'key-invalid',
  API_KEY_EXPIRED: 'key-invalid',
  accessNotConfigured: 'api-not-enabled',
  SERVICE_DISABLED: 'api-not-enabled',
  playlistNotFound: 'playlist-not-found',
  videoNotFound: 'video-not-found',
  API_KEY_SERVICE_BLOCKED: 'api-not-enabled',
  API_KEY_HTTP_REFERRER_BLOCKED: 'key-invalid',
  API_KEY_IP_ADDRESS_BLOCKED: 'key-invalid',
};

/** The code for a Data API answer that is not a success. */
export function classifyApiError(
  status: number,
  body: unknown,
  notFound: LookupFailureCode = 'video-not-found',
): LookupFailureCode {
  const found = reasons(body);
  for (const reason of [...found.reasons, ...found.details]) {
    const code = reasonCodes[reason];
    if (code) return code;
  }
  const code = found.code ?? status;
  // `badRequest` with API_KEY_INVALID is handled above; a 400 otherwise means
  // a request we built wrong, which only a key problem explains in practice.
  if (code === 400 && /api key/i.test(messageOf(body))) return 'key-invalid';
  if (code === 401) return 'key-invalid';
  if (code === 403) return /quota/i.test(messageOf(body)) ? 'quota' : 'key-invalid';
  if (code === 404) return notFound;
  if (code === 429) return 'quota';
  if (code >= 500) return 'server-error';
  return 'malformed';
}

function messageOf(body: unknown): string {
  const message = (body as { error?: { message?: unknown } } | null)?.error?.message;
  return typeof message === 'string' ? message : '';
}

/** The code for an oEmbed answer that is not a success. */
export function classifyOembedStatus(status: number): LookupFailureCode {
  if (status === 401 || status === 403) return 'embedding-disabled';
  if (status === 404 || status === 400) return 'video-not-found';
  if (status === 429) return 'quota';
  if (status >= 500) return 'server-error';
  return 'malformed';
}

const offlineCodes = new Set([
  'ENOTFOUND',
  'EAI_AGAIN',
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENETDOWN',
  'EPIPE',
  'ETIMEDOUT',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'CERT_HAS_EXPIRED',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'SELF_SIGNED_CERT_IN_CHAIN',
]);

/**
 * The code for a `fetch` that threw: cancelled by the user, timed out, or the
 * network (DNS, refused connection, proxy, TLS) in the way.
 */
export function classifyFetchFailure(error: unknown, cancel?: AbortSignal): LookupFailureCode {
  if (cancel?.aborted) return 'cancelled';
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'TimeoutError') return 'timeout';
  // The cancel signal was checked above: any other abort is the timeout's.
  if (name === 'AbortError') return 'timeout';
  let cause: unknown = error;
  for (let depth = 0; depth < 5 && cause; depth++) {
    const code = (cause as { code?: unknown }).code;
    if (code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT') return 'timeout';
    if (typeof code === 'string' && offlineCodes.has(code)) return 'offline';
    cause = (cause as { cause?: unknown }).cause;
  }
  return 'offline';
}

/** Parses a body that should be JSON; anything else (`Forbidden` as text) is malformed. */
export function parseJsonBody(contentType: string | null, text: string): unknown {
  if (contentType !== null && !/\bjson\b/i.test(contentType)) {
    throw new LookupError('malformed', `expected JSON, got ${contentType}: ${text.slice(0, 80)}`);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new LookupError('malformed', `not JSON: ${text.slice(0, 80)}`);
  }
}
