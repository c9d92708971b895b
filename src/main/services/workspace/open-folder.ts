import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, sep } from 'node:path';
import type { EventName, EventPayload } from '../../../shared/ipc/contract';
import type { FileChange, PostSummary, WorkspaceInfo } from '../../../shared/ipc/data';
import { ServiceError } from '../../../shared/ipc/result';
import { decodePostBytes } from '../../../shared/post';
import { parsePostChecked } from '../../../shared/post/checked-reader';
import type { PostDocument } from '../../../shared/post/types';
import { sitePagesOf, type SitePage } from '../../../shared/render/page-refs';
import { listBundleFiles, openSite, type Site } from '../site';
import { Backups } from './backups';
import { yieldToEventLoop } from './concurrency';
import { walkContent } from './content-walk';
import { prepareValidation } from '../../../shared/validate';
import { buildIndex, entryFromBytes, readEntry, stampOf, type IndexedState } from './index-builder';
import {
  isIgnoredSegment,
  isInside,
  isLeafBundleIndex,
  isMarkdownName,
  toRelative,
  type FolderBounds,
} from './paths';
import { PostIndex, type IndexEntry } from './post-index';
import { describeSite } from './site-info';
import { SiteFactsWatcher, type SiteFact } from './site-facts-watcher';
import { contentVersion } from './version';
import { FolderWatcher, type RawChange } from './watcher';

export type Emit = <E extends EventName>(name: E, payload: EventPayload<E>) => void;

export interface OpenFolderOptions {
  site: Site;
  bounds: FolderBounds;
  info: WorkspaceInfo;
  dataDir: string;
  emit: Emit;
  onWatchError: (error: unknown) => void;
  /**
   * The site's config now puts its content elsewhere (or makes it another
   * kind of site): the folder must be opened again as a whole.
   */
  reopen: () => void;
  /** Worker threads the first index checks posts in (see index-builder.ts); 0 or absent: none. */
  indexWorkers?: number | undefined;
}

/** How long a removal we made ourselves (moving a post to the trash) hides the watcher's reports of it. */
const ownRemovalMilliseconds = 10_000;

/** How long after a post comes or goes the pages for `ref` are read again: one reading for a burst. */
const pagesDelay = 300;

/**
 * One opened folder: its site, post index, watcher and backups. Replaced as
 * a whole when another folder is opened, so nothing of the old one leaks
 * into the new one.
 */
