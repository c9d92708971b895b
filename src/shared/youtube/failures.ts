/**
 * Every way a YouTube lookup can fail, as a closed set the UI and the CLI act
 * on, each with one plain message. Classified once, where the answer is read
 * (`src/main/services/youtube/classify.ts`).
 */
export const lookupFailureCodes = [
  'invalid-input',
  'offline',
  'timeout',
  'cancelled',
  'key-required',
  'key-invalid',
  'quota',
  'api-not-enabled',
  'video-not-found',
  'video-private',
  'video-deleted',
  'embedding-disabled',
  'playlist-not-found',
  'malformed',
  'server-error',
] as const;

export type LookupFailureCode = (typeof lookupFailureCodes)[number];

export interface LookupFailure {
  code: LookupFailureCode;
  message: string;
}

/**
 * Failures that concern the connection or the key rather than one video:
 * when every input fails with one of these, nothing could be looked up.
 */
export const wholeLookupFailures: ReadonlySet<LookupFailureCode> = new Set([
  'offline',
  'timeout',
  'cancelled',
  'key-invalid',
  'quota',
  'api-not-enabled',
  'malformed',
  'server-error',
]);

const messages: Record<LookupFailureCode, (subject: string) => string> = {
  'invalid-input': (subject) => `${subject} is neither a YouTube video nor a playlist.`,
  offline: () =>
    'YouTube could not be reached: check the internet connection (or the proxy in YOUTUBE_API_BASE_URL / YOUTUBE_OEMBED_URL).',
  timeout: () => 'YouTube did not answer in time. Try again in a moment.',
  cancelled: () => 'The lookup was cancelled.',
  'key-required': () =>
    'Reading a playlist needs a YouTube API key: add one in Preferences (or set YOUTUBE_API_KEY).',
  'key-invalid': () =>
    'YouTube refused the API key as not valid. Check the key in Preferences (or YOUTUBE_API_KEY).',
  quota: () =>
    "The API key's daily YouTube quota is used up. It resets at midnight Pacific time; remove the key in Preferences to look up titles without it until then.",
  'api-not-enabled': () =>
    'The YouTube Data API is not enabled for the key\'s Google Cloud project: enable "YouTube Data API v3" in the Google Cloud console, then try again.',
  'video-not-found': (subject) =>
    `The video ${subject} was not found on YouTube: it does not exist, was deleted, or is private.`,
  'video-private': (subject) => `The video ${subject} is private.`,
  'video-deleted': (subject) => `The video ${subject} was deleted from YouTube.`,
  'embedding-disabled': (subject) =>
    `The video ${subject} cannot be embedded: its owner turned embedding off, or it is private.`,
  'playlist-not-found': (subject) =>
    `The playlist ${subject} was not found on YouTube: it does not exist or is private.`,
  malformed: () =>
    'YouTube answered with something other than the data expected (not JSON, or not in its usual shape). Try again later.',
  'server-error': () => 'YouTube had a problem answering. Try again later.',
};

/** The one message of `code`, naming `subject` (a video or playlist ID, or the input) where it matters. */
export function failureMessage(code: LookupFailureCode, subject = 'this'): string {
  return messages[code](subject);
}

export function lookupFailure(code: LookupFailureCode, subject?: string): LookupFailure {
  return { code, message: failureMessage(code, subject) };
}
