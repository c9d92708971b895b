import type { Preferences } from '../../../shared/ipc/youtube';
import {
  embedUrlFor,
  googleConvention,
  thumbnailUrlFor,
  uploadDateFor,
  type VideoConvention,
} from '../../../shared/youtube/convention';
import type { ConventionChoice } from '../../../shared/youtube/site-settings';

/** A real talk, so the examples read like the site's own entries. */
const exampleId = 'BWL4889RKhU';
const examplePublishedAt = '2021-05-14T16:00:05Z';

export interface ConventionExample {
  embedUrl: string;
  thumbnailUrl: string;
  uploadDate: string;
}

/** What an entry's three convention fields look like under `convention`. */
export function conventionExample(convention: VideoConvention): ConventionExample {
  return {
    embedUrl: embedUrlFor(convention, exampleId),
    thumbnailUrl: thumbnailUrlFor(convention, exampleId, 'maxresdefault'),
    uploadDate: uploadDateFor(convention, examplePublishedAt),
  };
}

export interface ConventionOption {
  choice: ConventionChoice;
  label: string;
  detail: string;
  /** Null when the choice has no fixed form on this site (its own habit, with no entries yet). */
  example: ConventionExample | null;
}

/** The three choices as the Preferences screen offers them for this site. */
export function conventionOptions(site: NonNullable<Preferences['site']>): ConventionOption[] {
  const own = site.siteConvention;
  const ownExample = own ? conventionExample(own) : null;
  return [
    {
      choice: 'infer',
      label: own
        ? 'Follow the site (learnt from its posts)'
        : "Follow the site once it has entries; Google's until then",
      detail:
        "The default when the site does not say: new entries look like the site's existing ones, and check notes the difference from Google's advice once per post.",
      example: ownExample ?? conventionExample(googleConvention),
    },
    {
      choice: 'site',
      label: "The site's own convention",
      detail: own
        ? "Written down for everyone: new entries and the site's CI follow the site's habit, and check notes the difference from Google's advice once per post."
        : "This site has no video entries yet to learn a habit from, so new entries use Google's forms.",
      example: ownExample,
    },
    {
      choice: 'google',
      label: "Google's recommendation",
      detail:
        'The player URL, https thumbnails and an upload date with time and zone, as Search Console prefers; check warns about each entry that differs.',
      example: conventionExample(googleConvention),
    },
  ];
}
