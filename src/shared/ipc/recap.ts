import { z } from 'zod';
import { postContentSchema } from './data';

const requestId = z.string().min(1).max(100);

/** "New recap…": the event, its day, its author, and the talks, one URL, ID or playlist a line. */
export const recapCreateArgsSchema = z
  .object({
    title: z.string().trim().min(1).max(300),
    /** `YYYY-MM-DD`; today when absent. */
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'The date is written YYYY-MM-DD.')
      .optional(),
    /** An author key; absent: the default from Preferences; null: none. */
    author: z.string().trim().max(100).nullable().optional(),
    inputs: z.array(z.string().max(2000)).min(1).max(1000),
    /** Make the recap of the talks found when some inputs fail. */
    skipFailed: z.boolean().optional(),
    /** Names the lookup for `recap.cancel` and its `recap.progress` events. */
    requestId: requestId.optional(),
  })
  .strict();

export const recapInputFailureSchema = z.object({ input: z.string(), message: z.string() });

export const recapCreateResultSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('created'),
    post: postContentSchema,
    /** Talks whose fields a later lookup must fill: the ID, its title when known, the fields. */
    flagged: z.array(
      z.object({ id: z.string(), title: z.string().nullable(), missing: z.array(z.string()) }),
    ),
    /** Inputs left out (with `skipFailed`). */
    failures: z.array(recapInputFailureSchema),
    /** Why YouTube could not be asked, when talks were made from their IDs alone. */
    offline: z.string().nullable(),
  }),
  /** Nothing was made: these inputs named no usable video. */
  z.object({
    status: z.literal('failed'),
    failures: z.array(recapInputFailureSchema),
    offline: z.string().nullable(),
  }),
  z.object({ status: z.literal('cancelled') }),
]);

export const recapCancelArgsSchema = z.object({ requestId }).strict();

/** Videos looked up so far of all known, for the dialog's progress bar. */
export const recapProgressSchema = z.object({
  requestId,
  done: z.number().int().min(0),
  total: z.number().int().min(0),
});

export type RecapCreateResult = z.infer<typeof recapCreateResultSchema>;
export type RecapProgress = z.infer<typeof recapProgressSchema>;
