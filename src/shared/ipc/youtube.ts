import { z } from 'zod';
import { conventionChoices } from '../youtube/site-settings';
import { lookupFailureCodes } from '../youtube/failures';

/** Whether a key is set and where it lives: never the key itself. */
export const keyStatusSchema = z.object({
  keySet: z.boolean(),
  /** `environment`: YOUTUBE_API_KEY (CLI, web mode); `preferences`: stored by the app. */
  source: z.enum(['preferences', 'environment']).nullable(),
  /** Whether Preferences can store a key here; if not, why not. */
  canStore: z.boolean(),
  cannotStoreReason: z.string().nullable(),
});

export const keyCheckSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), message: z.string() }),
  z.object({ ok: z.literal(false), code: z.enum(lookupFailureCodes), message: z.string() }),
]);

export const videoEntrySchema = z.object({
  title: z.string(),
  description: z.string().optional(),
  embedUrl: z.string(),
  thumbnailUrl: z.string(),
  uploadDate: z.string().optional(),
  duration: z.string().optional(),
});

export const lookupOutcomeSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('found'),
    /** The text the user gave; a playlist's videos all carry the playlist's input. */
    input: z.string(),
    id: z.string(),
    entry: videoEntrySchema,
    fullDescription: z.string().nullable(),
    missing: z.array(z.enum(['description', 'uploadDate', 'duration'])),
    hint: z.string().nullable(),
  }),
  z.object({
    status: z.literal('failed'),
    input: z.string(),
    id: z.string().nullable(),
    code: z.enum(lookupFailureCodes),
    message: z.string(),
  }),
]);

export const lookupResultSchema = z.object({
  outcomes: z.array(lookupOutcomeSchema),
  /** Whether the Data API was used; without a key, oEmbed fills less. */
  usedKey: z.boolean(),
  convention: z.enum(['site', 'google']),
});

const requestId = z.string().min(1).max(100);

/** Many inputs at once, each a URL, an ID or a playlist. */
export const lookupArgsSchema = z
  .object({
    inputs: z.array(z.string().max(2000)).min(1).max(1000),
    /** Names the lookup for `youtube.cancel`. */
    requestId: requestId.optional(),
  })
  .strict();

export const refreshArgsSchema = z
  .object({
    entries: z
      .array(
        z
          .object({
            id: z.string().regex(/^[0-9A-Za-z_-]{11}$/),
            title: z.string().max(2000).optional(),
            duration: z.string().max(100).optional(),
          })
          .strict(),
      )
      .min(1)
      .max(1000),
    requestId: requestId.optional(),
  })
  .strict();

export const refreshedFieldSchema = z.enum(['title', 'duration']);

export const refreshReportSchema = z.object({
  videos: z.array(
    z.discriminatedUnion('status', [
      z.object({ status: z.literal('unchanged'), id: z.string() }),
      z.object({
        status: z.literal('changed'),
        id: z.string(),
        changes: z.array(
          z.object({ field: refreshedFieldSchema, before: z.string(), after: z.string() }),
        ),
      }),
      /** Gone private, deleted, or failed to check: the code says which. */
      z.object({
        status: z.literal('failed'),
        id: z.string(),
        code: z.enum(lookupFailureCodes),
        message: z.string(),
      }),
    ]),
  ),
});

/**
 * A named lookup's progress (`youtube.lookup` with a `requestId`): how many
 * of its lines (a playlist's videos each count) are settled, and the lines
 * settled since the last report, each found (with its title) or failed
 * (with its message). Sent after each step: the cache, a batch, a video.
 */
export const lookupProgressSchema = z.object({
  requestId,
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  settled: z.array(
    z.object({
      input: z.string(),
      id: z.string().nullable(),
      status: z.enum(['found', 'failed']),
      /** Found: the video's title; failed: what went wrong, in words. */
      text: z.string(),
    }),
  ),
});

export const cancelArgsSchema = z.object({ requestId }).strict();

export const preferencesSchema = z.object({
  /** Null when no folder is open. */
  site: z
    .object({
      root: z.string(),
      videoConvention: z.enum(conventionChoices),
      /** What the choice comes to for this site today. */
      effective: z.enum(['site', 'google']),
      /** The site's habit, for the screen to show beside Google's; null when it has no entries. */
      siteConvention: z
        .object({
          embedUrl: z.string(),
          thumbnailUrl: z.string(),
          uploadDate: z.enum(['date', 'date-time']),
        })
        .nullable(),
      /** Null when `.recap-studio.yaml` reads fine; otherwise what is wrong with it. */
      settingsProblem: z.string().nullable(),
    })
    .nullable(),
  defaultAuthor: z.string().nullable(),
});

export const setConventionArgsSchema = z
  .object({ videoConvention: z.enum(conventionChoices) })
  .strict();

export const setDefaultAuthorArgsSchema = z
  .object({ author: z.string().trim().max(100).nullable() })
  .strict();

/** A YouTube API key is 39 characters today; allow some room, but no spaces or controls. */
export const setKeyArgsSchema = z
  .object({
    key: z
      .string()
      .trim()
      .min(20, 'A YouTube API key is longer than that.')
      .max(200)
      .regex(/^[\x21-\x7e]+$/, 'A YouTube API key has no spaces or special characters.'),
  })
  .strict();

export type KeyStatus = z.infer<typeof keyStatusSchema>;
export type KeyCheck = z.infer<typeof keyCheckSchema>;
export type LookupOutcome = z.infer<typeof lookupOutcomeSchema>;
export type LookupResult = z.infer<typeof lookupResultSchema>;
export type LookupProgressEvent = z.infer<typeof lookupProgressSchema>;
export type RefreshReport = z.infer<typeof refreshReportSchema>;
export type Preferences = z.infer<typeof preferencesSchema>;
