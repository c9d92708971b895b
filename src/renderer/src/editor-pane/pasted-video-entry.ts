import type { Result } from '../../../shared/ipc/result';
import type { LookupResult, Preferences } from '../../../shared/ipc/youtube';
import type { VideoField } from '../../../shared/videos';
import { entryFieldsFromId, googleConvention, type VideoConvention } from '../../../shared/youtube';
import type { EntryForPaste } from '../../editor';

/** The calls a pasted video's entry needs. */
export interface PastedVideoClient {
  youtube: { lookup: (args: { inputs: string[] }) => Promise<Result<LookupResult>> };
  preferences: { get: (args: Record<string, never>) => Promise<Result<Preferences>> };
}

/**
 * The entry "shortcode + videoSchema entry" adds for a pasted video: looked
 * up when YouTube answers; otherwise what the ID gives by the site's
 * convention (as Preferences says it is today), with the reason in words.
 */
export function pastedVideoEntry(
  client: PastedVideoClient,
): (id: string) => Promise<EntryForPaste> {
  return async (id) => {
    const answer = await client.youtube.lookup({ inputs: [id] });
    const outcome = answer.ok ? answer.data.outcomes[0] : undefined;
    if (outcome?.status === 'found') {
      const fields: Partial<Record<VideoField, string>> = {};
      for (const [field, value] of Object.entries(outcome.entry)) {
        if (typeof value === 'string') fields[field as VideoField] = value;
      }
      return { fields, note: outcome.hint };
    }
    const why = !answer.ok
      ? answer.error.message
      : (outcome?.message ?? 'YouTube said nothing about this video.');
    return {
      fields: entryFieldsFromId(await offlineConvention(client), id),
      note: `${why} The entry holds what the video's ID gives; use "Look up again" on it later.`,
    };
  };
}

async function offlineConvention(client: PastedVideoClient): Promise<VideoConvention> {
  const preferences = await client.preferences.get({});
  const site = preferences.ok ? preferences.data.site : null;
  return site?.effective === 'site' && site.siteConvention ? site.siteConvention : googleConvention;
}
