/**
 * The video convention of a site: its choice in `.recap-studio.yaml` at the
 * site root (absent: infer), its own habit learnt from its entries, and what
 * the two come to. Read by the app, the lookup and `check`; written by
 * Preferences.
 */
import { readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import type { FrontMatterValue } from '../../../shared/post/types';
import { parsePost } from '../../../shared/post';
import { isMapping } from '../../../shared/schema/known-keys';
import {
  googleConvention,
  inferVideoConvention,
  type VideoConvention,
} from '../../../shared/youtube/convention';
import {
  parseSiteSettings,
  SiteSettingsError,
  siteSettingsFileName,
  type ConventionChoice,
  type SiteSettings,
} from '../../../shared/youtube/site-settings';
import { writeFileAtomic } from '../atomic-write';
import { scanContentFiles } from '../content-files';

export interface SiteConvention {
  choice: ConventionChoice;
  /** What the choice comes to: the site's habit only when it has entries to learn from. */
  effective: 'site' | 'google';
  /** The convention new entries follow. */
  convention: VideoConvention;
  /** The site's own habit; null when it has no entries yet. */
  siteConvention: VideoConvention | null;
}

function settingsFile(root: string): string {
  return join(root, siteSettingsFileName);
}

/** The file's text, or null when there is none. */
async function readSettingsText(root: string): Promise<string | null> {
  return readFile(settingsFile(root), 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
}

/** The site's settings; throws `SiteSettingsError` with a plain message when the file is wrong. */
export async function readSiteSettings(root: string): Promise<SiteSettings> {
  return parseSiteSettings(await readSettingsText(root));
}

/**
 * Writes the choice into `.recap-studio.yaml`, keeping any other keys and
 * comments. `infer` removes the key, and the file when nothing else is left.
 */
export async function writeVideoConvention(root: string, choice: ConventionChoice): Promise<void> {
  const text = await readSettingsText(root);
  const document = parseDocument(
    text ??
      '# Recap Studio settings for this site, shared by everyone who writes for it and by its CI.\n',
  );
  if (document.errors.length > 0) {
    throw new SiteSettingsError(
      `${siteSettingsFileName} is not valid YAML, so it was left as it is: ${document.errors[0]!.message.split('\n')[0]}`,
    );
  }
  if (choice === 'infer') {
    if (text === null) return;
    document.delete('videoConvention');
    const data: unknown = document.toJS();
    if (
      data === null ||
      data === undefined ||
      (typeof data === 'object' && Object.keys(data).length === 0)
    ) {
      await unlink(settingsFile(root));
      return;
    }
  } else {
    document.set('videoConvention', choice);
  }
  await writeFileAtomic(settingsFile(root), new TextEncoder().encode(document.toString()));
}

/**
 * Every `params.videoSchema` entry of the site. Only files that mention
 * `videoSchema` are parsed, so a large site costs a read of each file.
 */
export async function siteVideoEntries(contentDir: string): Promise<FrontMatterValue[]> {
  const { posts } = await scanContentFiles(contentDir).catch(() => ({ posts: [] as string[] }));
  const entries: FrontMatterValue[] = [];
  for (const file of posts) {
    const text = await readFile(file, 'utf8').catch(() => '');
    if (!text.includes('videoSchema')) continue;
    const params = parsePost(text).data?.params;
    const list = isMapping(params) ? params.videoSchema : undefined;
    if (Array.isArray(list)) entries.push(...list);
  }
  return entries;
}

/** What `choice` comes to for a site whose own habit is `siteConvention`. */
export function resolveConvention(
  choice: ConventionChoice,
  siteConvention: VideoConvention | null,
): SiteConvention {
  if (choice === 'google' || siteConvention === null) {
    return { choice, effective: 'google', convention: googleConvention, siteConvention };
  }
  return { choice, effective: 'site', convention: siteConvention, siteConvention };
}

/** The convention outside any site: Google's, with nothing to learn from. */
export function googleConventionFor(choice: ConventionChoice): SiteConvention {
  return resolveConvention(choice, null);
}

/**
 * The site's convention, with `override` (the CLI's `--convention`) taking
 * the place of its file's choice.
 */
export async function siteConvention(
  site: { root: string; contentDir: string },
  override?: 'site' | 'google',
): Promise<SiteConvention> {
  const choice = override ?? (await readSiteSettings(site.root)).videoConvention;
  // Google's convention needs nothing from the site; Preferences asks without override to show both.
  const inferred =
    override === 'google' ? null : inferVideoConvention(await siteVideoEntries(site.contentDir));
  return resolveConvention(choice, inferred);
}
