/**
 * The recap builder, shared by the app's "New recap…" and the CLI's
 * `new-recap`: the talks looked up in the order given, the post's text in the
 * site's shape, and its page bundle at the site's path convention, written
 * only where nothing is yet.
 */
import { mkdir, rmdir } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import type { Diagnostic } from '../../../shared/diagnostics';
import { ServiceError } from '../../../shared/ipc/result';
import { parsePostChecked } from '../../../shared/post/checked-reader';
import { recapPostText } from '../../../shared/recap/recap-post';
import {
  recapTalksFrom,
  type RecapInputFailure,
  type RecapTalk,
} from '../../../shared/recap/recap-videos';
import { SiteSettingsError } from '../../../shared/youtube/site-settings';
import { writeFileAtomic } from '../atomic-write';
import { diagnose, type SiteRef } from '../post-check';
import { exists } from '../workspace/posts-service';
import { bundleFolderFor, formatPostDate, shapeOf, slugify } from '../workspace/new-post';
import { contentVersion } from '../workspace/version';
import { siteConvention } from '../youtube/site-convention';
import type { VideoLookup } from '../youtube/video-lookup';
import { readRecapSiteFacts } from './site-recap-facts';

export interface RecapRequest {
  /** The event's name, the post's title. */
  title: string;
  /** `YYYY-MM-DD`; today when absent. */
  date?: string | undefined;
  /** An author key; absent: the default from Preferences; null or empty: none. */
  author?: string | null | undefined;
  /** YouTube URLs, IDs and playlists, one talk (or one playlist of talks) each. */
  inputs: readonly string[];
  /** Make the recap of the talks found when some inputs fail, rather than nothing. */
  skipFailed?: boolean | undefined;
}

export interface RecapSite extends SiteRef {
  /** Absolute. */
  contentDir: string;
}

export interface RecapContext {
  lookup: VideoLookup;
  key: string | null;
  now: () => Date;
  defaultAuthor: string | null;
  cancel?: AbortSignal | undefined;
  onProgress?: ((done: number, total: number) => void) | undefined;
}

export type RecapPlan =
  | {
      status: 'ready';
      /** The post file, absolute: `content/blog/YYYY/MMDD-slug/index.md` on linkerd.io. */
      file: string;
      text: string;
      talks: RecapTalk[];
      /** Inputs left out (only with `skipFailed`). */
      failures: RecapInputFailure[];
      offline: string | null;
    }
  /** Some inputs named no usable video (and `skipFailed` was not given), or none did: nothing made. */
  | { status: 'failed'; failures: RecapInputFailure[]; offline: string | null }
  | { status: 'cancelled' };

/** The errors a recap may be written with: the fields only a lookup fills, flagged until it does. */
const flaggedRules = new Set(['video/title-missing', 'video/upload-date-missing']);

/** A local calendar day from `YYYY-MM-DD`, the day the post is dated and named after. */
export function recapDay(date: string | undefined, now: () => Date): Date {
  if (date === undefined || date.trim() === '') return now();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  const day = match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : null;
  if (
    !match ||
    !day ||
    day.getFullYear() !== Number(match[1]) ||
    day.getMonth() !== Number(match[2]) - 1 ||
    day.getDate() !== Number(match[3])
  )
    throw new ServiceError('invalid', `The date must be a day written YYYY-MM-DD, not "${date}".`);
  return day;
}

/** Where the recap of `title` on `day` goes, absolute. */
export function recapFile(contentDir: string, title: string, day: Date): string {
  return join(contentDir, ...bundleFolderFor(day, slugify(title)).split('/'), 'index.md');
}

function shownPath(site: RecapSite, file: string): string {
  return relative(site.root, file).split(sep).join('/');
}

export function recapExists(site: RecapSite, file: string): ServiceError {
  return new ServiceError(
    'exists',
    `A post folder ${shownPath(site, dirname(file))} already exists, and a recap never overwrites one. Choose another title or date, or open that post instead.`,
  );
}

/** Looks the talks up and composes the post; writes nothing. */
export async function planRecap(
  site: RecapSite,
  request: RecapRequest,
  context: RecapContext,
): Promise<RecapPlan> {
  const title = request.title.trim();
  if (title === '') throw new ServiceError('invalid', 'Give the recap a title: the event’s name.');
  const inputs = request.inputs.map((input) => input.trim()).filter((input) => input !== '');
  if (inputs.length === 0)
    throw new ServiceError('invalid', 'Give at least one YouTube URL, video ID or playlist.');
  const day = recapDay(request.date, context.now);
  const file = recapFile(site.contentDir, title, day);
  // Said before the lookup, so nobody waits for talks that cannot be written.
  if (await exists(dirname(file))) throw recapExists(site, file);

  const [facts, convention] = await Promise.all([
    readRecapSiteFacts(site.contentDir),
    siteConvention({ root: site.root, contentDir: site.contentDir }).catch((error: unknown) => {
      if (error instanceof SiteSettingsError) throw new ServiceError('invalid', error.message);
      throw error;
    }),
  ]);
  const result = await context.lookup.lookup({
    inputs,
    key: context.key,
    convention: convention.convention,
    conventionKind: convention.effective,
    cancel: context.cancel,
    onProgress: context.onProgress,
  });
  if (context.cancel?.aborted) return { status: 'cancelled' };
  const { talks, failures, offline } = recapTalksFrom(result, convention.convention);
  if (talks.length === 0 || (failures.length > 0 && request.skipFailed !== true))
    return { status: 'failed', failures, offline };

  const shape = shapeOf([facts.newestPost]);
  const author = (request.author === undefined ? context.defaultAuthor : request.author)?.trim();
  const text = recapPostText({
    title,
    date: formatPostDate(day, shape.dateStyle),
    author: author ? author : null,
    authorPath: shape.authorPath,
    keywords: facts.keywords,
    videos: talks.map((talk) => talk.video),
    keyOrder: Object.keys(facts.newestPost?.data ?? {}),
  });
  return { status: 'ready', file, text, talks, failures, offline };
}

/**
 * Writes the planned post into a new bundle folder. Refuses when the folder
 * exists (made meanwhile included: the folder is made without `recursive`),
 * and when the post would have errors other than the flagged fields, such as
 * an author the site does not know. Returns the post's diagnostics.
 */
export async function writeRecap(
  site: RecapSite,
  plan: Extract<RecapPlan, { status: 'ready' }>,
  /** Told the version about to be written, so the watcher takes the write as ours. */
  expectWrite?: (file: string, version: string) => void,
): Promise<Diagnostic[]> {
  const { file } = plan;
  const diagnostics = await diagnose(site, file, parsePostChecked(plan.text));
  const errors = diagnostics.filter((d) => d.severity === 'error' && !flaggedRules.has(d.rule));
  if (errors.length > 0)
    throw new ServiceError(
      'invalid',
      `The recap was not written, because it would have errors: ${errors.map((error) => error.message).join(' ')}`,
    );
  const bytes = new TextEncoder().encode(plan.text);
  const folder = dirname(file);
  try {
    await mkdir(dirname(folder), { recursive: true });
    await mkdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw recapExists(site, file);
    throw new ServiceError(
      'io',
      `The folder of the new recap could not be made: ${(error as Error).message}`,
    );
  }
  try {
    expectWrite?.(file, contentVersion(bytes));
    await writeFileAtomic(file, bytes);
  } catch (error) {
    // The folder was made for this post alone: an empty one is not left behind.
    await rmdir(folder).catch(() => undefined);
    throw new ServiceError('io', `The new recap could not be written: ${(error as Error).message}`);
  }
  return diagnostics;
}
