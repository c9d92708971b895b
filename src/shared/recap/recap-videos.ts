/**
 * From a lookup's answers to the talks of a recap, in the order of the
 * input: what YouTube said about each video, or, when YouTube could not be
 * asked at all (offline, a refused key), what the ID alone gives, with the
 * fields only a lookup can fill flagged. Inputs that name no usable video (a
 * typo, a private video, a playlist that cannot be read) are failures.
 */
import type { LookupResult } from '../ipc/youtube';
import type { VideoField } from '../videos/video-list';
import { entryFieldsFromId, type VideoConvention } from '../youtube/convention';
import { wholeLookupFailures } from '../youtube/failures';
import type { RecapVideo } from './recap-post';

export interface RecapTalk {
  /** The text the user gave for it (a playlist's talks all carry the playlist's). */
  input: string;
  video: RecapVideo;
  /** Fields left empty for a later lookup (`lookup --fill`, "Look up again"). */
  missing: VideoField[];
}

export interface RecapInputFailure {
  input: string;
  message: string;
}

export interface RecapTalks {
  talks: RecapTalk[];
  failures: RecapInputFailure[];
  /** Why YouTube could not be asked, when some talks were made from their IDs alone. */
  offline: string | null;
}

/** What an ID alone gives: the fields its convention derives from it, nothing to show as text. */
export function offlineTalk(input: string, id: string, convention: VideoConvention): RecapTalk {
  return {
    input,
    video: { id, title: null, paragraph: null, entry: entryFieldsFromId(convention, id) },
    missing: ['title', 'description', 'uploadDate', 'duration'],
  };
}

export function recapTalksFrom(result: LookupResult, convention: VideoConvention): RecapTalks {
  const talks: RecapTalk[] = [];
  const failures: RecapInputFailure[] = [];
  let offline: string | null = null;
  for (const outcome of result.outcomes) {
    if (outcome.status === 'found') {
      const { entry } = outcome;
      talks.push({
        input: outcome.input,
        video: {
          id: outcome.id,
          title: entry.title,
          // The entry's description is already the description's first paragraph, links and tags taken out.
          paragraph: entry.description ?? null,
          entry: { ...entry },
        },
        missing: [...outcome.missing],
      });
    } else if (
      outcome.id !== null &&
      outcome.code !== 'cancelled' &&
      wholeLookupFailures.has(outcome.code)
    ) {
      // YouTube itself was out of reach, not this video: the talk is kept with what its ID gives.
      talks.push(offlineTalk(outcome.input, outcome.id, convention));
      offline ??= outcome.message;
    } else {
      failures.push({ input: outcome.input, message: outcome.message });
    }
  }
  return { talks, failures, offline };
}
