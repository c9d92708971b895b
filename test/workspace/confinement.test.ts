import { mkdir, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServiceError } from '../../src/shared/ipc/result';
import { openWorkspace, TemporaryFolders, type TestWorkspace } from './helpers';

const temporary = new TemporaryFolders();
const trashed: string[] = [];
let base = '';
let site = '';
let workspace: TestWorkspace;
let version = '';
const recap = 'content/blog/2021/0617-may-community-meeting-recap-part-1/index.md';

/**
 * Every file under `folder`: the text of posts, size and modification time
 * of the rest (the corpus images), to show nothing was written anywhere.
 */
async function snapshot(folder: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    const file = join(entry.parentPath, entry.name);
    if (!entry.isFile()) continue;
    if (/\.(md|yaml)$/.test(entry.name)) files[file] = await readFile(file, 'utf8');
    else {
      const info = await stat(file);
      files[file] = `${info.size} bytes, modified ${info.mtimeMs}`;
    }
  }
  return files;
}

beforeAll(async () => {
  const copy = await temporary.corpusCopy();
  site = copy.site;
  base = join(site, '..');
  // Outside the site: a sibling sharing the content folder's prefix, and a private folder.
  await mkdir(join(site, 'content-evil', 'blog', 'x'), { recursive: true });
  await writeFile(join(site, 'content-evil', 'blog', 'x', 'index.md'), '---\ntitle: Evil\n---\n');
  await mkdir(join(base, 'private', 'post'), { recursive: true });
  await writeFile(join(base, 'private', 'post', 'index.md'), '---\ntitle: Private\n---\n');
  await writeFile(join(base, 'private', 'secret.md'), 'secret\n');
  await symlink(join(base, 'private'), join(site, 'content', 'blog', 'linked-out'));
  await symlink(join(base, 'private', 'secret.md'), join(site, 'content', 'blog', 'secret.md'));
  await symlink(join(base, 'private', 'gone.md'), join(site, 'content', 'blog', 'dangling.md'));
  ({ workspace } = await openWorkspace(site, {
    dataDir: copy.dataDir,
    trash: async (path) => {
      trashed.push(path);
    },
  }));
  ({ version } = await workspace['posts.read']({ path: recap }));
});

afterAll(async () => {
  await workspace.dispose();
  await temporary.cleanUp();
});

const escaping: [string, string][] = [
  ['an absolute path', join('/', 'etc', 'passwd')],
  ['an absolute path into the site', `${'/'}${recap}`],
  ['a Windows drive path', 'C:/Users/x/index.md'],
  ['.. out of the site', '../private/secret.md'],
  ['.. deep inside', 'content/blog/../../../private/post/index.md'],
  ['a sibling sharing the prefix', '../linkerd.io-evil/index.md'],
  ['the content-evil sibling', 'content/../content-evil/blog/x/index.md'],
  ['a NUL byte', 'content/blog/x.md\0.png'],
  ['backslashes', 'content\\..\\..\\private\\secret.md'],
  ['a folder link out of the site', 'content/blog/linked-out/post/index.md'],
  ['a file link out of the site', 'content/blog/secret.md'],
  ['a dangling link', 'content/blog/dangling.md'],
];

const notPosts: [string, string][] = [
  ['the site config', 'config/_default/hugo.yaml'],
  ['the authors data', 'data/authors.yaml'],
  ['Markdown outside the content folder', 'archetypes/default.md'],
  ['the content-evil sibling folder', 'content-evil/blog/x/index.md'],
  ['git internals', 'content/.git/config.md'],
];

/** Every call that takes a path, given that path. */
function callsWith(path: string): [string, () => Promise<unknown>][] {
  const png = Buffer.from('png').toString('base64');
  return [
    ['posts.read', () => workspace['posts.read']({ path })],
    ['posts.validate', () => workspace['posts.validate']({ path, text: '# x\n' })],
    ['posts.save', () => workspace['posts.save']({ path, text: '# x\n', baseVersion: null })],
    ['posts.trash', () => workspace['posts.trash']({ path })],
    ['assets.list', () => workspace['assets.list']({ post: path })],
    ['assets.add', () => workspace['assets.add']({ post: path, name: 'x.png', data: png })],
    [
      'assets.setCover',
      () => workspace['assets.setCover']({ post: path, name: 'cover.jpg', baseVersion: version }),
    ],
    ['backups.store', () => workspace['backups.store']({ path, text: 'x' })],
    ['backups.discard', () => workspace['backups.discard']({ path })],
  ];
}

describe('paths from outside main', () => {
  it.each([...escaping, ...notPosts])(
    'refuses %s in every call, and writes nothing',
    async (_what, path) => {
      const before = await snapshot(base);
      for (const [name, call] of callsWith(path)) {
        const error = await call().then(
          () => null,
          (caught: unknown) => caught,
        );
        expect(error, `${name} with ${JSON.stringify(path)}`).toBeInstanceOf(ServiceError);
        expect((error as ServiceError).code, `${name} with ${JSON.stringify(path)}`).toBe(
          'outside-workspace',
        );
      }
      expect(await snapshot(base)).toEqual(before);
      expect(trashed).toEqual([]);
    },
  );

  it('names assets safely instead of following the name out of the bundle', async () => {
    const asset = await workspace['assets.add']({
      post: recap,
      name: '../../../../private/evil.png',
      data: Buffer.from('png').toString('base64'),
    });
    expect(asset.name).toBe('evil.png');
    expect(await readdir(join(base, 'private'))).toEqual(['post', 'secret.md']);
  });
});
