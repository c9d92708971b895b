import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parsePost } from '../../src/shared/post';
import { failureMessage } from '../../src/shared/youtube/failures';
import { fakeId, keys, startFakeYouTube, type FakeYouTube } from '../youtube/fake-youtube';
import { addTalks, copySite, linkerdSite, sampleSite, talks, youtubeEnv } from './recap-site';
import { runCli, temporaryFolder } from './run-cli';

// `recap-studio new-recap` against the fake YouTube, in copies of linkerd.io
// and of the sample site, whose conventions differ.

let temp: { root: string; remove: () => Promise<void> };
let linkerd: string;
let sample: string;
let youtube: FakeYouTube;
let dataDir: string;

beforeAll(async () => {
  temp = await temporaryFolder();
  linkerd = await copySite(linkerdSite, join(temp.root, 'linkerd.io'));
  sample = await copySite(sampleSite, join(temp.root, 'sample'));
});
afterAll(() => temp.remove());

beforeEach(async () => {
  youtube = await startFakeYouTube();
  addTalks(youtube);
  // A fresh data folder each time: no answer cached from another test.
  dataDir = join(temp.root, `data-${Math.random().toString(36).slice(2)}`);
});
afterEach(() => youtube.close());

const env = (key: string | null = keys.good) => youtubeEnv(youtube, dataDir, key);
const inputs = [
  `https://www.youtube.com/watch?v=${talks[0]!.id}&t=42`,
  `https://youtu.be/${talks[1]!.id}`,
  talks[2]!.id,
];

async function check(site: string, file: string) {
  const run = await runCli(['check', '--format', 'json', file], site);
  const reports = JSON.parse(run.stdout) as {
    diagnostics: { severity: string; rule: string }[];
  }[];
  return reports.flatMap((f) => f.diagnostics);
}

