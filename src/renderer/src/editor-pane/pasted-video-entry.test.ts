import { describe, expect, it } from 'vitest';
import type { Preferences } from '../../../shared/ipc/youtube';
import { failureMessage } from '../../../shared/youtube/failures';
import { pastedVideoEntry, type PastedVideoClient } from './pasted-video-entry';

const linkerdSite: Preferences = {
  site: {
    root: '/site',
    videoConvention: 'infer',
    effective: 'site',
    siteConvention: {
      embedUrl: 'https://youtu.be/{id}',
      thumbnailUrl: 'http://i3.ytimg.com/vi/{id}/{file}.jpg',
      uploadDate: 'date',
    },
    settingsProblem: null,
  },
  defaultAuthor: null,
};

function client(lookup: PastedVideoClient['youtube']['lookup']): PastedVideoClient {
  return {
    youtube: { lookup },
    preferences: { get: async () => ({ ok: true, data: linkerdSite }) },
  };
}

describe("a pasted video's entry", () => {
  it('is what the lookup found, with its hint', async () => {
    const entryFor = pastedVideoEntry(
      client(async ({ inputs }) => ({
        ok: true,
        data: {
          usedKey: false,
          convention: 'site',
          outcomes: [
            {
              status: 'found',
              input: inputs[0]!,
              id: 'BWL4889RKhU',
              entry: {
                title: 'Talk',
                embedUrl: 'https://youtu.be/BWL4889RKhU',
                thumbnailUrl: 'http://i3.ytimg.com/vi/BWL4889RKhU/hqdefault.jpg',
              },
              fullDescription: null,
              missing: ['uploadDate', 'duration'],
              hint: 'Add a key for the rest.',
            },
          ],
        },
      })),
    );
    expect(await entryFor('BWL4889RKhU')).toEqual({
      fields: {
        title: 'Talk',
        embedUrl: 'https://youtu.be/BWL4889RKhU',
        thumbnailUrl: 'http://i3.ytimg.com/vi/BWL4889RKhU/hqdefault.jpg',
      },
      note: 'Add a key for the rest.',
    });
  });

  it("offline, is what the ID gives by the site's convention, and says why", async () => {
    const offline = failureMessage('offline');
    const entryFor = pastedVideoEntry(
      client(async ({ inputs }) => ({
        ok: true,
        data: {
          usedKey: false,
          convention: 'site',
          outcomes: [
            {
              status: 'failed',
              input: inputs[0]!,
              id: inputs[0]!,
              code: 'offline',
              message: offline,
            },
          ],
        },
      })),
    );
    const entry = await entryFor('BWL4889RKhU');
    expect(entry.fields).toEqual({
      embedUrl: 'https://youtu.be/BWL4889RKhU',
      thumbnailUrl: 'http://i3.ytimg.com/vi/BWL4889RKhU/hqdefault.jpg',
    });
    expect(entry.note).toContain(offline);
  });
});
