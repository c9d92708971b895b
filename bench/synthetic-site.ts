import { copyFile, cp, link, mkdir, readdir, rm, stat } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';

/**
 * Builds a site of at least `minimumPosts` posts by copying the corpus site's
 * blog into numbered year folders. Each copy's `index.md` is a real file;
 * images are hard links (copies where links fail) so the site stays small on
 * disk while every bundle still has its files.
 */
export async function makeSyntheticSite(
  source: string,
  target: string,
  minimumPosts: number,
): Promise<number> {
  await rm(target, { recursive: true, force: true });
  await mkdir(target, { recursive: true });
  for (const entry of await readdir(source)) {
    if (entry !== 'content')
      await cp(join(source, entry), join(target, entry), { recursive: true });
  }
  const blog = join(source, 'content', 'blog');
  const files = (await readdir(blog, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => relative(blog, join(entry.parentPath, entry.name)));
  const postsPerCopy = files.filter((file) => /(^|\/)index\.md$/.test(file)).length;
  const copies = Math.ceil(minimumPosts / postsPerCopy);
  for (let copy = 0; copy < copies; copy += 1) {
    // Year folders keep Hugo's and our own `content/blog/YYYY/MMDD-slug` layout.
    const copyRoot = join(target, 'content', 'blog', String(3000 + copy));
    for (const file of files) {
      if (file === '_index.md') continue;
      const from = join(blog, file);
      const to = join(
        copyRoot,
        file.replace(/^\d{4}\//, (year) => `${year.slice(0, 4)}-`),
      );
      await mkdir(dirname(to), { recursive: true });
      if (file.endsWith('.md')) await copyFile(from, to);
      else await link(from, to).catch(() => copyFile(from, to));
    }
  }
  await mkdir(join(target, 'content', 'blog'), { recursive: true });
  await copyFile(join(blog, '_index.md'), join(target, 'content', 'blog', '_index.md'));
  return copies * postsPerCopy;
}

export async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}
