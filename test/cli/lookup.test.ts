import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { failureMessage } from '../../src/shared/youtube/failures';
import { fakeId, keys, startFakeYouTube, type FakeYouTube } from '../youtube/fake-youtube';
import { corpusSite, runCli, temporaryFolder } from './run-cli';

// `recap-studio lookup` against a fake YouTube, pointed at it the way users
// point it at a proxy: YOUTUBE_API_BASE_URL and YOUTUBE_OEMBED_URL.

let youtube: FakeYouTube;
let temp: { root: string; remove: () => Promise<void> };
let site: string;

beforeEach(async () => {
  youtube = await startFakeYouTube();
  temp = await temporaryFolder();
  site = join(temp.root, 'site');
  const recap = 'content/blog/2021/0617-may-community-meeting-recap-part-1';
  await cp(join(corpusSite, 'config'), join(site, 'config'), { recursive: true });
  await cp(join(corpusSite, recap), join(site, recap), { recursive: true });
  for (const n of [1, 2, 3]) {
    const id = fakeId(n);
    youtube.videos.set(id, {
      id,
      title: n === 2 ? 'Linkerd: "mTLS" <b>explained</b> #1' : `Talk ${n}`,
      description: `What talk ${n} is about.\n\nhttps://linkerd.io`,
      publishedAt: '2024-02-20T17:05:09Z',
      duration: 'PT1H2M3S',
    });
  }
});

afterEach(async () => {
  await youtube.close();
  await temp.remove();
});

function env(key: string | null = keys.good): NodeJS.ProcessEnv {
  return {
    YOUTUBE_API_BASE_URL: youtube.apiBase,
    YOUTUBE_OEMBED_URL: youtube.oembed,
    RECAP_STUDIO_DATA_DIR: join(temp.root, 'data'),
    ...(key === null ? {} : { YOUTUBE_API_KEY: key }),
  };
}

