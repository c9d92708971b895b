import { lstat, mkdir, readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Diagnostic } from '../../../shared/diagnostics';
import type {
  ArgsOf,
  DataOf,
  EventName,
  EventPayload,
  StudioApi,
} from '../../../shared/ipc/contract';
import type { PreferencesChannel } from '../youtube/preferences-service';
import type { YouTubeChannel } from '../youtube/youtube-service';
import type { PostContent } from '../../../shared/ipc/data';
import { ServiceError } from '../../../shared/ipc/result';
import { decodePostBytes, parsePost, PostEditError } from '../../../shared/post';
import type { PostDocument } from '../../../shared/post/types';
import { hasErrors, prepareValidation, validatePost } from '../../../shared/validate';
import { writeFileAtomic } from '../atomic-write';
import type { Settings } from '../settings';
import { listBundleFiles, openSite, SiteError, type Site } from '../site';
import {
  assertAssetName,
  decodeBase64,
  isImageName,
  listAssets,
  sanitizeAssetName,
} from './assets';
import { fileSystemError, isMissing } from './fs-errors';
import { makeEntry, readEntry } from './index-builder';
import { readSiteSettings } from '../youtube/site-convention';
import { KeyedLock } from './keyed-lock';
import {
  bundleFolderFor,
  formatPostDate,
  newPostText,
  readArchetype,
  shapeOf,
  slugify,
} from './new-post';
import { OpenFolder } from './open-folder';
import {
  folderBounds,
  isLeafBundleIndex,
  resolveInside,
  resolvePostFile,
  toRelative,
  type CheckedPath,
} from './paths';
import { describeSite } from './site-info';
import { contentVersion } from './version';

export interface WorkspaceDeps {
  /** The app's own folder (settings, backups); never inside a content folder. */
  dataDir: string;
  /** Moves a file or folder to the system trash; null where there is none (web mode). */
  trash: ((absolutePath: string) => Promise<void>) | null;
  /** Records opened folders and supplies the default author, when given. */
  settings?: Settings;
  /** Today, for new posts' folders and dates; tests pass a fixed one. */
  now?: () => Date;
  /** Where watcher failures go (a full inotify table, a folder that vanished). */
  onWatchError?: (error: unknown) => void;
}

export type WorkspaceListener = (name: EventName, payload: EventPayload<EventName>) => void;

const trashUnavailable =
  'Deleting posts is not available in the browser version; delete the folder in your file manager.';

/**
 * The content folder as the UI sees it: opening a site, its post index, and
 * every read and write of posts, images and backups. Each method is one call
 * of the contract; paths from callers are checked by `paths.ts` first.
 */
/** The calls the workspace answers: all but those of the YouTube and Preferences services. */
export type WorkspaceChannel = Exclude<keyof StudioApi, YouTubeChannel | PreferencesChannel>;

export class Workspace implements Pick<StudioApi, WorkspaceChannel> {
  private folder: OpenFolder | null = null;
  private readonly listeners = new Set<WorkspaceListener>();
  private readonly locks = new KeyedLock();

  constructor(private readonly deps: WorkspaceDeps) {}

  async init(): Promise<void> {
    await mkdir(this.deps.dataDir, { recursive: true });
  }

  async dispose(): Promise<void> {
    const folder = this.folder;
    this.folder = null;
    await folder?.close();
  }

  /** Listens to `files.changed` and `index.changed`; returns the way to stop. */
  onEvent(listener: WorkspaceListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    for (const listener of this.listeners) {
      try {
        listener(name, payload);
      } catch {
        // One broken listener (a closed window) must not stop the others.
      }
    }
  }

  /**
   * After the site's `.recap-studio.yaml` changed: checks follow its new
   * choice, and the list's counts of posts with videos with them. A file
   * that no longer reads keeps the choice in force.
   */
  async reloadSiteSettings(): Promise<void> {
    const folder = this.folder;
    if (!folder) return;
    const settings = await readSiteSettings(folder.site.root).catch(() => null);
    if (settings === null) return;
    folder.site.facts = { ...folder.site.facts, videoConvention: settings.videoConvention };
    for (const entry of folder.index.ordered()) {
      if (!entry.summary.hasVideos || folder !== this.folder) continue;
      const next = await readEntry(
        folder.site,
        folder.bounds,
        join(folder.bounds.root, entry.summary.path),
      ).catch(() => null);
      if (next) folder.record(next);
    }
  }

  /** Settles when every post's counts are computed (for the bench and tests). */
  async whenIndexed(): Promise<void> {
    await this.requireFolder().indexed;
  }

  /** Settles when the watcher has scanned the folder and reports changes. */
  async whenWatching(): Promise<void> {
    await this.requireFolder().watching;
  }

