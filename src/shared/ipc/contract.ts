import { z } from 'zod';
import {
  assetSchema,
  backupSchema,
  diagnosticSchema,
  fileChangeSchema,
  postContentSchema,
  postSummarySchema,
  searchHitsSchema,
  relativePath,
  saveOutcomeSchema,
  versionSchema,
  workspaceInfoSchema,
} from './data';
import {
  chooseExportFolderResultSchema,
  exportPlanSchema,
  exportPrepareArgsSchema,
  exportWriteArgsSchema,
  exportWrittenSchema,
} from './export';
import {
  cancelArgsSchema,
  keyCheckSchema,
  keyStatusSchema,
  lookupArgsSchema,
  lookupProgressSchema,
  lookupResultSchema,
  preferencesSchema,
  refreshArgsSchema,
  refreshReportSchema,
  setConventionArgsSchema,
  setDefaultAuthorArgsSchema,
  setKeyArgsSchema,
} from './youtube';
import {
  recapCancelArgsSchema,
  recapCreateArgsSchema,
  recapCreateResultSchema,
  recapProgressSchema,
} from './recap';

const none = z.object({}).strict();

/** One entry per call: the schema of its arguments and of its result's data. */
export const channels = {
  'workspace.open': {
    // An absolute folder path, not one inside the workspace; NUL is refused all the same.
    args: z
      .object({
        path: z
          .string()
          .min(1)
          .max(4096)
          .refine((p) => !p.includes('\0'), 'A path cannot contain NUL bytes.'),
      })
      .strict(),
    result: workspaceInfoSchema,
  },
  'workspace.current': { args: none, result: workspaceInfoSchema.nullable() },
  'posts.list': { args: none, result: z.array(postSummarySchema) },
  'posts.search': {
    args: z.object({ query: z.string().min(1).max(500) }).strict(),
    result: searchHitsSchema,
  },
  'posts.read': { args: z.object({ path: relativePath }).strict(), result: postContentSchema },
  'posts.validate': {
    args: z.object({ path: relativePath, text: z.string().max(16 * 2 ** 20) }).strict(),
    result: z.array(diagnosticSchema),
  },
  'posts.save': {
    args: z
      .object({
        path: relativePath,
        text: z.string().max(16 * 2 ** 20),
        /** The version the editor loaded; null only for Overwrite after a conflict. */
        baseVersion: versionSchema.nullable(),
      })
      .strict(),
    result: saveOutcomeSchema,
  },
  'posts.create': {
    args: z
      .object({ title: z.string().min(1).max(300), author: z.string().max(100).optional() })
      .strict(),
    result: postContentSchema,
  },
  'posts.trash': { args: z.object({ path: relativePath }).strict(), result: z.null() },
  /** Shortcode calls over every post of the site, by name, most used first (completion order). */
  'posts.shortcodeUses': {
    args: none,
    result: z.record(z.string(), z.number().int().nonnegative()),
  },
  'assets.list': { args: z.object({ post: relativePath }).strict(), result: z.array(assetSchema) },
  'assets.add': {
    args: z
      .object({
        post: relativePath,
        name: z.string().min(1).max(255),
        /** The file's bytes, base64: the renderer never hands main a path outside the folder. */
        data: z.string().max(64 * 2 ** 20),
        overwrite: z.boolean().optional(),
      })
      .strict(),
    result: assetSchema,
  },
  'assets.setCover': {
    args: z
      .object({ post: relativePath, name: z.string().min(1).max(255), baseVersion: versionSchema })
      .strict(),
    result: postContentSchema,
  },
  'backups.store': {
    args: z.object({ path: relativePath, text: z.string().max(16 * 2 ** 20) }).strict(),
    result: z.null(),
  },
  'backups.list': { args: none, result: z.array(backupSchema) },
  'backups.discard': { args: z.object({ path: relativePath }).strict(), result: z.null() },
  /** Whether a YouTube key is set; the key itself never leaves main. */
  'youtube.keyStatus': { args: none, result: keyStatusSchema },
  'youtube.setKey': { args: setKeyArgsSchema, result: keyStatusSchema },
  'youtube.removeKey': { args: none, result: keyStatusSchema },
  /** One `videos.list` call with the key set. */
  'youtube.checkKey': { args: none, result: keyCheckSchema },
  /** Entries for videos, IDs and playlists, in the open site's convention; failures are data. */
  'youtube.lookup': { args: lookupArgsSchema, result: lookupResultSchema },
  /** What changed on YouTube since these entries were written; changes nothing. */
  'youtube.refresh': { args: refreshArgsSchema, result: refreshReportSchema },
  'youtube.cancel': { args: cancelArgsSchema, result: z.null() },
  'preferences.get': { args: none, result: preferencesSchema },
  /** Writes the choice to the open site's `.recap-studio.yaml`. */
  'preferences.setVideoConvention': { args: setConventionArgsSchema, result: preferencesSchema },
  'preferences.setDefaultAuthor': { args: setDefaultAuthorArgsSchema, result: preferencesSchema },
  /** A new recap's page bundle from its talks, looked up in the order given; never overwrites. */
  'recap.create': { args: recapCreateArgsSchema, result: recapCreateResultSchema },
  'recap.cancel': { args: recapCancelArgsSchema, result: z.null() },
  /** The finished post, checked, with its diff and files; writes nothing. */
  'export.prepare': { args: exportPrepareArgsSchema, result: exportPlanSchema },
  /** Writes the export into a folder the user chose, or into the open site. */
  'export.write': { args: exportWriteArgsSchema, result: exportWrittenSchema },
  /** The system's folder dialog (desktop app); the folder chosen is granted to `export.write`. */
  'export.chooseFolder': { args: none, result: chooseExportFolderResultSchema },
} as const;

/** Main → renderer notifications. */
export const events = {
  /** Files changed by other programs (git checkout, another editor); never our own saves. */
  'files.changed': z.object({ changes: z.array(fileChangeSchema) }),
  /** The post index changed; the list should be fetched again. */
  'index.changed': z.object({}),
  /**
   * The site's own facts changed on disk (its authors, shortcode templates,
   * markdownlint or Hugo config): the folder as now described. Open posts
   * should be checked again; the index already was.
   */
  'site.changed': workspaceInfoSchema,
  /** A named `youtube.lookup` moved on: lines settled of all, for a progress list. */
  'youtube.progress': lookupProgressSchema,
  /** How far a `recap.create` lookup has come. */
  'recap.progress': recapProgressSchema,
} as const;

export type Channel = keyof typeof channels;
export type EventName = keyof typeof events;
export type ArgsOf<C extends Channel> = z.infer<(typeof channels)[C]['args']>;
export type DataOf<C extends Channel> = z.infer<(typeof channels)[C]['result']>;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;

/** What main implements: one async method per channel, throwing `ServiceError` to fail. */
export type StudioApi = { [C in Channel]: (args: ArgsOf<C>) => Promise<DataOf<C>> };
