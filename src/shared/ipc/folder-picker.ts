import { z } from 'zod';

/**
 * The web mode's own folder picker: a browser page cannot show the system's
 * folder dialog, so the web server lists folders of the user's home for the
 * page to browse, and remembers the one the user picks. Only the web mode
 * has it; the desktop app uses the system dialog.
 */
const folderPath = z
  .string()
  .min(1)
  .max(4096)
  .refine((p) => !p.includes('\0'), 'A path cannot contain NUL bytes.');

export const folderPickerCalls = {
  /** The folders inside `path` (default: the home folder). */
  list: {
    args: z.object({ path: folderPath.optional() }).strict(),
    result: z.object({
      path: z.string(),
      /** The folder above, or null at the home folder, which the picker does not leave. */
      parent: z.string().nullable(),
      folders: z.array(
        z.object({
          name: z.string(),
          path: z.string(),
          /** Holds a Hugo config: a site's root. */
          site: z.boolean(),
        }),
      ),
    }),
  },
  /** The user picked `path`: `workspace.open` may open it from now on. */
  pick: {
    args: z.object({ path: folderPath }).strict(),
    result: z.object({ path: z.string() }),
  },
} as const;

export type FolderPickerCall = keyof typeof folderPickerCalls;
export type FolderListing = z.infer<(typeof folderPickerCalls)['list']['result']>;
export type PickerArgs<C extends FolderPickerCall> = z.infer<(typeof folderPickerCalls)[C]['args']>;
export type PickerData<C extends FolderPickerCall> = z.infer<
  (typeof folderPickerCalls)[C]['result']
>;

/** Where the web server answers the picker's calls: `POST /api/picker/list`, `/api/picker/pick`. */
export const folderPickerPrefix = 'picker/';
