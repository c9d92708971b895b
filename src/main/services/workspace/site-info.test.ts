import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TemporaryFolders } from '../../../../test/workspace/helpers';
import { openSite } from '../site';
import { folderBounds } from './paths';
import { describeSite } from './site-info';

const temporary = new TemporaryFolders();
afterEach(() => temporary.cleanUp());

const png = Buffer.from('89504e470d0a1a0a', 'hex');

async function siteWith(files: Record<string, string | Buffer>): Promise<string> {
  const root = await temporary.make();
  for (const [path, content] of Object.entries({ 'hugo.yaml': 'title: t\n', ...files })) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), content);
  }
  await mkdir(join(root, 'content'), { recursive: true });
  return root;
}

async function profilesOf(root: string) {
  const site = await openSite(root);
  const info = await describeSite(site, await folderBounds(root, site.contentDir), false);
  return info.authorProfiles;
}

describe('author avatars', () => {
  it('finds each avatar where the site keeps it: assets/ first, then static/', async () => {
    const root = await siteWith({
      'data/authors.yaml': [
        'alex:\n  name: Alex Leong\n  avatar: authors/alex-leong.jpg',
        'flynn:\n  name: Flynn\n  avatar: /images/authors/flynn.png',
        'carol:\n  name: Carol Scott',
        'gone:\n  name: Gone\n  avatar: authors/missing.png',
      ].join('\n'),
      'assets/authors/alex-leong.jpg': png,
      'static/images/authors/flynn.png': png,
    });
    expect(await profilesOf(root)).toEqual([
      {
        key: 'alex',
        name: 'Alex Leong',
        avatar: 'authors/alex-leong.jpg',
        avatarFile: 'assets/authors/alex-leong.jpg',
      },
      {
        key: 'flynn',
        name: 'Flynn',
        avatar: '/images/authors/flynn.png',
        avatarFile: 'static/images/authors/flynn.png',
      },
      { key: 'carol', name: 'Carol Scott', avatar: null, avatarFile: null },
      { key: 'gone', name: 'Gone', avatar: 'authors/missing.png', avatarFile: null },
    ]);
  });

  it('never points at a URL, a file outside the folder, or a file that is not an image', async () => {
    const outside = await temporary.make();
    await writeFile(join(outside, 'secret.png'), png);
    const root = await siteWith({
      'data/authors.yaml': [
        'remote:\n  avatar: https://example.com/a.png',
        'schemeless:\n  avatar: //example.com/a.png',
        'climbing:\n  avatar: ../../secret.png',
        'linked:\n  avatar: authors/linked.png',
        'text:\n  avatar: authors/notes.txt',
      ].join('\n'),
      'assets/authors/notes.txt': 'hello',
    });
    await symlink(join(outside, 'secret.png'), join(root, 'assets', 'authors', 'linked.png'));
    const files = (await profilesOf(root))?.map((profile) => profile.avatarFile);
    expect(files).toEqual([null, null, null, null, null]);
  });
});
