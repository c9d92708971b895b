import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { googleConvention } from '../../../shared/youtube/convention';
import { readSiteFacts } from '../site';
import { siteConvention, writeVideoConvention } from './site-convention';

const root = resolve(import.meta.dirname, '../../../..');
const linkerd = join(root, 'test/fixtures/linkerd.io');
const sample = join(root, 'resources/sample-site');

let temp: string;
beforeEach(async () => {
  temp = await mkdtemp(join(tmpdir(), 'recap-convention-'));
});
afterEach(async () => {
  await rm(temp, { recursive: true, force: true });
});

describe('siteConvention', () => {
  it("infers linkerd.io's own convention from its blog", async () => {
    const convention = await siteConvention({
      root: linkerd,
      contentDir: join(linkerd, 'content'),
    });
    expect(convention).toEqual({
      choice: 'infer',
      effective: 'site',
      convention: {
        embedUrl: 'https://youtu.be/{id}',
        thumbnailUrl: 'http://i3.ytimg.com/vi/{id}/{file}.jpg',
        uploadDate: 'date',
      },
      siteConvention: expect.objectContaining({ uploadDate: 'date' }),
    });
  });

  it("infers the sample site's: youtu.be links, https thumbnails, date-times", async () => {
    const convention = await siteConvention({ root: sample, contentDir: join(sample, 'content') });
    expect(convention.effective).toBe('site');
    expect(convention.convention).toEqual({
      embedUrl: 'https://youtu.be/{id}',
      thumbnailUrl: 'https://i.ytimg.com/vi/{id}/{file}.jpg',
      uploadDate: 'date-time',
    });
  });

  it("takes Google's for a site without entries, or when the site or the caller chose it", async () => {
    await writeFile(join(temp, 'post.md'), '---\ntitle: x\n---\n');
    const empty = await siteConvention({ root: temp, contentDir: temp });
    expect(empty).toMatchObject({
      choice: 'infer',
      effective: 'google',
      convention: googleConvention,
    });
    await writeVideoConvention(temp, 'site');
    expect(await siteConvention({ root: temp, contentDir: temp })).toMatchObject({
      choice: 'site',
      effective: 'google',
    });
    const overridden = await siteConvention(
      { root: linkerd, contentDir: join(linkerd, 'content') },
      'google',
    );
    expect(overridden).toMatchObject({ choice: 'google', convention: googleConvention });
  });
});

describe('writeVideoConvention', () => {
  it('writes the choice, keeps comments and other keys, and removes only its key for infer', async () => {
    const file = join(temp, '.recap-studio.yaml');
    await writeFile(file, '# Shared by the team.\nother: kept # why\n');
    await writeVideoConvention(temp, 'google');
    expect(await readFile(file, 'utf8')).toBe(
      '# Shared by the team.\nother: kept # why\nvideoConvention: google\n',
    );
    await writeVideoConvention(temp, 'infer');
    expect(await readFile(file, 'utf8')).toBe('# Shared by the team.\nother: kept # why\n');
  });

  it('creates the file when needed, and removes it when infer leaves nothing in it', async () => {
    const file = join(temp, '.recap-studio.yaml');
    await writeVideoConvention(temp, 'infer');
    expect(existsSync(file)).toBe(false);
    await writeVideoConvention(temp, 'site');
    expect(await readFile(file, 'utf8')).toContain('videoConvention: site\n');
    await writeVideoConvention(temp, 'infer');
    expect(existsSync(file)).toBe(false);
  });

  it('leaves a file that is not valid YAML as it is, and says why', async () => {
    const file = join(temp, '.recap-studio.yaml');
    await writeFile(file, 'videoConvention: [site\n');
    await expect(writeVideoConvention(temp, 'google')).rejects.toThrow(/not valid YAML/);
    expect(await readFile(file, 'utf8')).toBe('videoConvention: [site\n');
  });
});

describe('the site facts `check` and the app validate with', () => {
  it('carry the choice, and refuse a bad file in plain words', async () => {
    await cp(join(sample, 'hugo.yaml'), join(temp, 'hugo.yaml'));
    expect((await readSiteFacts(temp)).videoConvention).toBe('infer');
    await writeFile(join(temp, '.recap-studio.yaml'), 'videoConvention: google\n');
    expect((await readSiteFacts(temp)).videoConvention).toBe('google');
    await writeFile(join(temp, '.recap-studio.yaml'), 'videoConvention: yes\n');
    await expect(readSiteFacts(temp)).rejects.toThrow('must be site, google or infer');
  });
});
