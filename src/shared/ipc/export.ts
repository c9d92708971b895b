import { z } from 'zod';
import { diagnosticSchema, relativePath } from './data';

/** What an export changes on the way out; none of them: the post's bytes as they are. */
export const exportOptionsSchema = z
  .object({
    /** The older front matter shape to today's (`recap-studio migrate`). */
    migrate: z.boolean(),
    /** The body formatted with Prettier and the site's `.prettierrc`. */
    format: z.boolean(),
    /** Drops `draft: true`. */
    clearDraft: z.boolean(),
    /** One `NAME.md` file instead of a page bundle `NAME/index.md` with its files. */
    singleFile: z.boolean(),
  })
  .strict();
export type ExportOptions = z.infer<typeof exportOptionsSchema>;

export const noExportOptions: ExportOptions = {
  migrate: false,
  format: false,
  clearDraft: false,
  singleFile: false,
};

const postText = z.string().max(16 * 2 ** 20);

export const exportPrepareArgsSchema = z
  .object({
    path: relativePath,
    /** The editor's text, exported as shown; the file on disk when absent. */
    text: postText.optional(),
    options: exportOptionsSchema,
  })
  .strict();

/** The finished post, before anything is written: what the dialog shows. */
export const exportPlanSchema = z.object({
  /** The bundle's folder name, or the file's name without `.md` (`0506-kubecon-recap`). */
  name: z.string(),
  /** What will be written, relative to the chosen folder: `NAME/index.md` or `NAME.md`. */
  postFile: z.string(),
  /** The exported post's text. */
  text: z.string(),
  /** A unified diff of the post as it is and as it will be written; empty when they are the same. */
  diff: z.string(),
  /** The bundle's files that go with it, relative to the bundle. */
  assets: z.array(z.string()),
  /** Why it cannot be exported, in words (errors, missing files); empty when it can. */
  problems: z.array(z.string()),
  /** The result's errors, with positions in `text`. */
  errors: z.array(diagnosticSchema),
  /** The result's warnings, with positions in `text`: the user acknowledges them before writing. */
  warnings: z.array(diagnosticSchema),
  /** Where it goes in the open site by the site's path convention, relative to the site. */
  siteTarget: z.string(),
});
export type ExportPlan = z.infer<typeof exportPlanSchema>;

/** Where the export goes. `folder` is absolute; `relativePath` only bounds its length and refuses NUL. */
export const exportTargetSchema = z.discriminatedUnion('kind', [
  /** A folder the user chose with the system's dialog or the web mode's picker. */
  z.object({ kind: z.literal('folder'), folder: relativePath }).strict(),
  /** Into the open site at its path convention (`content/blog/YYYY/MMDD-slug/`). */
  z.object({ kind: z.literal('site') }).strict(),
]);
export type ExportTarget = z.infer<typeof exportTargetSchema>;

export const exportWriteArgsSchema = z
  .object({
    path: relativePath,
    text: postText.optional(),
    options: exportOptionsSchema,
    target: exportTargetSchema,
    /** The user saw the result's warnings and exports it anyway. */
    acknowledgeWarnings: z.boolean(),
    /** Replace what is already there. */
    force: z.boolean(),
  })
  .strict();

export const exportWrittenSchema = z.object({
  /** The post file written, absolute. */
  postFile: z.string(),
  /** The folder that holds it (the bundle, or the chosen folder for one file), absolute. */
  folder: z.string(),
  /** The bundle's files copied with it, relative to the bundle. */
  assets: z.array(z.string()),
});
export type ExportWritten = z.infer<typeof exportWrittenSchema>;

export const chooseExportFolderResultSchema = z.object({ folder: z.string() }).nullable();
