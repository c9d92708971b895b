import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readSiteConfig, readTopLevelConfig } from './site-config';
import { SiteError } from './site';

const folders: string[] = [];
afterEach(async () => {
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
});

async function site(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'site-config-'));
  folders.push(root);
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

describe('readSiteConfig', () => {
  it("merges linkerd.io's config/_default files under their names", async () => {
    const config = await readSiteConfig(resolve(__dirname, '../../../test/fixtures/linkerd.io'));
    expect(config['title']).toBe('Linkerd');
    expect(config['markup']).toEqual({
      highlight: { style: 'github-dark' },
      goldmark: {
        renderer: { unsafe: true },
        parser: { attribute: { block: true }, wrapStandAloneImageWithinParagraph: false },
      },
    });
  });

  it('reads a root hugo.toml, whose keys win over the config folder, objects merging', async () => {
    const root = await site({
      'hugo.toml': '[markup.goldmark.renderer]\nunsafe = true\n',
      'config/_default/markup.yaml':
        'goldmark:\n  renderer:\n    unsafe: false\n    hardWraps: true\n',
      'config/_default/params.json': '{"x": 1}',
      'config/_default/menus.en.yaml': 'main: []\n',
    });
    expect(await readSiteConfig(root)).toEqual({
      markup: { goldmark: { renderer: { unsafe: true, hardWraps: true } } },
      params: { x: 1 },
      menus: { main: [] },
    });
  });

  it('prefers hugo.* to config.* and gives {} for a folder without config', async () => {
    const both = await site({ 'hugo.yaml': 'title: New\n', 'config.yaml': 'title: Old\n' });
    expect(await readSiteConfig(both)).toEqual({ title: 'New' });
    expect(await readSiteConfig(await site({}))).toEqual({});
  });

  it('says which file cannot be read', async () => {
    const root = await site({ 'config/_default/markup.yaml': 'goldmark: [unclosed\n' });
    await expect(readSiteConfig(root)).rejects.toThrow(SiteError);
    await expect(readSiteConfig(root)).rejects.toThrow(/markup\.yaml cannot be read/);
  });
});

describe('readTopLevelConfig', () => {
  it('reads only the files that can hold top-level settings, in the same order', async () => {
    const root = await site({
      'hugo.yaml': 'title: Root\n',
      'config/_default/hugo.yaml': 'title: Folder\ncontentDir: posts\n',
      'config/_default/config.toml': 'baseURL = "https://example.org/"\n',
      // Named after their key, so never top-level settings; not even parsed.
      'config/_default/menus.yaml': 'main: [unclosed\n',
      'config/_default/params.yaml': 'contentDir: not-this\n',
    });
    expect(await readTopLevelConfig(root)).toEqual({
      title: 'Root',
      contentDir: 'posts',
      baseURL: 'https://example.org/',
    });
    await expect(readSiteConfig(root)).rejects.toThrow(/menus\.yaml cannot be read/);
  });
});
