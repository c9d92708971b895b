import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scanContentFiles, scanContentFilesSync } from './content-files';

let folder = '';
afterEach(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

async function files(paths: string[]): Promise<void> {
  for (const path of paths) {
    await mkdir(join(folder, path, '..'), { recursive: true });
    await writeFile(join(folder, path), '');
  }
}

const layout = [
  'blog/_index.md',
  'blog/banner.png',
  'blog/2024/0101-a/index.md',
  'blog/2024/0101-a/cover.png',
  'blog/2024/0101-a/img/diagram.svg',
  'blog/2024/0101-ab/index.md',
  'blog/single.md',
  '.git/x.md',
  'node_modules/y/readme.md',
];

describe.each([
  ['scanContentFiles', scanContentFiles],
  ['scanContentFilesSync', scanContentFilesSync],
])('%s', (_name, scan) => {
  it('lists posts and tells leaf bundles, branch bundles and single files apart', async () => {
    folder = await mkdtemp(join(tmpdir(), 'recap-studio-content-'));
    await files(layout);
    const content = await scan(folder);
    const relative = content.posts.map((p) => p.slice(folder.length + 1));
    expect(relative).toEqual([
      'blog/2024/0101-a/index.md',
      'blog/2024/0101-ab/index.md',
      'blog/_index.md',
      'blog/single.md',
    ]);
    expect(content.bundleFiles(join(folder, 'blog/2024/0101-a/index.md'))).toEqual(
      new Set(['cover.png', 'img/diagram.svg', 'index.md']),
    );
    // A sibling folder whose name starts the same is not part of the bundle.
    expect(content.bundleFiles(join(folder, 'blog/2024/0101-ab/index.md'))).toEqual(
      new Set(['index.md']),
    );
    expect(content.bundleFiles(join(folder, 'blog/_index.md'))).toEqual(
      new Set(['_index.md', 'banner.png', 'single.md']),
    );
    expect(content.bundleFiles(join(folder, 'blog/single.md'))).toBeNull();
  });

  it('names files as path.join names them, however the folder is written', async () => {
    folder = await mkdtemp(join(tmpdir(), 'recap-studio-content-'));
    await files(layout);
    const posts = [
      'blog/2024/0101-a/index.md',
      'blog/2024/0101-ab/index.md',
      'blog/_index.md',
      'blog/single.md',
    ];
    for (const written of [folder + sep, `${folder}${sep}blog${sep}..`, relative('.', folder)]) {
      expect((await scan(written)).posts).toEqual(posts.map((post) => join(written, post)));
    }
  });
});