describe('recap-studio new-recap', () => {
  it("writes linkerd.io's shape at its path convention, talks in input order, no errors", async () => {
    const run = await runCli(
      [
        'new-recap',
        '--title',
        'KubeCon EU 2024: the Linkerd talks',
        '--date',
        '2024-03-25',
        '--author',
        'william',
        ...inputs,
      ],
      linkerd,
      env(),
    );
    expect(run).toMatchObject({ status: 0, stderr: '' });
    const path = 'content/blog/2024/0325-kubecon-eu-2024-the-linkerd-talks/index.md';
    expect(run.stdout).toBe(`${path}\n`);
    const text = await readFile(join(linkerd, path), 'utf8');
    const post = parsePost(text);
    expect(Object.keys(post.data ?? {})).toEqual([
      'date',
      'title',
      'description',
      'keywords',
      'params',
    ]);
    expect(post.get('date')).toBe('2024-03-25T00:00:00Z');
    expect(post.get('title')).toBe('KubeCon EU 2024: the Linkerd talks');
    expect(post.get('description')).toBe('');
    // The keywords of the site's newest recap.
    expect(post.get('keywords')).toEqual(['meetup', 'community', 'meeting']);
    expect(post.get(['params', 'author'])).toBe('william');
    // linkerd.io's own habit: youtu.be links, i3.ytimg.com over http, dates without a time.
    expect(post.get(['params', 'videoSchema'])).toEqual(
      talks.map((talk) => ({
        title: talk.title,
        description: talk.description.split('\n\n')[0],
        embedUrl: `https://youtu.be/${talk.id}`,
        thumbnailUrl: `http://i3.ytimg.com/vi/${talk.id}/maxresdefault.jpg`,
        uploadDate: '2024-03-22',
        duration: 'PT28M4S',
      })),
    );
    expect(post.body.match(/^## .*$/gm)).toEqual(talks.map((talk) => `## ${talk.title}`));
    expect(post.body.match(/\{\{< youtube "[^"]+" >\}\}/g)).toEqual(
      talks.map((talk) => `{{< youtube "${talk.id}" >}}`),
    );
    expect(post.body).toContain(
      '<!-- rewrite -->\nOliver explains why the proxy is written in Rust.',
    );

    const findings = await check(linkerd, join(linkerd, path));
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings.filter((f) => f.rule === 'draft/rewrite-marker')).toHaveLength(4);
  });

  it("follows the sample site's conventions and the default author of Preferences", async () => {
    await mkdir(dataDir, { recursive: true });
    await writeFile(join(dataDir, 'settings.json'), JSON.stringify({ defaultAuthor: 'ada' }));
    const run = await runCli(
      [
        'new-recap',
        '--site',
        sample,
        '--title',
        'Meetup Göteborg',
        '--date',
        '2025-09-04',
        ...inputs,
      ],
      temp.root,
      env(),
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('sample/content/blog/2025/0904-meetup-goteborg/index.md\n');
    const post = parsePost(await readFile(join(temp.root, run.stdout.trim()), 'utf8'));
    expect(post.get(['params', 'author'])).toBe('ada');
    expect(post.get('keywords')).toEqual(['community', 'kubecon', 'recap']);
    expect(post.get(['params', 'videoSchema', 1])).toMatchObject({
      embedUrl: `https://youtu.be/${talks[1]!.id}`,
      thumbnailUrl: `https://i.ytimg.com/vi/${talks[1]!.id}/maxresdefault.jpg`,
      uploadDate: '2024-03-22T17:05:09Z',
    });
    const findings = await check(sample, join(temp.root, run.stdout.trim()));
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('gives a playlist its videos in its order', async () => {
    youtube.playlists.set('PLrecap0000000001', [talks[2]!.id, talks[0]!.id]);
    const run = await runCli(
      [
        'new-recap',
        '--title',
        'Playlist recap',
        '--date',
        '2024-04-01',
        'https://www.youtube.com/playlist?list=PLrecap0000000001',
        talks[1]!.id,
      ],
      linkerd,
      env(),
    );
    expect(run.status).toBe(0);
    const post = parsePost(await readFile(join(linkerd, run.stdout.trim()), 'utf8'));
    expect(post.body.match(/^## .*$/gm)).toEqual(
      [talks[2]!, talks[0]!, talks[1]!].map((talk) => `## ${talk.title}`),
    );
  });

  it('works offline from IDs alone, flagging what only a lookup fills', async () => {
    await youtube.close();
    const run = await runCli(
      ['new-recap', '--title', 'Offline recap', '--date', '2024-05-02', talks[0]!.id, talks[1]!.id],
      linkerd,
      env(),
    );
    expect(run.status).toBe(0);
    const path = 'content/blog/2024/0502-offline-recap/index.md';
    expect(run.stdout).toBe(`${path}\n`);
    expect(run.stderr).toContain(failureMessage('offline'));
    expect(run.stderr).toContain(`  ${talks[0]!.id}: title, description, uploadDate, duration\n`);
    expect(run.stderr).toContain(`recap-studio lookup --fill ${path}`);
    const post = parsePost(await readFile(join(linkerd, path), 'utf8'));
    expect(post.get(['params', 'videoSchema'])).toEqual(
      [talks[0]!, talks[1]!].map((talk) => ({
        embedUrl: `https://youtu.be/${talk.id}`,
        thumbnailUrl: `http://i3.ytimg.com/vi/${talk.id}/hqdefault.jpg`,
      })),
    );
    expect(post.body.match(/^## .*$/gm)).toEqual(['## Talk 1', '## Talk 2']);
    const errors = (await check(linkerd, join(linkerd, path)))
      .filter((f) => f.severity === 'error')
      .map((f) => f.rule);
    expect(errors.sort()).toEqual([
      'video/title-missing',
      'video/title-missing',
      'video/upload-date-missing',
      'video/upload-date-missing',
    ]);
  });

  it('refuses to overwrite an existing post folder, and leaves it as it was', async () => {
    const args = ['new-recap', '--title', 'Twice', '--date', '2024-06-01', talks[0]!.id];
    const first = await runCli(args, linkerd, env());
    expect(first.status).toBe(0);
    const file = join(linkerd, first.stdout.trim());
    await writeFile(file, 'my own words\n');
    const requestsBefore = youtube.requests.length;
    const second = await runCli(args, linkerd, env());
    expect(second.status).toBe(1);
    expect(second.stdout).toBe('');
    expect(second.stderr).toContain(
      'A post folder content/blog/2024/0601-twice already exists, and a recap never overwrites one.',
    );
    expect(await readFile(file, 'utf8')).toBe('my own words\n');
    // Said before any lookup.
    expect(youtube.requests.length).toBe(requestsBefore);
  });

  it('makes nothing when an input fails, unless --skip-failed leaves it out', async () => {
    const missing = fakeId(90);
    const args = [
      'new-recap',
      '--title',
      'With a typo',
      '--date',
      '2024-07-01',
      talks[0]!.id,
      missing,
      'not a video',
    ];
    const refused = await runCli(args, linkerd, env());
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`${missing}: ${failureMessage('video-not-found', missing)}\n`);
    expect(refused.stderr).toContain('not a video: ');
    await expect(stat(join(linkerd, 'content/blog/2024/0701-with-a-typo'))).rejects.toThrow();

    const skipped = await runCli([...args, '--skip-failed'], linkerd, env());
    expect(skipped.status).toBe(0);
    const post = parsePost(await readFile(join(linkerd, skipped.stdout.trim()), 'utf8'));
    expect(post.get(['params', 'videoSchema'])).toHaveLength(1);
  });

  it('refuses an author the site does not know, a bad date, and a missing title', async () => {
    const author = await runCli(
      ['new-recap', '--title', 'Unknown author', '--author', 'nobody-here', talks[0]!.id],
      linkerd,
      env(),
    );
    expect(author.status).toBe(1);
    expect(author.stderr).toContain('nobody-here');
    const date = await runCli(
      ['new-recap', '--title', 'x', '--date', '2024-02-30', talks[0]!.id],
      linkerd,
      env(),
    );
    expect(date).toMatchObject({ status: 1 });
    expect(date.stderr).toContain('YYYY-MM-DD');
    const title = await runCli(['new-recap', talks[0]!.id], linkerd, env());
    expect(title.status).toBe(2);
    expect(title.stderr).toContain('--title');
  });
});