  private requireFolder(): OpenFolder {
    if (!this.folder)
      throw new ServiceError('no-folder', 'No folder is open. Open a site folder first.');
    return this.folder;
  }

  async 'workspace.open'({ path }: ArgsOf<'workspace.open'>): Promise<DataOf<'workspace.open'>> {
    return this.locks.run('workspace', async () => {
      let site: Site;
      try {
        site = await openSite(resolve(path));
      } catch (error) {
        if (error instanceof SiteError)
          throw new ServiceError(
            /^There is no file or folder/.test(error.message) ? 'not-found' : 'invalid',
            error.message,
          );
        throw fileSystemError(error, `folder ${path}`);
      }
      const bounds = await folderBounds(site.root, site.contentDir);
      const info = await describeSite(site, bounds, this.deps.trash !== null);
      await this.dispose();
      const opened: { folder: OpenFolder | null } = { folder: null };
      opened.folder = new OpenFolder({
        site,
        bounds,
        info,
        dataDir: this.deps.dataDir,
        // Events of a folder that was replaced meanwhile are not the UI's business.
        emit: (name, payload) => {
          if (this.folder !== null && this.folder === opened.folder) this.emit(name, payload);
        },
        onWatchError: this.deps.onWatchError ?? (() => undefined),
      });
      this.folder = opened.folder;
      // Failing to remember a recent folder must not fail the opening itself.
      await this.deps.settings?.recordOpened(site.root).catch(() => undefined);
      return info;
    });
  }

  async 'workspace.current'(
    _args: ArgsOf<'workspace.current'> = {},
  ): Promise<DataOf<'workspace.current'>> {
    return this.folder?.info ?? null;
  }

  async 'posts.list'({ query }: ArgsOf<'posts.list'>): Promise<DataOf<'posts.list'>> {
    const folder = this.requireFolder();
    await folder.whenListed();
    return folder.index.list(query);
  }

  async 'posts.read'({ path }: ArgsOf<'posts.read'>): Promise<DataOf<'posts.read'>> {
    const folder = this.requireFolder();
    const target = await resolvePostFile(folder.bounds, path);
    const bytes = await readFile(target.absolute).catch((error: unknown) => {
      throw fileSystemError(error, `post ${target.relative}`);
    });
    return this.content(folder, target, bytes);
  }

  /** A post's text, version and full diagnostics; the index row is refreshed on the way. */
  private async content(
    folder: OpenFolder,
    target: CheckedPath,
    bytes: Uint8Array,
  ): Promise<PostContent> {
    const version = contentVersion(bytes);
    const decoded = decodePostBytes(bytes);
    if ('diagnostic' in decoded)
      throw new ServiceError(
        'invalid',
        `${target.relative} cannot be opened for editing. ${decoded.diagnostic.message} Recap Studio leaves the file as it is.`,
      );
    const document = parsePost(decoded.text);
    const diagnostics = await this.diagnose(folder, target, document);
    const indexed = folder.index.get(target.relative);
    if (indexed?.version !== version || !indexed.validated)
      folder.record(
        makeEntry(folder.site, target.relative, version, document, listOnly(diagnostics)),
      );
    return {
      path: target.relative,
      text: document.text,
      version,
      diagnostics,
      readOnlyReason: document.readOnlyReason,
    };
  }

  /** Every rule, markdownlint included, as the editor shows them. */
  private async diagnose(
    folder: OpenFolder,
    target: CheckedPath,
    document: PostDocument,
  ): Promise<Diagnostic[]> {
    const bundleFiles = await listBundleFiles(target.absolute).catch(() => null);
    await prepareValidation();
    return validatePost(document, {
      path: target.relative,
      site: folder.site.facts,
      bundleFiles,
    });
  }

  async 'posts.validate'({
    path,
    text,
  }: ArgsOf<'posts.validate'>): Promise<DataOf<'posts.validate'>> {
    const folder = this.requireFolder();
    const target = await resolvePostFile(folder.bounds, path);
    return this.diagnose(folder, target, parsePost(text));
  }

