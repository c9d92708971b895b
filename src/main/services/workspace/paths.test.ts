import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ServiceError } from '../../../shared/ipc/result';
import { TemporaryFolders } from '../../../../test/workspace/helpers';
import {
  checkRelativePath,
  folderBounds,
  isInside,
  resolveInside,
  resolvePostFile,
  type FolderBounds,
} from './paths';

const temporary = new TemporaryFolders();
afterEach(() => temporary.cleanUp());

async function refusal(promise: Promise<unknown>): Promise<ServiceError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ServiceError);
  return error as ServiceError;
}

describe('checkRelativePath', () => {
  it('splits a relative path into segments, ignoring empty and "." ones', () => {
    expect(checkRelativePath('content/blog/2021/x/index.md')).toEqual([
      'content',
      'blog',
      '2021',
      'x',
      'index.md',
    ]);
    expect(checkRelativePath('./content//blog/')).toEqual(['content', 'blog']);
  });

  it.each([
    ['/etc/passwd', 'absolute'],
    ['C:/Windows/win.ini', 'absolute'],
    ['c:relative', 'absolute'],
    ['..', '".."'],
    ['../content-evil/x.md', '".."'],
    ['content/../../x.md', '".."'],
    ['content/blog/../../../etc/passwd', '".."'],
    ['content\\..\\..\\x.md', 'backslash'],
    ['\\\\server\\share\\x.md', 'backslash'],
    ['content/x.md\0.png', 'NUL'],
  ])('refuses %j (%s) as outside-workspace', (path, reason) => {
    let error: unknown = null;
    try {
      checkRelativePath(path);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as ServiceError).code).toBe('outside-workspace');
    expect((error as ServiceError).message).toContain(reason);
  });

  it('refuses a path that names the folder itself', () => {
    expect(() => checkRelativePath('./')).toThrow(/does not name a file/);
  });
});

describe('isInside', () => {
  it('tells a folder from a sibling that shares its prefix', () => {
    expect(isInside('/site/content', '/site/content/blog/x.md')).toBe(true);
    expect(isInside('/site/content', '/site/content')).toBe(true);
    expect(isInside('/site/content', '/site/content-evil/x.md')).toBe(false);
    expect(isInside('/site/content', '/site')).toBe(false);
  });
});

describe('resolving paths in a folder', () => {
  let root = '';
  let outside = '';
  let bounds: FolderBounds;

  beforeEach(async () => {
    const base = await temporary.make();
    root = join(base, 'site');
    outside = join(base, 'elsewhere');
    await mkdir(join(root, 'content', 'blog', 'post'), { recursive: true });
    await mkdir(join(root, 'content', '.git'), { recursive: true });
    await mkdir(join(root, 'config'), { recursive: true });
    await mkdir(join(root, 'data'), { recursive: true });
    await mkdir(join(base, 'site', 'content-evil'), { recursive: true });
    await mkdir(outside, { recursive: true });
    await writeFile(join(root, 'content', 'blog', 'post', 'index.md'), '# Post\n');
    await writeFile(join(outside, 'secret.md'), 'secret\n');
    await symlink(outside, join(root, 'content', 'blog', 'escape'));
    await symlink(join(outside, 'secret.md'), join(root, 'content', 'blog', 'secret.md'));
    await symlink(join(outside, 'missing.md'), join(root, 'content', 'blog', 'dangling.md'));
    await symlink(join(root, 'content', 'blog', 'post'), join(root, 'content', 'blog', 'alias'));
    bounds = await folderBounds(root, join(root, 'content'));
  });

  it('resolves a post inside the content folder', async () => {
    const post = await resolvePostFile(bounds, 'content/blog/post/index.md');
    expect(post).toEqual({
      relative: 'content/blog/post/index.md',
      absolute: join(root, 'content', 'blog', 'post', 'index.md'),
    });
    // A new file is judged by its folder.
    expect((await resolvePostFile(bounds, 'content/blog/new/index.md')).relative).toBe(
      'content/blog/new/index.md',
    );
  });

  it('follows a link that stays inside the folder', async () => {
    const post = await resolvePostFile(bounds, 'content/blog/alias/index.md');
    expect(post.relative).toBe('content/blog/alias/index.md');
  });

  it.each([
    ['a folder link out of the site', 'content/blog/escape/secret.md', /symbolic link/],
    ['a file link out of the site', 'content/blog/secret.md', /symbolic link/],
    [
      'a new file under a folder link out of the site',
      'content/blog/escape/new.md',
      /symbolic link/,
    ],
    ['a dangling link', 'content/blog/dangling.md', /does not exist/],
  ])('refuses %s', async (_what, path, message) => {
    const error = await refusal(resolveInside(bounds, path));
    expect(error.code).toBe('outside-workspace');
    expect(error.message).toMatch(message);
  });

  it.each([
    ['the site config', 'config/hugo.yaml'],
    ['a Markdown file outside the content folder', 'data/notes.md'],
    ['a sibling folder sharing the prefix', 'content-evil/x.md'],
    ['a file in .git', 'content/.git/x.md'],
    ['our temporary file', 'content/blog/post/.recap-studio-index.md.abc.tmp'],
    ['a file that is not Markdown', 'content/blog/post/cover.png'],
  ])('refuses %s as a post', async (_what, path) => {
    const error = await refusal(resolvePostFile(bounds, path));
    expect(error.code).toBe('outside-workspace');
    expect(error.message).toContain('not a Markdown post');
  });
});
