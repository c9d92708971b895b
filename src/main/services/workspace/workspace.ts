import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type {
  ArgsOf,
  DataOf,
  EventName,
  EventPayload,
  StudioApi,
} from '../../../shared/ipc/contract';
import type { WorkspaceInfo } from '../../../shared/ipc/data';
import { ServiceError } from '../../../shared/ipc/result';
import type { Settings } from '../settings';
import { openSite, SiteError, type Site } from '../site';
import { readRuleSettings } from '../rule-settings';
import { readSiteSettings } from '../youtube/site-convention';
import { fileSystemError } from './fs-errors';
import { readEntry } from './index-builder';
import { KeyedLock } from './keyed-lock';
import { OpenFolder } from './open-folder';
import { folderBounds } from './paths';
import { describeSite } from './site-info';

export interface WorkspaceDeps {
  /** The app's own folder (settings, backups); never inside a content folder. */
  dataDir: string;
  /** Whether posts can go to a system trash (not in web mode): the UI offers Delete only then. */
  canTrash: boolean;
  /** Records opened folders, when given. */
  settings?: Settings | undefined;
  /** Where watcher failures go (a full inotify table, a folder that vanished). */
  onWatchError?: ((error: unknown) => void) | undefined;
  /** Worker threads a folder's first index checks posts in; 0 or absent: this thread does. */
  indexWorkers?: number | undefined;
}

export type WorkspaceListener = (name: EventName, payload: EventPayload<EventName>) => void;

/** Main-side events, for the app's shell; the page hears the contract's events only. */
export interface WorkspaceEvents {
  /** A folder was opened, by the page or by the app (menu, start-up): rename the window, rebuild Open Recent. */
  'workspace.opened': WorkspaceInfo;
}

/**
 * The open content folder: opening a site, its index, watcher and backups
 * (`OpenFolder`), and the events they raise. Implements the `workspace.*`
 * calls; the `posts.*`, `assets.*` and `backups.*` services work on the
 * folder it holds, with the same locks.
 */
export class Workspace implements Pick<StudioApi, 'workspace.open' | 'workspace.current'> {
  /** One lock per file or folder, shared by every service that writes there. */
  readonly locks = new KeyedLock();
  private folder: OpenFolder | null = null;
  private readonly listeners = new Set<WorkspaceListener>();
  private readonly openedListeners = new Set<(info: WorkspaceInfo) => void>();

  constructor(private readonly deps: WorkspaceDeps) {}

  async init(): Promise<void> {
    await mkdir(this.deps.dataDir, { recursive: true });
  }

  async dispose(): Promise<void> {
    const folder = this.folder;
    this.folder = null;
    await folder?.close();
  }

  /** Listens to the contract's events (`files.changed`, `index.changed`); returns the way to stop. */
  onEvent(listener: WorkspaceListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Listens to a main-side event; returns the way to stop. */
  on(
    name: keyof WorkspaceEvents,
    listener: (info: WorkspaceEvents[typeof name]) => void,
  ): () => void {
    this.openedListeners.add(listener);
    return () => this.openedListeners.delete(listener);
  }

  /** Tells the page about another service's work (a recap's progress) through the same listeners. */
  broadcast<E extends EventName>(name: E, payload: EventPayload<E>): void {
    this.emit(name, payload);
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

  /** Settles when every post's counts are computed (for the bench and tests). */
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
    const rules = await readRuleSettings(folder.site.root);
    folder.site.facts = { ...folder.site.facts, videoConvention: settings.videoConvention, rules };
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

  async whenIndexed(): Promise<void> {
    await this.requireFolder().indexed;
  }

  /** Settles when the watcher has scanned the folder and reports changes. */
  async whenWatching(): Promise<void> {
    await this.requireFolder().watching;
  }

  /** The open folder, or `no-folder` for the caller to pass on. */
  requireFolder(): OpenFolder {
    if (!this.folder)
      throw new ServiceError('no-folder', 'No folder is open. Open a site folder first.');
    return this.folder;
  }

  async 'workspace.open'({ path }: ArgsOf<'workspace.open'>): Promise<DataOf<'workspace.open'>> {
    const info = await this.locks.run('workspace', async () => {
      let site: Site;
      try {
        site = await openSite(resolve(path));
      } catch (error) {
        if (error instanceof SiteError)
          throw new ServiceError(
            error.code === 'not-found' ? 'not-found' : 'invalid',
            error.message,
          );
        throw fileSystemError(error, `folder ${path}`);
      }
      const bounds = await folderBounds(site.root, site.contentDir);
      const info = await describeSite(site, bounds, this.deps.canTrash);
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
        indexWorkers: this.deps.indexWorkers,
        reopen: () => {
          if (this.folder === opened.folder) void this.reopen(site.root);
        },
      });
      this.folder = opened.folder;
      // Failing to remember a recent folder must not fail the opening itself.
      await this.deps.settings?.recordOpened(site.root).catch(() => undefined);
      return info;
    });
    for (const listener of this.openedListeners) {
      try {
        listener(info);
      } catch {
        // The shell's reaction (a window title) must not fail the opening.
      }
    }
    return info;
  }

  /** Opens the folder again, its config having moved its content; the page hears `site.changed`. */
  private async reopen(root: string): Promise<void> {
    try {
      const info = await this['workspace.open']({ path: root });
      this.emit('site.changed', info);
      this.emit('index.changed', {});
    } catch (error) {
      (this.deps.onWatchError ?? (() => undefined))(error);
    }
  }

  async 'workspace.current'(
    _args: ArgsOf<'workspace.current'> = {},
  ): Promise<DataOf<'workspace.current'>> {
    return this.folder?.info ?? null;
  }
}
