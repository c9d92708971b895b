import { lstat, mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ArgsOf, DataOf, StudioApi } from '../../../shared/ipc/contract';
import { ServiceError } from '../../../shared/ipc/result';
import { parsePostChecked } from '../../../shared/post/checked-reader';
import { writeFileAtomic } from '../atomic-write';
import { diagnose } from '../post-check';
import type { PostWriter } from '../post-writer';
import type { Settings } from '../settings';
import { fileSystemError } from './fs-errors';
import {
  bundleFolderFor,
  formatPostDate,
  newPostText,
  readArchetype,
  shapeOf,
  shapeSampleSize,
  slugify,
} from './new-post';
import { isLeafBundleIndex, resolvePostFile, toRelative } from './paths';
import { readContent, recordRow } from './post-content';
import { contentVersion } from './version';
import type { Workspace } from './workspace';

export interface PostsDeps {
  workspace: Workspace;
  writer: PostWriter;
  /** Moves a file or folder to the system trash; null where there is none (web mode). */
  trash: ((absolutePath: string) => Promise<void>) | null;
  /** Supplies the default author of new posts, when given. */
  settings?: Settings | undefined;
  /** Today, for new posts' folders and dates; tests pass a fixed one. */
  now?: (() => Date) | undefined;
}

type PostsChannels =
  | 'posts.list'
  | 'posts.search'
  | 'posts.read'
  | 'posts.validate'
  | 'posts.save'
  | 'posts.create'
  | 'posts.trash'
  | 'posts.shortcodeUses';

const trashUnavailable =
  'Deleting posts is not available in the browser version; delete the folder in your file manager.';

/** The `posts.*` calls: the list, reading, checking, saving, creating and trashing posts. */
export class PostsService implements Pick<StudioApi, PostsChannels> {
  constructor(private readonly deps: PostsDeps) {}

  async 'posts.list'(): Promise<DataOf<'posts.list'>> {
    const folder = this.deps.workspace.requireFolder();
    await folder.whenListed();
    return folder.index.list();
  }

  async 'posts.search'({ query }: ArgsOf<'posts.search'>): Promise<DataOf<'posts.search'>> {
    const folder = this.deps.workspace.requireFolder();
    await folder.whenListed();
    return folder.index.search(query);
  }

  async 'posts.shortcodeUses'(): Promise<DataOf<'posts.shortcodeUses'>> {
    const folder = this.deps.workspace.requireFolder();
    await folder.whenListed();
    return folder.index.shortcodeUses();
  }

  async 'posts.read'({ path }: ArgsOf<'posts.read'>): Promise<DataOf<'posts.read'>> {
    const folder = this.deps.workspace.requireFolder();
    const target = await resolvePostFile(folder.bounds, path);
    const bytes = await readFile(target.absolute).catch((error: unknown) => {
      throw fileSystemError(error, `post ${target.relative}`);
    });
    return readContent(folder, target, bytes);
  }

  async 'posts.validate'({
    path,
    text,
  }: ArgsOf<'posts.validate'>): Promise<DataOf<'posts.validate'>> {
    const folder = this.deps.workspace.requireFolder();
    const target = await resolvePostFile(folder.bounds, path);
    return diagnose(folder.site, target.absolute, parsePostChecked(text));
  }

  /**
   * Saves through the post writer: only over the version the editor loaded
   * (`baseVersion: null` is Overwrite after a conflict), and only text
   * without errors (`refused`, nothing written).
   */
  async 'posts.save'({
    path,
    text,
    baseVersion,
  }: ArgsOf<'posts.save'>): Promise<DataOf<'posts.save'>> {
    const folder = this.deps.workspace.requireFolder();
    const target = await resolvePostFile(folder.bounds, path);
    const outcome = await this.deps.writer.write({
      site: folder.site,
      file: target.absolute,
      shown: target.relative,
      base: baseVersion === null ? 'overwrite' : { version: baseVersion },
      change: { text },
      expectWrite: (file, version) => folder.expectWrite(file, version),
    });
    if (outcome.status === 'refused')
      return { status: 'refused', diagnostics: outcome.diagnostics };
    recordRow(folder, target, outcome.version, outcome.document, outcome.diagnostics);
    await folder.backups.discard(target.relative);
    return { status: 'saved', version: outcome.version, diagnostics: outcome.diagnostics };
  }

  /**
   * A new page bundle `content/blog/YYYY/MMDD-slug/index.md`, dated today,
   * from the site's archetype and in the shape of its newest posts.
   */
  async 'posts.create'({ title, author }: ArgsOf<'posts.create'>): Promise<DataOf<'posts.create'>> {
    const folder = this.deps.workspace.requireFolder();
    const now = (this.deps.now ?? (() => new Date()))();
    const slug = slugify(title);
    const bundle = toRelative(
      folder.bounds,
      join(folder.site.contentDir, bundleFolderFor(now, slug)),
    );
    const target = await resolvePostFile(folder.bounds, `${bundle}/index.md`);
    const bundleFolder = dirname(target.absolute);
    return this.deps.workspace.locks.run(bundleFolder, async () => {
      if (await exists(bundleFolder)) throw postExists(bundle);
      const shape = shapeOf(await folder.newestPosts(shapeSampleSize));
      const archetype = folder.site.kind === 'hugo' ? await readArchetype(folder.site.root) : null;
      const chosenAuthor = (author ?? this.deps.settings?.values.defaultAuthor ?? '').trim();
      const text = newPostText(archetype, {
        title,
        slug,
        date: formatPostDate(now, shape.dateStyle),
        author: chosenAuthor === '' ? null : chosenAuthor,
        shape,
      });
      const bytes = new TextEncoder().encode(text);
      try {
        await mkdir(dirname(bundleFolder), { recursive: true });
        // Not recursive: if another program made the folder meanwhile, this fails instead of sharing it.
        await mkdir(bundleFolder);
        folder.expectWrite(target.absolute, contentVersion(bytes));
        await writeFileAtomic(target.absolute, bytes);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw postExists(bundle);
        throw fileSystemError(error, `new post ${target.relative}`);
      }
      return readContent(folder, target, bytes);
    });
  }

  async 'posts.trash'({ path }: ArgsOf<'posts.trash'>): Promise<DataOf<'posts.trash'>> {
    const folder = this.deps.workspace.requireFolder();
    const trash = this.deps.trash;
    if (!trash) throw new ServiceError('unsupported', trashUnavailable);
    const target = await resolvePostFile(folder.bounds, path);
    const bundle = isLeafBundleIndex(target.relative);
    // A bundle goes to the trash as a whole, with its images.
    const removed = bundle ? dirname(target.absolute) : target.absolute;
    const removedPath = bundle ? dirname(target.relative) : target.relative;
    await this.deps.workspace.locks.run(target.absolute, async () => {
      await lstat(target.absolute).catch((error: unknown) => {
        throw fileSystemError(error, `post ${target.relative}`);
      });
      folder.expectRemoval(removed);
      await trash(removed).catch((error: unknown) => {
        throw fileSystemError(error, `post ${target.relative}`);
      });
    });
    folder.forget(removedPath);
    await folder.backups.discard(target.relative);
    return null;
  }
}

function postExists(bundle: string): ServiceError {
  return new ServiceError(
    'exists',
    `A post folder ${bundle} already exists. Choose another title, or open that post instead.`,
  );
}

export async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false,
  );
}
