/**
 * `.recap-studio.yaml` at a site's root: choices that belong to the site, not
 * to one writer's app, so that everyone who writes for it and its CI agree.
 * Today it holds one: which convention new video entries follow and how
 * `check` treats entries written the site's way.
 */
import { parse } from 'yaml';

export const siteSettingsFileName = '.recap-studio.yaml';

/**
 * `site`: the site's own habit, learnt from its entries; `google`: Google's
 * advice; `infer`: the site's habit when it has entries, Google's otherwise
 * (what an absent file or key means).
 */
export const conventionChoices = ['infer', 'site', 'google'] as const;
export type ConventionChoice = (typeof conventionChoices)[number];

export interface SiteSettings {
  videoConvention: ConventionChoice;
}

export const defaultSiteSettings: SiteSettings = { videoConvention: 'infer' };

export class SiteSettingsError extends Error {
  override name = 'SiteSettingsError';
}

/** Reads the file's text; null text (no file) gives the defaults. Throws a plain-worded error. */
export function parseSiteSettings(text: string | null): SiteSettings {
  if (text === null || text.trim() === '') return defaultSiteSettings;
  let data: unknown;
  try {
    data = parse(text, { maxAliasCount: 10 });
  } catch (error) {
    throw new SiteSettingsError(
      `${siteSettingsFileName} is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
    );
  }
  if (data === null || data === undefined) return defaultSiteSettings;
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new SiteSettingsError(`${siteSettingsFileName} must be a mapping of keys to values.`);
  }
  const value = (data as Record<string, unknown>)['videoConvention'];
  if (value === undefined || value === null) return defaultSiteSettings;
  if (typeof value !== 'string' || !(conventionChoices as readonly string[]).includes(value)) {
    throw new SiteSettingsError(
      `videoConvention in ${siteSettingsFileName} must be site, google or infer, not ${JSON.stringify(value)}.`,
    );
  }
  return { videoConvention: value as ConventionChoice };
}
