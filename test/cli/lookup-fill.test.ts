import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parsePost } from '../../src/shared/post';
import { failureMessage } from '../../src/shared/youtube/failures';
import { fakeId, keys, startFakeYouTube, type FakeYouTube } from '../youtube/fake-youtube';
import { addTalks, copySite, linkerdSite, talks, youtubeEnv } from './recap-site';
import { runCli, temporaryFolder } from './run-cli';

// `recap-studio lookup --fill`: empty fields filled, calls without an entry
// given one, and not one other byte of the file changed.

let temp: { root: string; remove: () => Promise<void> };
let site: string;
let youtube: FakeYouTube;
let dataDir: string;

beforeAll(async () => {
  temp = await temporaryFolder();
  site = await copySite(linkerdSite, join(temp.root, 'linkerd.io'));
});
afterAll(() => temp.remove());

beforeEach(async () => {
  youtube = await startFakeYouTube();
  addTalks(youtube);
  dataDir = join(temp.root, `data-${Math.random().toString(36).slice(2)}`);
});
afterEach(() => youtube.close());

const env = (key: string | null = keys.good) => youtubeEnv(youtube, dataDir, key);

/** The lines of `after` that are not in `before`, when `before`'s lines are all kept, in order. */
function addedLines(before: string, after: string): string[] {
  const kept = before.split('\n');
  const added: string[] = [];
  let at = 0;
  for (const line of after.split('\n')) {
    if (at < kept.length && line === kept[at]) at += 1;
    else added.push(line);
  }
  expect(at, 'every line of the file before is kept, in order').toBe(kept.length);
  return added;
}

async function offlineRecap(title: string, date: string, ids: string[]): Promise<string> {
  const port = youtube.apiBase;
  await youtube.close();
  const run = await runCli(['new-recap', '--title', title, '--date', date, ...ids], site, env());
  expect(run.status).toBe(0);
  youtube = await startFakeYouTube();
  addTalks(youtube);
  expect(youtube.apiBase).not.toBe(port);
  return join(site, run.stdout.trim());
}

describe('recap-studio lookup --fill', () => {
  it('fills a recap made offline: only the filled lines change, and check finds no errors', async () => {
    const file = await offlineRecap('Filled later', '2024-08-01', [talks[0]!.id, talks[1]!.id]);
    const before = await readFile(file, 'utf8');
    const run = await runCli(['lookup', '--fill', file], site, env());
    expect(run).toMatchObject({ status: 0, stderr: '' });
    const shown = 'content/blog/2024/0801-filled-later/index.md';
    expect(run.stdout).toBe(
      `${shown}: filled video 1 (${talks[0]!.id}): title, description, uploadDate, duration; ` +
        `video 2 (${talks[1]!.id}): title, description, uploadDate, duration\n`,
    );
    const after = await readFile(file, 'utf8');
    expect(addedLines(before, after)).toEqual([
      `      title: ${talks[0]!.title}`,
      '      description: Oliver explains why the proxy is written in Rust.',
      '      uploadDate: 2024-03-22',
      '      duration: PT28M4S',
      `      title: '${talks[1]!.title}'`,
      '      description: A tour of mTLS in the mesh.',
      '      uploadDate: 2024-03-22',
      '      duration: PT28M4S',
    ]);
    expect(parsePost(after).body).toBe(parsePost(before).body);
    const check = await runCli(['check', '--format', 'json', file], site);
    const errors = (JSON.parse(check.stdout) as { diagnostics: { severity: string }[] }[])
      .flatMap((report) => report.diagnostics)
      .filter((d) => d.severity === 'error');
    expect(errors).toEqual([]);

    const again = await runCli(['lookup', '--fill', file], site, env());
    expect(again).toMatchObject({ status: 0, stdout: `${shown}: unchanged\n` });
    expect(await readFile(file, 'utf8')).toBe(after);
  });

  it('adds entries for calls that have none and keeps what the author wrote', async () => {
    const file = join(site, 'content/blog/2024/0901-hand-written/index.md');
    await mkdir(join(file, '..'), { recursive: true });
    const before = [
      '---',
      'date: 2024-09-01T00:00:00Z',
      'title: Hand-written recap',
      'description: Two talks, one of them described by hand.',
      'keywords: [community]',
      'params:',
      '  author: william',
      '  videoSchema:',
      `    - title: "My own title"   # kept`,
      `      embedUrl: https://youtu.be/${talks[0]!.id}`,
      `      thumbnailUrl: http://i3.ytimg.com/vi/${talks[0]!.id}/maxresdefault.jpg`,
      '      uploadDate: 2024-03-22',
      '---',
      '',
      'The talks.',
      '',
      `## ${talks[0]!.title}`,
      '',
      `{{< youtube "${talks[0]!.id}" >}}`,
      '',
      'First.',
      '',
      '## The second talk',
      '',
      `{{< youtube "${talks[2]!.id}" >}}`,
      '',
      'Second.',
      '',
    ].join('\n');
    await writeFile(file, before);
    const run = await runCli(['lookup', '--fill', file], site, env());
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`video 2 (${talks[2]!.id}): added`);
    const after = await readFile(file, 'utf8');
    expect(addedLines(before, after)).toEqual([
      '      description: Oliver explains why the proxy is written in Rust.',
      '      duration: PT28M4S',
      // In the quotes the entries already use.
      '    - title: "The second talk"',
      `      embedUrl: https://youtu.be/${talks[2]!.id}`,
      `      thumbnailUrl: http://i3.ytimg.com/vi/${talks[2]!.id}/maxresdefault.jpg`,
      '      description: How Penn State scheduled COVID tests.',
      '      uploadDate: 2024-03-22',
      '      duration: PT28M4S',
    ]);
  });

  it('leaves a post whose front matter it cannot edit untouched, and says why', async () => {
    const file = join(site, 'content/blog/2024/1201-toml/index.md');
    await mkdir(join(file, '..'), { recursive: true });
    const before = `+++\ntitle = "TOML recap"\n+++\n\n{{< youtube "${talks[0]!.id}" >}}\n`;
    await writeFile(file, before);
    const run = await runCli(['lookup', '--fill', file], site, env());
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('content/blog/2024/1201-toml/index.md: left untouched: ');
    expect(await readFile(file, 'utf8')).toBe(before);
  });

  it('offline, writes nothing and exits 2; a missing video is reported and exits 1', async () => {
    const file = await offlineRecap('Still offline', '2024-10-01', [talks[0]!.id, fakeId(91)]);
    const before = await readFile(file, 'utf8');
    await youtube.close();
    const offline = await runCli(['lookup', '--fill', file], site, env());
    expect(offline.status).toBe(2);
    expect(offline.stderr).toContain(failureMessage('offline'));
    expect(await readFile(file, 'utf8')).toBe(before);

    youtube = await startFakeYouTube();
    addTalks(youtube);
    const partly = await runCli(['lookup', '--fill', file], site, env());
    expect(partly.status).toBe(1);
    expect(partly.stderr).toContain(failureMessage('video-not-found', fakeId(91)));
    const added = addedLines(before, await readFile(file, 'utf8'));
    expect(added).toHaveLength(4);
  });

  it('without a key fills what oEmbed gives, never adding an error', async () => {
    const file = await offlineRecap('No key', '2024-11-01', [talks[0]!.id]);
    const before = await readFile(file, 'utf8');
    const run = await runCli(['lookup', '--fill', file], site, env(null));
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('Without a YouTube API key');
    expect(addedLines(before, await readFile(file, 'utf8'))).toEqual([
      `      title: ${talks[0]!.title}`,
    ]);
  });
});
