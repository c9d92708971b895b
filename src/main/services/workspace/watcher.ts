import { join } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';

/**
 * One file system event, with an absolute path. `other` is a file that is
 * not watched on its own (see `watchesFile`): something happened to it; what,
 * the receiver finds out.
 */
export interface RawChange {
  kind: 'add' | 'change' | 'unlink' | 'unlinkDir' | 'other';
  path: string;
}

export interface WatcherOptions {
  /** Absolute folders to watch, recursively. */
  folders: string[];
  /** Absolute paths to leave out (checked for every file and folder chokidar meets). */
  ignored: (path: string) => boolean;
  /**
   * Files chokidar watches one by one (the posts). Others are noticed only
   * through their folder's watcher, as `other` changes: chokidar keeps one
   * `fs.watch` per file, and on a 10,000-post site with its images that was
   * 40,000 watchers, seconds of start-up and hundreds of MB.
   */
  watchesFile: (path: string) => boolean;
  /** A batch of changes, after `quietMilliseconds` without new ones. */
  onChanges: (changes: RawChange[]) => void;
  onError: (error: unknown) => void;
  quietMilliseconds?: number;
  /** A busy folder (a long git checkout) still reports at least this often. */
  maxDelayMilliseconds?: number;
}

/**
 * Watches folders with chokidar 4 (Node's recursive `fs.watch` had races on
 * Linux: node#48437, #52018) and hands changes over in batches, so a git
 * checkout of a hundred files is one update, not a hundred.
 */
export class FolderWatcher {
  /** Settles once the initial scan is done; events before it may be missed. */
  readonly ready: Promise<void>;
  private readonly watcher: FSWatcher;
  private batch: RawChange[] = [];
  private batchStarted = 0;
  private timer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(private readonly options: WatcherOptions) {
    this.watcher = watch(options.folders, {
      ignoreInitial: true,
      // Links could lead outside the folder; the index does not follow them either.
      followSymlinks: false,
      ignored: (path, stats) =>
        options.ignored(path) || (stats?.isFile() === true && !options.watchesFile(path)),
      // Editors that save by delete + create report one `change`, not a removal and an addition.
      atomic: true,
    });
    this.ready = new Promise((resolve) => this.watcher.once('ready', () => resolve()));
    this.watcher.on('all', (event, path) => {
      if (event === 'add' || event === 'change' || event === 'unlink' || event === 'unlinkDir')
        this.push({ kind: event, path });
    });
    this.watcher.on('raw', (_event, name, details) => {
      const folder = (details as { watchedPath?: string }).watchedPath;
      if (!folder || !name) return;
      const path = join(folder, name);
      // A folder's watcher names its entries; a post's own watcher names the post itself.
      if (options.watchesFile(folder)) return;
      if (!options.ignored(path) && !options.watchesFile(path)) this.push({ kind: 'other', path });
    });
    this.watcher.on('error', (error) => options.onError(error));
  }

  private push(change: RawChange): void {
    if (this.closed) return;
    if (this.batch.length === 0) this.batchStarted = Date.now();
    this.batch.push(change);
    if (this.timer) clearTimeout(this.timer);
    const quiet = this.options.quietMilliseconds ?? 50;
    const maxDelay = this.options.maxDelayMilliseconds ?? 300;
    const wait = Math.max(0, Math.min(quiet, this.batchStarted + maxDelay - Date.now()));
    this.timer = setTimeout(() => this.flush(), wait);
  }

  private flush(): void {
    this.timer = null;
    const changes = this.batch;
    this.batch = [];
    if (changes.length > 0 && !this.closed) this.options.onChanges(changes);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    await this.watcher.close();
  }
}
