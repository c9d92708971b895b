import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { corpus, TemporaryFolders } from '../../../../test/workspace/helpers';
import { listBundleFiles, listMarkdownFiles } from '../site';
import { walkContent } from './content-walk';

const temporary = new TemporaryFolders();
afterEach(() => temporary.cleanUp());

describe('walkContent', () => {
  it('finds the same posts and bundle files as the one-by-one listing', async () => {
    const content = join(corpus, 'content');
    const listing = await walkContent(content);
    expect(listing.posts).toEqual(await listMarkdownFiles(content));
    for (const post of listing.posts) {
      expect(listing.bundleFiles.get(post) ?? null).toEqual(await listBundleFiles(post));
    }
  });

  it('skips hidden folders and node_modules and collects our temporary files', async () => {
    const content = await temporary.make();
    for (const folder of ['.git', 'node_modules/pkg', 'blog/post', 'blog/.obsidian'])
      await mkdir(join(content, folder), { recursive: true });
    await writeFile(join(content, '.git', 'notes.md'), 'x');
    await writeFile(join(content, 'node_modules', 'pkg', 'README.md'), 'x');
    await writeFile(join(content, 'blog', '.obsidian', 'x.md'), 'x');
    await writeFile(join(content, 'blog', 'post', 'index.md'), 'x');
    await writeFile(join(content, 'blog', 'post', 'cover.png'), 'x');
    await writeFile(join(content, 'blog', 'post', '.recap-studio-index.md.1a2b.tmp'), 'x');
    await writeFile(join(content, 'blog', 'single.md'), 'x');
    const listing = await walkContent(content);
    expect(listing.posts).toEqual([
      join(content, 'blog', 'post', 'index.md'),
      join(content, 'blog', 'single.md'),
    ]);
    expect(listing.bundleFiles.get(join(content, 'blog', 'post', 'index.md'))).toEqual(
      new Set(['index.md', 'cover.png']),
    );
    expect(listing.temporaryFiles).toEqual([
      join(content, 'blog', 'post', '.recap-studio-index.md.1a2b.tmp'),
    ]);
  });

  it('finds nothing in a content folder that does not exist yet', async () => {
    const listing = await walkContent(join(await temporary.make(), 'content'));
    expect(listing.posts).toEqual([]);
  });
});
