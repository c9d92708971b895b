import { resolve } from 'node:path';
import type { ArgsOf, StudioApi } from '../../../shared/ipc/contract';
import { ServiceError } from '../../../shared/ipc/result';
import type { Preferences } from '../../../shared/ipc/youtube';
import { SiteSettingsError } from '../../../shared/youtube/site-settings';
import type { Settings } from '../settings';
import { siteConvention, writeVideoConvention } from './site-convention';
import type { CurrentSite } from './youtube-service';

export interface PreferencesServiceDeps {
  settings: Settings;
  currentSite: CurrentSite;
  /** Told after `.recap-studio.yaml` changed, so checks of open posts follow the new choice. */
  onSiteSettingsChanged?: () => Promise<void>;
}

export type PreferencesChannel =
  'preferences.get' | 'preferences.setVideoConvention' | 'preferences.setDefaultAuthor';

/**
 * The Preferences screen's calls: the open site's video convention (kept in
 * the site, shared with its CI) and the app's default author (kept in the
 * app's settings). The YouTube key has its own calls in `YouTubeService`.
 */
export class PreferencesService implements Pick<StudioApi, PreferencesChannel> {
  constructor(private readonly deps: PreferencesServiceDeps) {}

  async init(): Promise<void> {}

  async dispose(): Promise<void> {}

  async 'preferences.get'(): Promise<Preferences> {
    const site = await this.deps.currentSite();
    const defaultAuthor = this.deps.settings.values.defaultAuthor;
    if (site === null) return { site: null, defaultAuthor };
    const folders = { root: site.root, contentDir: resolve(site.root, site.contentDir) };
    try {
      const convention = await siteConvention(folders);
      return {
        site: {
          root: site.root,
          videoConvention: convention.choice,
          effective: convention.effective,
          siteConvention: convention.siteConvention,
          settingsProblem: null,
        },
        defaultAuthor,
      };
    } catch (error) {
      if (!(error instanceof SiteSettingsError)) throw error;
      // A damaged file is shown, not hidden: the screen says what is wrong.
      return {
        site: {
          root: site.root,
          videoConvention: 'infer',
          effective: 'google',
          siteConvention: null,
          settingsProblem: error.message,
        },
        defaultAuthor,
      };
    }
  }

  async 'preferences.setVideoConvention'({
    videoConvention,
  }: ArgsOf<'preferences.setVideoConvention'>): Promise<Preferences> {
    const site = await this.deps.currentSite();
    if (site === null) {
      throw new ServiceError(
        'no-folder',
        'Open a site first: the video convention belongs to a site.',
      );
    }
    try {
      await writeVideoConvention(site.root, videoConvention);
    } catch (error) {
      if (error instanceof SiteSettingsError) throw new ServiceError('invalid', error.message);
      throw new ServiceError(
        'io',
        `The site's .recap-studio.yaml could not be written: ${(error as Error).message}`,
      );
    }
    await this.deps.onSiteSettingsChanged?.();
    return this['preferences.get']();
  }

  async 'preferences.setDefaultAuthor'({
    author,
  }: ArgsOf<'preferences.setDefaultAuthor'>): Promise<Preferences> {
    await this.deps.settings.update({
      defaultAuthor: author === null || author === '' ? null : author,
    });
    return this['preferences.get']();
  }
}