export class OpenFolder {
  readonly index = new PostIndex();
  readonly backups: Backups;
  /** Every post is listed; counts may still be those of reading only. */
  readonly listed: Promise<void>;
  /** Every post's counts are computed. */
  readonly indexed: Promise<void>;
  /** The watcher runs and has caught up with changes made while the index was built. */
  readonly watching: Promise<void>;
  private watcher: FolderWatcher | null = null;
  private factsWatcher: SiteFactsWatcher | null = null;
  /** The site and its description, replaced when the site's own files change. */
  private current: { site: Site; info: WorkspaceInfo };
  /** Files we wrote, by absolute path, with the version written: the watcher's reports of them are ours. */
  private readonly ownWrites = new Map<string, string>();
  private readonly ownRemovals = new Map<string, number>();
  /** Files that are not posts (images…), absolute: to tell an added one from a changed one. */
  private otherFiles = new Set<string>();
  private changeQueue: Promise<void> = Promise.resolve();
  private buildError: unknown = null;
  private closed = false;
  /** The index's `pagesVersion` when the pages for `ref` and `relref` were last made (see `followPages`). */
  private pagesRead: number | null = null;
  private pagesTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly options: OpenFolderOptions) {
    const { site, bounds, dataDir } = options;
    this.current = { site, info: options.info };
    this.backups = new Backups(dataDir, bounds.realRoot);
    let listed!: () => void;
    this.listed = new Promise((resolve) => (listed = resolve));
    const built = buildIndex({
      site,
      bounds,
      index: this.index,
      cancelled: () => this.closed,
      onListed: listed,
      workers: options.indexWorkers ?? 0,
    });
    this.indexed = built.then(
      ({ otherFiles }) => {
        this.otherFiles = otherFiles;
        this.pagesRead = this.index.pagesVersion;
        listed();
        if (!this.closed) this.indexChanged();
      },
      (error: unknown) => {
        this.buildError = error;
        listed();
      },
    );
    // The watcher starts once the index is built: its start-up walk (seconds on
    // 10,000 posts) would otherwise compete with the list the user waits for.
    this.watching = this.indexed
      .then(() => built)
      .then((state) => this.startWatching(state))
      .catch((error: unknown) => options.onWatchError(error));
  }

  private async startWatching(state: IndexedState): Promise<void> {
    if (this.closed) return;
    this.factsWatcher = new SiteFactsWatcher({
      root: this.site.root,
      onChange: (facts) => void this.enqueueTask(() => this.refreshFacts(facts)),
      onError: this.options.onWatchError,
    });
    this.watcher = new FolderWatcher({
      folders: [this.site.contentDir],
      ignored: (path) => this.isIgnored(path),
      watchesFile: isPostFile,
      onChanges: (changes) => this.enqueue(changes),
      onError: this.options.onWatchError,
    });
    await Promise.all([this.watcher.ready, this.factsWatcher.ready]);
    if (this.closed) return;
    await this.enqueue(await this.changesSince(state));
  }

  private enqueue(changes: readonly RawChange[]): Promise<void> {
    return this.enqueueTask(() => this.applyChanges(changes));
  }

  /** Runs `task` after the changes before it: the index is updated by one task at a time. */
  private enqueueTask(task: () => Promise<void>): Promise<void> {
    this.changeQueue = this.changeQueue
      .then(task)
      .catch((error: unknown) => this.options.onWatchError(error));
    return this.changeQueue;
  }

  /**
   * The site's own files changed: reads its facts again, checks every post
   * against them and says so (`site.changed` with the new description, then
   * `index.changed`). Files that do not read (an authors file saved half
   * way) leave the facts as they were and are reported to `onWatchError`.
   */
  private async refreshFacts(facts: ReadonlySet<SiteFact>): Promise<void> {
    if (facts.has('prettier')) {
      const { forgetPrettierConfigs } = await import('../export/format-body');
      await forgetPrettierConfigs();
    }
    if ([...facts].every((fact) => fact === 'prettier') || this.closed) return;
    const site = await openSite(this.site.root);
    if (this.closed) return;
    if (
      site.root !== this.site.root ||
      site.kind !== this.site.kind ||
      site.contentDir !== this.site.contentDir
    ) {
      this.options.reopen();
      return;
    }
    const pagesRead = this.index.pagesVersion;
    const info = await describeSite(
      site,
      this.bounds,
      this.info.capabilities.trash,
      this.index.pagesUnder(toRelative(this.bounds, site.contentDir)),
    );
    if (this.closed) return;
    this.current = { site, info };
    this.pagesRead = pagesRead;
    await this.recheckAll();
    if (this.closed) return;
    this.options.emit('site.changed', info);
    this.options.emit('index.changed', {});
  }

  /** Checks every indexed post again with the current facts, yielding between slices. */
  private async recheckAll(): Promise<void> {
    let sliceStarted = performance.now();
    for (const path of [...this.index.paths()]) {
      if (this.closed) return;
      const entry = await readEntry(this.site, this.bounds, join(this.bounds.root, path));
      if (entry) this.index.set(entry);
      else this.index.delete(path);
      if (performance.now() - sliceStarted > 15) {
        await yieldToEventLoop();
        sliceStarted = performance.now();
      }
    }
  }

  /**
   * What changed between the index's reading of the folder and the watcher's
   * start, found by walking it again: posts whose modification time or size
   * differs (their content hash then decides), posts and other files that
   * came or went. Harmless when nothing changed: each is checked, not reported.
   */
  private async changesSince(state: IndexedState): Promise<RawChange[]> {
    const listing = await walkContent(this.site.contentDir);
    const changes: RawChange[] = [];
    const present = new Set<string>();
    for (const file of listing.posts) {
      const path = toRelative(this.bounds, file);
      present.add(path);
      const info = await stat(file).catch(() => null);
      if (!info || state.stamps.get(path) !== stampOf(info))
        changes.push({ kind: 'change', path: file });
    }
    for (const path of this.index.paths()) {
      if (!present.has(path)) changes.push({ kind: 'unlink', path: join(this.bounds.root, path) });
    }
    for (const file of listing.otherFiles)
      if (!this.otherFiles.has(file)) changes.push({ kind: 'other', path: file });
    for (const file of this.otherFiles)
      if (!listing.otherFiles.has(file)) changes.push({ kind: 'other', path: file });
    return changes;
  }

  get site(): Site {
    return this.current.site;
  }

  get bounds(): FolderBounds {
    return this.options.bounds;
  }

  get info(): WorkspaceInfo {
    return this.current.info;
  }

  /** Waits for the list, or says why the folder could not be read. */
  async whenListed(): Promise<void> {
    await this.listed;
    if (this.buildError !== null)
      throw new ServiceError(
        'io',
        `The content folder could not be read: ${(this.buildError as Error).message}`,
      );
  }

  private isIgnored(path: string): boolean {
    if (isInside(this.options.dataDir, path)) return true;
    const { contentDir } = this.options.site;
    if (!isInside(contentDir, path) || path === contentDir) return false;
    return relative(contentDir, path).split(sep).some(isIgnoredSegment);
  }

  /** Before writing `file` with `bytes`' version: the watcher will report it, and it is ours. */
  expectWrite(file: string, version: string): void {
    this.ownWrites.set(file, version);
  }

  /** Before moving `path` (a file or a bundle folder) to the trash. */
  expectRemoval(path: string): void {
    this.ownRemovals.set(path, Date.now() + ownRemovalMilliseconds);
  }

  private isOwnRemoval(path: string): boolean {
    const now = Date.now();
    for (const [removed, until] of this.ownRemovals) {
      if (until < now) this.ownRemovals.delete(removed);
      else if (isInside(removed, path)) return true;
    }
    return false;
  }

  /**
   * Puts a post we just wrote or read into the index; says `index.changed`
   * when the list's row changed (a new title, other counts).
   */
  record(entry: IndexEntry): void {
    const previous = this.index.get(entry.summary.path);
    this.index.set(entry);
    if (!previous || !sameSummary(previous.summary, entry.summary)) this.indexChanged();
    else this.followPagesSoon();
  }

  /** Removes the posts at or below `path` (relative) from the index. */
  forget(path: string): void {
    let removed = this.index.delete(path);
    for (const post of this.index.pathsUnder(path)) removed = this.index.delete(post) || removed;
    if (removed) this.indexChanged();
  }

  /** Re-reads the post of a bundle whose files changed: its missing-file warnings may have too. */
  async recheck(path: string): Promise<void> {
    const entry = await readEntry(this.site, this.bounds, join(this.bounds.root, path));
    if (entry && !this.closed) this.record(entry);
  }

  /** The `count` newest posts of the blog section (or of the site), as documents: the shape new posts follow. */
  async newestPosts(count: number): Promise<PostDocument[]> {
    await this.whenListed();
    const blog = `${toRelative(this.bounds, join(this.site.contentDir, 'blog'))}/`;
    const dated = this.index.ordered().filter((entry) => entry.summary.date !== null);
    const inBlog = dated.filter((entry) => entry.summary.path.startsWith(blog));
    const newest = (inBlog.length > 0 ? inBlog : dated).slice(0, count);
    const documents = await Promise.all(
      newest.map(async (entry) => {
        const bytes = await readFile(join(this.bounds.root, entry.summary.path)).catch(() => null);
        const decoded = bytes === null ? null : decodePostBytes(bytes);
        return decoded && 'text' in decoded ? parsePostChecked(decoded.text) : null;
      }),
    );
    return documents.filter((document) => document !== null);
  }

  /**
   * Applies one batch of watcher events to the index. A post whose bytes
   * hash to the version the index holds did not change (our own save, or a
   * touch); one that hashes to what we last wrote is ours. Everything else
   * is reported as `files.changed`.
   */
  private async applyChanges(changes: readonly RawChange[]): Promise<void> {
    await this.listed;
    if (this.closed) return;
    // The last event per path says what the path is now.
    const latest = new Map<string, RawChange['kind']>();
    for (const change of changes) latest.set(change.path, change.kind);
    const reported: FileChange[] = [];
    const bundlesToRecheck = new Set<string>();
    let indexChanged = false;

    for (const [file, kind] of latest) {
      if (this.closed) return;
      if (!isInside(this.site.contentDir, file)) continue;
      const path = toRelative(this.bounds, file);
      if (kind === 'unlinkDir') {
        for (const other of this.otherFiles)
          if (isInside(file, other)) this.otherFiles.delete(other);
        const own = this.isOwnRemoval(file);
        for (const post of this.index.pathsUnder(path)) {
          this.index.delete(post);
          indexChanged = true;
          if (!own) reported.push({ kind: 'removed', path: post });
        }
        continue;
      }
      if (isPostFile(file)) {
        const outcome = await this.applyPostChange(file, path, kind);
        if (outcome.indexChanged) indexChanged = true;
        if (outcome.report) reported.push(outcome.report);
        continue;
      }
      // A file beside posts: an image added, replaced or removed.
      const change = await this.otherFileChange(file);
      if (!change) continue;
      if (!(await this.isOwnFileChange(file, change))) reported.push({ kind: change, path });
      const post = this.bundlePostOf(file);
      if (post && change !== 'changed') bundlesToRecheck.add(post);
    }

    for (const post of bundlesToRecheck) {
      const entry = await readEntry(this.site, this.bounds, join(this.bounds.root, post));
      const previous = this.index.get(post);
      if (entry && previous && !sameSummary(previous.summary, entry.summary)) {
        this.index.set(entry);
        indexChanged = true;
      }
    }
    if (this.closed) return;
    if (reported.length > 0) this.options.emit('files.changed', { changes: reported });
    if (indexChanged) this.indexChanged();
    else this.followPagesSoon();
  }

  private async applyPostChange(
    file: string,
    path: string,
    kind: RawChange['kind'],
  ): Promise<{ indexChanged: boolean; report: FileChange | null }> {
    const bytes = kind === 'unlink' ? null : await readFile(file).catch(() => null);
    const previous = this.index.get(path);
    if (bytes === null) {
      if (!previous) return { indexChanged: false, report: null };
      this.index.delete(path);
      return {
        indexChanged: true,
        report: this.isOwnRemoval(file) ? null : { kind: 'removed', path },
      };
    }
    const version = contentVersion(bytes);
    if (previous?.version === version) return { indexChanged: false, report: null };
    const own = this.ownWrites.get(file) === version;
    await prepareValidation();
    const entry = entryFromBytes(
      this.site,
      path,
      bytes,
      await listBundleFiles(file).catch(() => null),
    );
    this.index.set(entry);
    return {
      indexChanged: !previous || !sameSummary(previous.summary, entry.summary),
      report: own ? null : { kind: previous ? 'changed' : 'added', path },
    };
  }

  /** What happened to a file that is not a post, from whether it exists now and existed before. */
  private async otherFileChange(file: string): Promise<FileChange['kind'] | null> {
    const info = await stat(file).catch(() => null);
    const known = this.otherFiles.has(file);
    if (info?.isFile()) {
      this.otherFiles.add(file);
      return known ? 'changed' : 'added';
    }
    if (info || !known) return null;
    this.otherFiles.delete(file);
    return 'removed';
  }

  private async isOwnFileChange(file: string, kind: FileChange['kind']): Promise<boolean> {
    if (kind === 'removed') return this.isOwnRemoval(file);
    const written = this.ownWrites.get(file);
    if (written === undefined) return false;
    const bytes = await readFile(file).catch(() => null);
    return bytes !== null && contentVersion(bytes) === written;
  }

  /** The indexed `index.md` of the bundle `file` belongs to, if any. */
  private bundlePostOf(file: string): string | null {
    const { contentDir } = this.site;
    for (let folder = dirname(file); isInside(contentDir, folder); folder = dirname(folder)) {
      for (const name of ['index.md', 'index.markdown']) {
        const path = toRelative(this.bounds, join(folder, name));
        if (this.index.get(path) && isLeafBundleIndex(path)) return path;
      }
      if (folder === contentDir) break;
    }
    return null;
  }

  /** Tells the page the list changed; the pages `ref` and `relref` find may have too. */
  private indexChanged(): void {
    this.options.emit('index.changed', {});
    this.followPagesSoon();
  }

  /**
   * When a post came or went, or what a post's URL is made from changed
   * (`slug`, `date`…), makes the pages for `ref` and `relref` again shortly
   * after, once for a burst of changes.
   */
  private followPagesSoon(): void {
    if (this.pagesTimer !== null || this.closed || this.pagesRead === null) return;
    if (this.index.pagesVersion === this.pagesRead) return;
    this.pagesTimer = setTimeout(() => {
      this.pagesTimer = null;
      void this.enqueueTask(async () => this.followPages());
    }, pagesDelay);
  }

  /**
   * Makes the pages for `ref` and `relref` from the index, which holds what
   * each post's URL is made from, and says `site.changed` when one came,
   * went or moved. Reading every post's front matter again instead took
   * seconds on a site of 10,000 posts, and the saves queued behind it.
   */
  private followPages(): void {
    const refs = this.info.refs;
    if (this.closed || this.pagesRead === null || !refs) return;
    this.pagesRead = this.index.pagesVersion;
    const contentDir = toRelative(this.bounds, this.site.contentDir);
    const pages = sitePagesOf(this.index.pagesUnder(contentDir), this.info.permalinks);
    if (samePages(pages, refs.pages)) return;
    const info = { ...this.info, refs: { ...refs, pages } };
    this.current = { site: this.site, info };
    this.options.emit('site.changed', info);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.pagesTimer !== null) clearTimeout(this.pagesTimer);
    await Promise.all([this.watcher?.close(), this.factsWatcher?.close()]);
  }
}

function isPostFile(path: string): boolean {
  return isMarkdownName(path) && !basename(path).startsWith('.');
}

function samePages(a: readonly SitePage[], b: readonly SitePage[]): boolean {
  if (a.length !== b.length) return false;
  const urls = new Map(b.map((page) => [page.path, page.url]));
  return a.every((page) => urls.get(page.path) === page.url);
}

function sameSummary(a: PostSummary, b: PostSummary): boolean {
  return (
    a.title === b.title &&
    a.date === b.date &&
    a.author === b.author &&
    a.draft === b.draft &&
    a.errors === b.errors &&
    a.warnings === b.warnings &&
    a.hasVideos === b.hasVideos &&
    a.bundle === b.bundle
  );
}
