import { z } from 'zod';

/** A path inside the open folder, with `/` separators. Main re-checks every one. */
export const relativePath = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => !p.includes('\0'), 'A path cannot contain NUL bytes.');

export const diagnosticSchema = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  rule: z.string(),
  message: z.string(),
  from: z.number().int().nonnegative(),
  to: z.number().int().nonnegative(),
});

/** A content hash of the file as read; saves carry it to detect changes on disk. */
export const versionSchema = z.string().min(1).max(128);

export const workspaceInfoSchema = z.object({
  root: z.string(),
  name: z.string(),
  kind: z.enum(['hugo', 'plain']),
  contentDir: z.string(),
  sections: z.array(z.string()),
  authors: z.array(z.string()).nullable(),
  /** Names and avatars from `data/authors.yaml`, for the form's author picker. */
  authorProfiles: z
    .array(
      z.object({
        key: z.string(),
        name: z.string().nullable(),
        /** As `data/authors.yaml` writes it: `authors/alex-leong.jpg`, or a URL. */
        avatar: z.string().nullable(),
        /**
         * The avatar's image in the open folder (`assets/authors/alex-leong.jpg`),
         * for the asset route; null or absent when the site has no such file
         * (a URL is never loaded: the app makes no third-party requests).
         */
        avatarFile: relativePath.nullable().optional(),
      }),
    )
    .optional(),
  /** The site's `permalinks` configuration, for the URL a post will have. */
  permalinks: z.record(z.string(), z.unknown()).optional(),
  /** The site's `baseURL`, for the absolute address (a VideoObject's contentUrl) a post will have. */
  baseURL: z.string().optional(),
  /** With the template's text when the preview can compute what it prints. */
  shortcodes: z.array(
    z.object({
      name: z.string(),
      usesInner: z.boolean(),
      /** Named parameters the template reads (`.Get "start"`). */
      parameters: z.array(z.string()).optional(),
      template: z.string().optional(),
    }),
  ),
  /** What this mode cannot do, so the UI can say so before the user tries. */
  capabilities: z.object({ trash: z.boolean() }),
  /** The site's `markup` settings as configured, for a preview rendered like Hugo renders. */
  markup: z.record(z.string(), z.unknown()).optional(),
  /** The site's `params`, for the preview's `param` shortcode. */
  params: z.record(z.string(), z.unknown()).optional(),
  /** The site's pages and base URL, for the preview's `ref` and `relref`. */
  refs: z
    .object({
      pages: z.array(z.object({ path: z.string(), url: z.string() })),
      baseURL: z.string(),
    })
    .optional(),
});

/**
 * Why a post matched a search: an extract of the title, the description and
 * keywords, or the body, with the matched words marked as `[start, end)`
 * offsets into `text`.
 */
export const postMatchSchema = z.object({
  field: z.enum(['title', 'about', 'body']),
  text: z.string(),
  marks: z.array(z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])),
});

export const postSummarySchema = z.object({
  path: relativePath,
  title: z.string(),
  date: z.string().nullable(),
  author: z.string().nullable(),
  draft: z.boolean(),
  errors: z.number().int().nonnegative(),
  warnings: z.number().int().nonnegative(),
  hasVideos: z.boolean(),
  bundle: z.boolean(),
  /** In the list of a search, why the post matched (the list adds it from `SearchHits`). */
  match: postMatchSchema.optional(),
});

/**
 * The posts a search found, best first, by path: the list already holds
 * their summaries, and sending 10,000 of them again for a word in every post
 * took longer than the search. `matches[rank]` is why `paths[rank]` matched;
 * only the first results, those shown first, have one.
 */
export const searchHitsSchema = z.object({
  paths: z.array(relativePath),
  matches: z.array(postMatchSchema.nullable()),
});

export const postContentSchema = z.object({
  path: relativePath,
  text: z.string(),
  version: versionSchema,
  diagnostics: z.array(diagnosticSchema),
  /** Null when form edits are possible; otherwise why not. */
  readOnlyReason: z.string().nullable(),
});

export const saveOutcomeSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('saved'),
    version: versionSchema,
    diagnostics: z.array(diagnosticSchema),
  }),
  /** Errors block the write; the text stays in the editor and in the backup. */
  z.object({ status: z.literal('refused'), diagnostics: z.array(diagnosticSchema) }),
]);

export const assetSchema = z.object({
  name: z.string(),
  size: z.number().int().nonnegative(),
  isImage: z.boolean(),
});

export const backupSchema = z.object({ path: relativePath, savedAt: z.string(), text: z.string() });

export const fileChangeSchema = z.object({
  kind: z.enum(['added', 'changed', 'removed']),
  path: relativePath,
});

export type Diagnostic = z.infer<typeof diagnosticSchema>;
export type WorkspaceInfo = z.infer<typeof workspaceInfoSchema>;
export type PostSummary = z.infer<typeof postSummarySchema>;
export type PostMatch = z.infer<typeof postMatchSchema>;
export type SearchHits = z.infer<typeof searchHitsSchema>;
export type PostContent = z.infer<typeof postContentSchema>;
export type SaveOutcome = z.infer<typeof saveOutcomeSchema>;
export type Asset = z.infer<typeof assetSchema>;
export type Backup = z.infer<typeof backupSchema>;
export type FileChange = z.infer<typeof fileChangeSchema>;