describe('recap-studio lookup', () => {
  it("prints YAML entries in input order, in the site's convention, ready to paste", async () => {
    const inputs = [`https://www.youtube.com/watch?v=${fakeId(2)}&t=5`, fakeId(1)];
    const run = await runCli(['lookup', ...inputs], join(site, 'content'), env());
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(parse(run.stdout)).toEqual([
      {
        title: 'Linkerd: "mTLS" <b>explained</b> #1',
        description: 'What talk 2 is about.',
        embedUrl: `https://youtu.be/${fakeId(2)}`,
        thumbnailUrl: `http://i3.ytimg.com/vi/${fakeId(2)}/maxresdefault.jpg`,
        uploadDate: '2024-02-20',
        duration: 'PT1H2M3S',
      },
      expect.objectContaining({ title: 'Talk 1', embedUrl: `https://youtu.be/${fakeId(1)}` }),
    ]);
    expect(run.stdout.startsWith('- title: ')).toBe(true);
  });

  it("prints JSON with --format json, and Google's forms with --convention google", async () => {
    const run = await runCli(
      ['lookup', '--format', 'json', '--convention', 'google', '--site', site, fakeId(3)],
      temp.root,
      env(),
    );
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([
      {
        title: 'Talk 3',
        description: 'What talk 3 is about.',
        embedUrl: `https://www.youtube.com/embed/${fakeId(3)}`,
        thumbnailUrl: `https://i.ytimg.com/vi/${fakeId(3)}/maxresdefault.jpg`,
        uploadDate: '2024-02-20T17:05:09Z',
        duration: 'PT1H2M3S',
      },
    ]);
  });

  it("follows the site's .recap-studio.yaml", async () => {
    await writeFile(join(site, '.recap-studio.yaml'), 'videoConvention: google\n');
    const run = await runCli(['lookup', '--site', site, fakeId(1)], temp.root, env());
    expect(parse(run.stdout)[0].embedUrl).toBe(`https://www.youtube.com/embed/${fakeId(1)}`);
  });

  it('prints the found, names the missing on stderr one line each, and exits 1', async () => {
    const missing = [fakeId(80), fakeId(81)];
    const run = await runCli(
      ['lookup', fakeId(1), missing[0]!, fakeId(2), missing[1]!],
      site,
      env(),
    );
    expect(run.status).toBe(1);
    expect((parse(run.stdout) as { title: string }[]).map((entry) => entry.title)).toEqual([
      'Talk 1',
      'Linkerd: "mTLS" <b>explained</b> #1',
    ]);
    expect(run.stderr.trimEnd().split('\n')).toEqual(
      missing.map((id) => `${id}: ${failureMessage('video-not-found', id)}`),
    );
  });

  it('exits 2 when nothing could be looked up: a bad key, or no network', async () => {
    const badKey = await runCli(['lookup', fakeId(1), fakeId(2)], site, env(keys.invalid));
    expect(badKey.status).toBe(2);
    expect(badKey.stdout).toBe('');
    expect(badKey.stderr).toContain(failureMessage('key-invalid'));

    await youtube.close();
    const offline = await runCli(['lookup', fakeId(1)], site, env());
    expect(offline.status).toBe(2);
    expect(offline.stderr).toContain(failureMessage('offline'));
  });

  it('works without a key from oEmbed, saying what is left empty', async () => {
    const run = await runCli(['lookup', fakeId(1)], site, env(null));
    expect(run.status).toBe(0);
    expect(parse(run.stdout)).toEqual([
      {
        title: 'Talk 1',
        embedUrl: `https://youtu.be/${fakeId(1)}`,
        thumbnailUrl: `http://i3.ytimg.com/vi/${fakeId(1)}/hqdefault.jpg`,
      },
    ]);
    expect(run.stderr).toContain('YOUTUBE_API_KEY');
  });

  it('expands a playlist into its videos', async () => {
    youtube.playlists.set('PLfakeplaylist0003', [fakeId(3), fakeId(1), fakeId(2), fakeId(99)]);
    const run = await runCli(
      ['lookup', 'https://www.youtube.com/playlist?list=PLfakeplaylist0003'],
      site,
      env(),
    );
    expect(run.status).toBe(1);
    expect((parse(run.stdout) as { title: string }[]).map((entry) => entry.title)).toEqual([
      'Talk 3',
      'Talk 1',
      'Linkerd: "mTLS" <b>explained</b> #1',
    ]);
    expect(run.stderr).toContain(failureMessage('video-deleted', fakeId(99)));
  });

  it('uses the cache in the data folder: a second run makes no request', async () => {
    await runCli(['lookup', fakeId(1)], site, env());
    await runCli(['lookup', fakeId(1)], site, env());
    expect(youtube.requests).toHaveLength(1);
  });

  it("uses Google's convention outside a site", async () => {
    const outside = join(temp.root, 'elsewhere');
    await mkdir(outside);
    const run = await runCli(['lookup', fakeId(1)], outside, env());
    expect(parse(run.stdout)[0].embedUrl).toBe(`https://www.youtube.com/embed/${fakeId(1)}`);
  });

  it('refuses bad options and endpoints with exit 2', async () => {
    expect((await runCli(['lookup'], site, env())).status).toBe(2);
    expect((await runCli(['lookup', '--format', 'xml', fakeId(1)], site, env())).status).toBe(2);
    expect((await runCli(['lookup', '--convention', 'bing', fakeId(1)], site, env())).status).toBe(
      2,
    );
    const badUrl = await runCli(['lookup', fakeId(1)], site, {
      ...env(),
      YOUTUBE_API_BASE_URL: 'ftp://example.com',
    });
    expect(badUrl.status).toBe(2);
    expect(badUrl.stderr).toContain('YOUTUBE_API_BASE_URL');
    expect(youtube.requests).toHaveLength(0);
  });
});