  /**
   * Saves only over the version the editor loaded (`modified-since`
   * otherwise), and only text without errors (`refused`, nothing written).
   *
   * A file deleted on disk while open is not recreated by a normal save
   * (`deleted-on-disk`). With `baseVersion: null` the user has seen the
   * conflict and chosen to write anyway: the file is written even if it
   * changed, and written back if it was deleted, but only into its existing
   * folder: a bundle folder removed as a whole (a git checkout of another
   * branch) is never silently brought back.
   */
  async 'posts.save'({
    path,
    text,
    baseVersion,
  }: ArgsOf<'posts.save'>): Promise<DataOf<'posts.save'>> {
    const folder = this.requireFolder();
    const target = await resolvePostFile(folder.bounds, path);
    return this.locks.run(target.absolute, async () => {
      const current = await readFile(target.absolute).catch((error: unknown) => {
        if (isMissing(error)) return null;
        throw fileSystemError(error, `post ${target.relative}`);
      });
      if (current === null) {
        if (baseVersion !== null) throw deletedOnDisk(target.relative);
        const folderExists = await stat(dirname(target.absolute)).then(
          (info) => info.isDirectory(),
          () => false,
        );
        if (!folderExists)
          throw new ServiceError(
            'deleted-on-disk',
            `The folder of ${target.relative} was deleted by another program, so the post is not written back. Your text is still in the editor and in its backup.`,
          );
      } else if (baseVersion !== null && contentVersion(current) !== baseVersion) {
        throw modifiedSince(target.relative);
      }

      const document = parsePost(text);
      const diagnostics = await this.diagnose(folder, target, document);
      if (hasErrors(diagnostics)) return { status: 'refused', diagnostics };

      const bytes = new TextEncoder().encode(text);
      const version = contentVersion(bytes);
      folder.expectWrite(target.absolute, version);
      await writeFileAtomic(target.absolute, bytes).catch((error: unknown) => {
        throw fileSystemError(error, `post ${target.relative}`);
      });
      folder.record(
        makeEntry(folder.site, target.relative, version, document, listOnly(diagnostics)),
      );
      await folder.backups.discard(target.relative);
      return { status: 'saved', version, diagnostics };
    });
  }

  /**
   * A new page bundle `content/blog/YYYY/MMDD-slug/index.md`, dated today,
   * from the site's archetype and in the shape of its newest posts.
   */
  async 'posts.create'({ title, author }: ArgsOf<'posts.create'>): Promise<DataOf<'posts.create'>> {
    const folder = this.requireFolder();
    const now = (this.deps.now ?? (() => new Date()))();
    const slug = slugify(title);
    const bundle = toRelative(
      folder.bounds,
      join(folder.site.contentDir, bundleFolderFor(now, slug)),
    );
    const target = await resolvePostFile(folder.bounds, `${bundle}/index.md`);
    const bundleFolder = dirname(target.absolute);
    return this.locks.run(bundleFolder, async () => {
      if (await exists(bundleFolder)) throw postExists(bundle);
      const shape = shapeOf(await folder.newestPost());
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
      return this.content(folder, target, bytes);
    });
  }

