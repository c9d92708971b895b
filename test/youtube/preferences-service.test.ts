import { cp, mkdtemp, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../src/main/services/create-services';
import { Settings } from '../../src/main/services/settings';
import type { Workspace } from '../../src/main/services/workspace/workspace';
import type { StudioApi } from '../../src/shared/ipc/contract';
import type { PreferencesService } from '../../src/main/services/youtube/preferences-service';

// Preferences over a real workspace on a copy of linkerd.io's blog: the
// site's convention is written to its .recap-studio.yaml and checks follow it.

const corpus = resolve(import.meta.dirname, '..', 'fixtures', 'linkerd.io');
const recap = 'content/blog/2021/0617-may-community-meeting-recap-part-1/index.md';

let temp: string;
let site: string;
let workspace: Workspace;
let preferences: PreferencesService;
let services: Services;
let api: StudioApi;

beforeEach(async () => {
  temp = await mkdtemp(join(tmpdir(), 'recap-preferences-'));
  site = join(temp, 'site');
  for (const part of ['config', 'data', 'archetypes'])
    await cp(join(corpus, part), join(site, part), { recursive: true });
  await cp(join(corpus, recap, '..'), join(site, recap, '..'), { recursive: true });
  site = await realpath(site);
  const dataDir = join(temp, 'data');
  services = createServices({ dataDir, trash: null, env: {} });
  await services.init();
  ({ workspace, preferences, api } = services);
});

afterEach(async () => {
  await services.dispose();
  await rm(temp, { recursive: true, force: true });
});

async function recapWarnings(): Promise<number> {
  await workspace.whenIndexed();
  const [summary] = (await api['posts.list']({})).filter((post) => post.path === recap);
  return summary!.warnings;
}

describe('Preferences', () => {
  it('needs an open site for the convention, and keeps the default author without one', async () => {
    expect(await preferences['preferences.get']()).toEqual({ site: null, defaultAuthor: null });
    await expect(
      preferences['preferences.setVideoConvention']({ videoConvention: 'google' }),
    ).rejects.toMatchObject({ code: 'no-folder' });
    expect(await preferences['preferences.setDefaultAuthor']({ author: 'flynn' })).toEqual({
      site: null,
      defaultAuthor: 'flynn',
    });
    const reread = new Settings(join(temp, 'data'));
    await reread.init();
    expect(reread.values.defaultAuthor).toBe('flynn');
  });

  it("shows the site's habit, and writes the choice to the site where checks follow it", async () => {
    await workspace['workspace.open']({ path: site });
    expect(await preferences['preferences.get']()).toEqual({
      site: {
        root: site,
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
    });
    const before = await recapWarnings();
    const text = await readFile(join(site, recap), 'utf8');
    const rules = async () =>
      (await api['posts.validate']({ path: recap, text }))
        .map((d) => d.rule)
        .filter((rule) => rule.startsWith('video/'));
    expect(await rules()).toEqual(['video/site-convention']);

    const chosen = await preferences['preferences.setVideoConvention']({
      videoConvention: 'google',
    });
    expect(chosen.site).toMatchObject({ videoConvention: 'google', effective: 'google' });
    expect(await readFile(join(site, '.recap-studio.yaml'), 'utf8')).toContain(
      'videoConvention: google\n',
    );
    // Eleven talks, each with an http thumbnail and a date-only upload date.
    const underGoogle = await rules();
    expect(underGoogle).toHaveLength(22);
    expect(new Set(underGoogle)).toEqual(
      new Set(['video/thumbnail-http', 'video/upload-date-no-zone']),
    );
    expect(await recapWarnings()).toBe(before + 22);

    await preferences['preferences.setVideoConvention']({ videoConvention: 'infer' });
    expect(await rules()).toEqual(['video/site-convention']);
    expect(await recapWarnings()).toBe(before);
  });

  it('shows what is wrong with a damaged file, and leaves it as it is', async () => {
    const file = join(site, '.recap-studio.yaml');
    await writeFile(file, 'videoConvention: [google\n');
    // Opening says so, as for a damaged site config.
    await expect(workspace['workspace.open']({ path: site })).rejects.toMatchObject({
      code: 'invalid',
      message: expect.stringContaining('.recap-studio.yaml is not valid YAML'),
    });
    await writeFile(file, 'videoConvention: google\n');
    await workspace['workspace.open']({ path: site });
    await writeFile(file, 'videoConvention: [google\n');
    const shown = await preferences['preferences.get']();
    expect(shown.site?.settingsProblem).toContain('.recap-studio.yaml is not valid YAML');
    await expect(
      preferences['preferences.setVideoConvention']({ videoConvention: 'site' }),
    ).rejects.toMatchObject({ code: 'invalid' });
    expect(await readFile(file, 'utf8')).toBe('videoConvention: [google\n');
  });

  it('gives new posts the default author', async () => {
    await workspace['workspace.open']({ path: site });
    await preferences['preferences.setDefaultAuthor']({ author: 'flynn' });
    const created = await api['posts.create']({ title: 'A new recap' });
    expect(created.text).toMatch(/^\s*author: flynn$/m);
  });
});
