import { mkdtemp, readFile, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../src/main/services/create-services';
import type { EventName } from '../../src/shared/ipc/contract';
import { parsePost } from '../../src/shared/post';
import { addTalks, copySite, sampleSite, talks, youtubeEnv } from '../cli/recap-site';
import { keys, startFakeYouTube, type FakeYouTube } from '../youtube/fake-youtube';

// "New recap…" as the app calls it: recap.create over an open sample site,
// against the fake YouTube, with its progress events.

let temp: string;
let site: string;
let youtube: FakeYouTube;
let services: Services;
const events: [EventName, unknown][] = [];

beforeEach(async () => {
  temp = await mkdtemp(join(tmpdir(), 'recap-service-'));
  site = await realpath(await copySite(sampleSite, join(temp, 'site')));
  youtube = await startFakeYouTube();
  addTalks(youtube);
  services = createServices({
    dataDir: join(temp, 'data'),
    trash: null,
    env: youtubeEnv(youtube, join(temp, 'data'), keys.good),
    now: () => new Date(2025, 8, 4, 15, 30),
  });
  await services.init();
  await services.settings.update({ defaultAuthor: 'jonas' });
  await services.workspace['workspace.open']({ path: site });
  events.length = 0;
  services.workspace.onEvent((name, payload) => events.push([name, payload]));
});

afterEach(async () => {
  await services.dispose();
  await youtube.close();
  await rm(temp, { recursive: true, force: true });
});

describe('recap.create', () => {
  it('writes the bundle, reports progress, and lists the new post', async () => {
    const result = await services.api['recap.create']({
      title: 'Meetup Göteborg',
      inputs: talks.map((talk) => `https://youtu.be/${talk.id}`),
      requestId: 'r1',
    });
    expect(result.status).toBe('created');
    if (result.status !== 'created') return;
    const path = 'content/blog/2025/0904-meetup-goteborg/index.md';
    expect(result.post.path).toBe(path);
    expect(result.post.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result).toMatchObject({ flagged: [], failures: [], offline: null });
    expect(await readFile(join(site, path), 'utf8')).toBe(result.post.text);
    const post = parsePost(result.post.text);
    expect(post.get(['params', 'author'])).toBe('jonas');
    expect(post.get('date')).toBe('2025-09-04T00:00:00Z');
    expect(post.body.match(/^## .*$/gm)).toEqual(talks.map((talk) => `## ${talk.title}`));

    const progress = events.filter(([name]) => name === 'recap.progress').map(([, p]) => p);
    expect(progress.at(-1)).toEqual({ requestId: 'r1', done: 3, total: 3 });
    const listed = await services.api['posts.list']({});
    expect(listed.map((summary) => summary.path)).toContain(path);
  });

  it('reports failed inputs per line and makes nothing, or the rest with skipFailed', async () => {
    const args = { title: 'Typo', date: '2025-01-02', inputs: [talks[0]!.id, 'nonsense!'] };
    const failed = await services.api['recap.create'](args);
    expect(failed).toMatchObject({
      status: 'failed',
      failures: [{ input: 'nonsense!', message: expect.stringContaining('nonsense!') }],
    });
    const made = await services.api['recap.create']({ ...args, skipFailed: true });
    expect(made).toMatchObject({ status: 'created', failures: [{ input: 'nonsense!' }] });
  });

  it('is cancelled by recap.cancel, writing nothing', async () => {
    youtube.delayMs = 2000;
    const pending = services.api['recap.create']({
      title: 'Cancelled',
      date: '2025-01-03',
      inputs: [talks[0]!.id],
      requestId: 'slow',
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await services.api['recap.cancel']({ requestId: 'slow' });
    expect(await pending).toEqual({ status: 'cancelled' });
    await expect(
      readFile(join(site, 'content/blog/2025/0103-cancelled/index.md')),
    ).rejects.toThrow();
  });

  it('works offline, flagging the fields, and refuses to overwrite', async () => {
    await youtube.close();
    const args = { title: 'Offline', date: '2025-01-04', inputs: [talks[0]!.id] };
    const result = await services.api['recap.create'](args);
    expect(result).toMatchObject({
      status: 'created',
      flagged: [
        {
          id: talks[0]!.id,
          title: null,
          missing: ['title', 'description', 'uploadDate', 'duration'],
        },
      ],
      offline: expect.stringContaining('could not be reached'),
    });
    await expect(services.api['recap.create'](args)).rejects.toMatchObject({ code: 'exists' });
  });
});