  async 'posts.trash'({ path }: ArgsOf<'posts.trash'>): Promise<DataOf<'posts.trash'>> {
    const folder = this.requireFolder();
    const trash = this.deps.trash;
    if (!trash) throw new ServiceError('unsupported', trashUnavailable);
    const target = await resolvePostFile(folder.bounds, path);
    const bundle = isLeafBundleIndex(target.relative);
    // A bundle goes to the trash as a whole, with its images.
    const removed = bundle ? dirname(target.absolute) : target.absolute;
    const removedPath = bundle ? dirname(target.relative) : target.relative;
    await this.locks.run(target.absolute, async () => {
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

  /** The post's bundle folder, for the asset calls; single-file posts have none. */
  private async bundleOf(folder: OpenFolder, post: string): Promise<CheckedPath> {
    const target = await resolvePostFile(folder.bounds, post);
    if (!isLeafBundleIndex(target.relative))
      throw new ServiceError(
        'unsupported',
        `${target.relative} is a single-file post. Images can only be added to posts that have their own folder (an index.md with its images beside it).`,
      );
    return target;
  }

  async 'assets.list'({ post }: ArgsOf<'assets.list'>): Promise<DataOf<'assets.list'>> {
    const folder = this.requireFolder();
    const target = await resolvePostFile(folder.bounds, post);
    if (!isLeafBundleIndex(target.relative)) return [];
    return listAssets(dirname(target.absolute), target.absolute).catch((error: unknown) => {
      throw fileSystemError(error, `folder of ${target.relative}`);
    });
  }

  /**
   * Copies a file into a post's bundle: the bytes come from the client, so
   * the original stays where it was. The name is sanitized and returned.
   */
  async 'assets.add'({
    post,
    name,
    data,
    overwrite,
  }: ArgsOf<'assets.add'>): Promise<DataOf<'assets.add'>> {
    const folder = this.requireFolder();
    const target = await this.bundleOf(folder, post);
    const safeName = sanitizeAssetName(name);
    assertAssetName(safeName);
    const bytes = decodeBase64(data);
    const asset = await resolveInside(folder.bounds, `${dirname(target.relative)}/${safeName}`);
    await this.locks.run(asset.absolute, async () => {
      if (!(await exists(target.absolute)))
        throw new ServiceError('not-found', `There is no post ${target.relative}.`);
      const existing = await lstat(asset.absolute).catch(() => null);
      if (existing && !existing.isFile())
        throw new ServiceError(
          'exists',
          `There is already a folder or link named ${safeName} beside the post; rename the file and try again.`,
        );
      if (existing && overwrite !== true)
        throw new ServiceError(
          'exists',
          `There is already a file named ${safeName} in this post's folder. Replace it, or rename the file and add it again.`,
        );
      folder.expectWrite(asset.absolute, contentVersion(bytes));
      await writeFileAtomic(asset.absolute, bytes).catch((error: unknown) => {
        throw fileSystemError(error, `file ${asset.relative}`);
      });
    });
    await folder.recheck(target.relative);
    return { name: safeName, size: bytes.length, isImage: isImageName(safeName) };
  }

  /** Sets `params.cover` to a file of the bundle, as a form edit: only that line changes. */
  async 'assets.setCover'({
    post,
    name,
    baseVersion,
  }: ArgsOf<'assets.setCover'>): Promise<DataOf<'assets.setCover'>> {
    const folder = this.requireFolder();
    const target = await this.bundleOf(folder, post);
    return this.locks.run(target.absolute, async () => {
      const current = await readFile(target.absolute).catch((error: unknown) => {
        if (isMissing(error)) throw deletedOnDisk(target.relative);
        throw fileSystemError(error, `post ${target.relative}`);
      });
      if (contentVersion(current) !== baseVersion) throw modifiedSince(target.relative);
      const decoded = decodePostBytes(current);
      if ('diagnostic' in decoded) throw new ServiceError('invalid', decoded.diagnostic.message);
      const assets = await listAssets(dirname(target.absolute), target.absolute);
      if (!assets.some((asset) => asset.name === name))
        throw new ServiceError(
          'not-found',
          `There is no file named ${name} in the folder of ${target.relative}; add the image first.`,
        );
      const before = parsePost(decoded.text);
      let after: PostDocument;
      try {
        after = before.set(['params', 'cover'], name);
      } catch (error) {
        if (error instanceof PostEditError) throw new ServiceError('read-only', error.message);
        throw error;
      }
      const diagnostics = await this.diagnose(folder, target, after);
      const errorsBefore = (await this.diagnose(folder, target, before)).filter(
        (d) => d.severity === 'error',
      );
      const added = diagnostics.filter(
        (d) =>
          d.severity === 'error' &&
          !errorsBefore.some((e) => e.rule === d.rule && e.message === d.message),
      );
      if (added[0])
        throw new ServiceError(
          'invalid',
          `The cover was not set, because it would add an error: ${added[0].message}`,
        );
      const bytes = new TextEncoder().encode(after.text);
      const version = contentVersion(bytes);
      folder.expectWrite(target.absolute, version);
      await writeFileAtomic(target.absolute, bytes).catch((error: unknown) => {
        throw fileSystemError(error, `post ${target.relative}`);
      });
      folder.record(makeEntry(folder.site, target.relative, version, after, listOnly(diagnostics)));
      return {
        path: target.relative,
        text: after.text,
        version,
        diagnostics,
        readOnlyReason: after.readOnlyReason,
      };
    });
  }

  async 'backups.store'({ path, text }: ArgsOf<'backups.store'>): Promise<DataOf<'backups.store'>> {
    const folder = this.requireFolder();
    await folder.backups.store((await resolvePostFile(folder.bounds, path)).relative, text);
    return null;
  }

  async 'backups.list'(_args: ArgsOf<'backups.list'> = {}): Promise<DataOf<'backups.list'>> {
    return this.requireFolder().backups.list();
  }

  async 'backups.discard'({ path }: ArgsOf<'backups.discard'>): Promise<DataOf<'backups.discard'>> {
    const folder = this.requireFolder();
    await folder.backups.discard((await resolvePostFile(folder.bounds, path)).relative);
    return null;
  }
}

/** The list counts without markdownlint, like the index's (see `index-builder.ts`). */
function listOnly(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((diagnostic) => !diagnostic.rule.startsWith('markdownlint/'));
}

function modifiedSince(path: string): ServiceError {
  return new ServiceError(
    'modified-since',
    `${path} was changed by another program after you opened it. Compare the two versions, keep yours (overwrite), or reload the file.`,
  );
}

function deletedOnDisk(path: string): ServiceError {
  return new ServiceError(
    'deleted-on-disk',
    `${path} was deleted by another program while it was open, so it was not written again. Your text is still in the editor; save anyway to write it back, or close it.`,
  );
}

function postExists(bundle: string): ServiceError {
  return new ServiceError(
    'exists',
    `A post folder ${bundle} already exists. Choose another title, or open that post instead.`,
  );
}

async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false,
  );
}
