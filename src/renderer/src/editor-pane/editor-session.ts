import { Compartment, EditorState, type Extension, type Text } from '@codemirror/state';
import { EditorView, type ViewUpdate } from '@codemirror/view';
import type { Backup, Diagnostic, FileChange, PostContent } from '../../../shared/ipc/data';
import {
  diagnosticsUpdate,
  editorExtensions,
  nothingSaved,
  savedState,
  type SiteFactsInput,
  type YouTubePasteConfig,
} from '../../editor';
import type { StudioClient } from '../client';
import { createStore, type Store } from '../external-store';
import { pathTitle } from '../posts/path-title';
import { EditorStatusTracker, type EditorStatus } from '../status/editor-status';
import {
  activeTab,
  noTabs,
  tabsReducer,
  type Tab,
  type TabRecord,
  type TabsAction,
  type TabsState,
} from '../tabs/tabs-reducer';
import { tabViews } from '../tabs/tab-views';
import { BackupScheduler } from './backup-scheduler';
import { imageUploader } from './image-upload';
import { TabEditors } from './tab-editors';
import { pastedVideoEntry } from './pasted-video-entry';
import { minimalReplacement } from './text-replacement';
import { typingOverSelection } from './typing-over-selection';
import { editorLinePadding } from '../theme/editor-theme';

/** The calls the session makes. */
export type SessionClient = Pick<StudioClient, 'posts' | 'assets' | 'backups'> &
  Partial<Pick<StudioClient, 'youtube' | 'preferences'>>;

export interface EditorSessionOptions {
  client: SessionClient;
  /** The open site's shortcodes and authors, for completion. */
  site?: SiteFactsInput;
  /** Tells the user something went wrong, in a full sentence. */
  notify?: (message: string) => void;
  /** Quiet time after the last edit before a dirty text is backed up, in ms. */
  backupDelay?: number;
  /** Quiet time before the word count follows the text, in ms. */
  statsDelay?: number;
  /** Quiet time after typing before the text is checked, in ms. */
  checkDelay?: number;
  /** Added to every post's editor: the app's theme, its look. */
  theme?: (dark: boolean) => Extension;
  dark?: boolean;
}

export type { EditorStatus } from '../status/editor-status';

/** The text of the post being edited, for the preview. */
export interface ShownDocument {
  path: string;
  doc: Text;
}

export type RestoreOutcome = 'restored' | 'same-as-disk' | 'failed';

/**
 * The open posts and everything done to them: opening, switching, saving
 * (with the version it was based on), conflicts and deletions on disk,
 * backups of unsaved text. Outside React, so it can be tested with a fake
 * client and plain editor states; components read it through `subscribe`
 * and `getState`.
 */
export class EditorSession {
  readonly editors = new TabEditors();
  private readonly statusTracker: EditorStatusTracker;
  /** Cursor and counts of the post being edited. */
  readonly status: Store<EditorStatus>;
  private readonly backups: BackupScheduler;
  /** The text being edited, on every change. */
  readonly shownDocument: Store<ShownDocument | null> = createStore<ShownDocument | null>(null);

  /** The tabs as the reducer keeps them; `state` adds what each editor says of the disk. */
  private records: TabsState<TabRecord> = noTabs;
  private state: TabsState = noTabs;
  private readonly listeners = new Set<() => void>();
  private readonly opening = new Map<string, Promise<boolean>>();
  private readonly themeCompartment = new Compartment();
  private dark: boolean;
  /** Shortcode calls over the site's posts, for completion to offer the most used first. */
  private shortcodeUses: Readonly<Record<string, number>> = {};

  constructor(private readonly options: EditorSessionOptions) {
    this.dark = options.dark ?? false;
    this.statusTracker = new EditorStatusTracker(() => this.shownState(), options.statsDelay);
    this.status = this.statusTracker.status;
    this.backups = new BackupScheduler({
      client: options.client,
      unsavedText: (path) => {
        const state = this.editors.state(path);
        return state && this.editors.isDirty(path) ? state.doc.toString() : null;
      },
      delay: options.backupDelay,
      notify: (message) => this.notify(message),
    });
    void this.countShortcodeUses();
  }

  /** Asks main for the site's shortcode counts; posts opened afterwards complete in that order. */
  private async countShortcodeUses(): Promise<void> {
    const result = await this.options.client.posts.shortcodeUses({});
    // Without the counts, completion keeps Hugo's and the site's shortcodes in name order.
    if (result.ok) this.shortcodeUses = result.data;
  }

  private shownState(): EditorState | undefined {
    const path = this.editors.shownPath;
    return path === null ? undefined : this.editors.state(path);
  }

  getState = (): TabsState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  tab(path: string): Tab | undefined {
    return this.state.tabs.find((tab) => tab.path === path);
  }

  /** Paths of the posts with unsaved text. */
  unsavedPaths(): string[] {
    return this.state.tabs.filter((tab) => tab.dirty).map((tab) => tab.path);
  }

  private dispatch(action: TabsAction): void {
    const next = tabsReducer(this.records, action);
    if (next === this.records) return;
    this.records = next;
    if (this.editors.shownPath !== next.active) this.editors.show(next.active);
    this.refresh();
  }

  /** Rebuilds the tabs the UI sees; tells the listeners when something they show changed. */
  private refresh(): void {
    const previous = this.state;
    const next = tabViews(this.records, previous, (path) => ({
      dirty: this.editors.isDirty(path),
      version: this.editors.savedVersion(path),
    }));
    if (next === previous) return;
    this.state = next;
    if (previous.active !== next.active) this.followShown();
    for (const listener of [...this.listeners]) listener();
  }

  private notify(message: string): void {
    this.options.notify?.(message);
  }

  // Opening and closing

  /** Opens the post in a tab, or shows its tab if it is open already. */
  open(path: string, title?: string): Promise<boolean> {
    if (this.editors.has(path)) {
      this.dispatch({ type: 'activated', path });
      return Promise.resolve(true);
    }
    const pending = this.opening.get(path);
    if (pending) return pending;
    const opened = this.options.client.posts.read({ path }).then((result) => {
      this.opening.delete(path);
      if (!result.ok) {
        this.notify(`${title ?? pathTitle(path)} could not be opened. ${result.error.message}`);
        return false;
      }
      this.adopt(result.data, title);
      return true;
    });
    this.opening.set(path, opened);
    return opened;
  }

  /** Opens a post whose content is already here (a new post, a read done elsewhere). */
  adopt(content: PostContent, title?: string): void {
    if (!this.editors.has(content.path)) {
      this.editors.add(
        content.path,
        this.createState(content.path, content.text, content.diagnostics, {
          version: content.version,
        }),
      );
    }
    this.dispatch({
      type: 'opened',
      path: content.path,
      title: title ?? pathTitle(content.path),
      diagnostics: content.diagnostics,
    });
  }

  activate(path: string): void {
    this.dispatch({ type: 'activated', path });
  }

  /** The tab after (or before, with -1) the active one, wrapping around. */
  cycle(step: 1 | -1): void {
    const { tabs, active } = this.state;
    if (tabs.length === 0) return;
    const index = tabs.findIndex((tab) => tab.path === active);
    const next = tabs[(index + step + tabs.length) % tabs.length];
    if (next) this.activate(next.path);
  }

  /**
   * Closes the tab. Unsaved text is dropped with its backup: the caller asks
   * the user first.
   */
  close(path: string): void {
    if (!this.tab(path)) return;
    this.backups.cancel(path);
    if (this.editors.isDirty(path) || this.backups.holds(path)) void this.discardBackup(path);
    this.editors.remove(path);
    this.dispatch({ type: 'closed', path });
  }

  closeAll(): void {
    for (const path of this.editors.paths()) this.backups.cancel(path);
    for (const path of this.editors.paths()) this.editors.remove(path);
    this.dispatch({ type: 'closed-all' });
  }

  dismissRefusal(path: string): void {
    this.dispatch({ type: 'refusal-dismissed', path });
  }

  retitle(titles: ReadonlyMap<string, string>): void {
    this.dispatch({ type: 'retitled', titles });
  }

  // Saving

  /**
   * Saves the post over the version it was read as (or over whatever is on
   * disk, with `overwrite`, after the user saw the conflict). True when written.
   */
  async save(path: string, { overwrite = false } = {}): Promise<boolean> {
    const tab = this.tab(path);
    const state = this.editors.state(path);
    if (!tab || !state || tab.saving) return false;
    const version = this.editors.savedVersion(path);
    if (version === null && !overwrite) {
      this.dispatch({
        type: 'deleted-on-disk',
        path,
        message: `${tab.title} is not on disk. Choose “Save it again” to write it back.`,
      });
      return false;
    }
    const doc = state.doc;
    this.dispatch({ type: 'save-started', path });
    const result = await this.options.client.posts.save({
      path,
      text: doc.toString(),
      baseVersion: overwrite ? null : version,
    });
    if (!this.tab(path)) return false;
    if (!result.ok) {
      const { code, message } = result.error;
      if (code === 'modified-since') this.dispatch({ type: 'save-conflicted', path });
      else if (code === 'deleted-on-disk')
        this.dispatch({ type: 'deleted-on-disk', path, message });
      else this.dispatch({ type: 'save-failed', path, message });
      return false;
    }
    const outcome = result.data;
    if (outcome.status === 'refused') {
      this.dispatch({ type: 'save-refused', path, diagnostics: outcome.diagnostics });
      this.showDiagnosticsIfCurrent(path, doc, outcome.diagnostics);
      return false;
    }
    // Clean only if the text did not move while the save was under way.
    this.editors.markSaved(path, doc, outcome.version);
    this.backups.saved(path, !this.editors.isDirty(path));
    this.dispatch({ type: 'saved', path, diagnostics: outcome.diagnostics });
    this.showDiagnosticsIfCurrent(path, doc, outcome.diagnostics);
    return true;
  }

  /** Saves every post with unsaved text; true when all of them were written. */
  async saveAll(): Promise<boolean> {
    let all = true;
    for (const path of this.unsavedPaths()) if (!(await this.save(path))) all = false;
    return all;
  }

  /**
   * The site's facts changed (an author added, a shortcode template, a lint
   * config): checks every open post's text again, saved or not.
   */
  async recheckAll(): Promise<void> {
    void this.countShortcodeUses();
    await Promise.all(
      this.editors.paths().map(async (path) => {
        const doc = this.editors.state(path)?.doc;
        if (!doc) return;
        const result = await this.options.client.posts.validate({ path, text: doc.toString() });
        if (result.ok && this.showDiagnosticsIfCurrent(path, doc, result.data))
          this.dispatch({ type: 'checked', path, diagnostics: result.data });
      }),
    );
  }

  /** Shows `diagnostics` of `doc` if the post still holds that text; says whether it did. */
  private showDiagnosticsIfCurrent(path: string, doc: Text, diagnostics: Diagnostic[]): boolean {
    const state = this.editors.state(path);
    if (!state?.doc.eq(doc)) return false;
    this.editors.update(path, (current) => diagnosticsUpdate(current, diagnostics));
    return true;
  }

  // The file on disk

  /** The file as it is on disk now, or null (with a notice) when it cannot be read. */
  async readDisk(path: string): Promise<PostContent | null> {
    const result = await this.options.client.posts.read({ path });
    if (result.ok) return result.data;
    if (result.error.code === 'not-found') this.dispatch({ type: 'deleted-on-disk', path });
    else this.notify(result.error.message);
    return null;
  }

  /** Replaces the text with the file on disk (undo brings the text back while the tab is open). */
  async reload(path: string): Promise<boolean> {
    const content = await this.readDisk(path);
    if (!content || !this.tab(path)) return false;
    this.replaceWithDisk(content);
    void this.discardBackup(path);
    return true;
  }

  private replaceWithDisk(content: PostContent): void {
    const { path } = content;
    this.backups.cancel(path);
    this.replaceText(path, content.text, 'reload');
    const doc = this.editors.state(path)?.doc;
    if (doc) this.editors.markSaved(path, doc, content.version);
    this.dispatch({ type: 'reloaded', path, diagnostics: content.diagnostics });
    this.editors.update(path, (state) => diagnosticsUpdate(state, content.diagnostics));
  }

  private replaceText(path: string, text: string, event: string): void {
    this.editors.update(path, (state) => {
      const change = minimalReplacement(state.doc.toString(), text);
      return change ? { changes: change, userEvent: event } : {};
    });
    this.afterChange(path);
  }

  /**
   * Other programs changed files: clean tabs follow the disk quietly, tabs
   * with unsaved text are marked as conflicted, deleted files are marked.
   */
  async filesChanged(changes: readonly FileChange[]): Promise<void> {
    const latest = new Map<string, FileChange['kind']>();
    for (const change of changes) latest.set(change.path, change.kind);
    await Promise.all(
      [...latest].map(([path, kind]) => {
        if (!this.tab(path)) return Promise.resolve();
        if (kind === 'removed') {
          this.dispatch({ type: 'deleted-on-disk', path });
          return Promise.resolve();
        }
        return this.followDisk(path);
      }),
    );
  }

  private async followDisk(path: string): Promise<void> {
    const result = await this.options.client.posts.read({ path });
    const tab = this.tab(path);
    const state = this.editors.state(path);
    if (!tab || !state) return;
    if (!result.ok) {
      if (result.error.code === 'not-found') this.dispatch({ type: 'deleted-on-disk', path });
      return;
    }
    const content = result.data;
    if (content.version === this.editors.savedVersion(path) && !tab.deleted) return;
    if (state.doc.toString() === content.text) {
      // The disk now holds exactly this text: nothing to settle.
      this.editors.markSaved(path, state.doc, content.version);
      this.backups.cancel(path);
      this.dispatch({ type: 'reloaded', path, diagnostics: content.diagnostics });
      return;
    }
    if (!tab.dirty && !tab.saving && !tab.conflict) this.replaceWithDisk(content);
    else this.dispatch({ type: 'changed-on-disk', path });
  }

  // Backups

  /**
   * Puts a backup's text in the post's tab as an unsaved change (undo shows
   * the file's text again). A post deleted since opens from the backup alone.
   */
  async restoreBackup(backup: Backup, title?: string): Promise<RestoreOutcome> {
    const { path } = backup;
    if (!this.editors.has(path)) {
      const result = await this.options.client.posts.read({ path });
      if (result.ok) {
        if (result.data.text === backup.text) {
          await this.discardBackup(path);
          return 'same-as-disk';
        }
        this.adopt(result.data, title);
      } else if (result.error.code === 'not-found') {
        this.editors.add(
          path,
          this.createState(path, backup.text, [], { version: null, baseline: nothingSaved }),
        );
        this.dispatch({
          type: 'opened',
          path,
          title: title ?? pathTitle(path),
          diagnostics: [],
          deleted: true,
        });
        this.backups.adopted(path);
        return 'restored';
      } else {
        this.notify(
          `The backup of ${title ?? pathTitle(path)} could not be restored. ${result.error.message}`,
        );
        return 'failed';
      }
    }
    this.activate(path);
    this.backups.adopted(path);
    this.replaceText(path, backup.text, 'restore');
    return 'restored';
  }

  discardBackup(path: string): Promise<void> {
    return this.backups.discard(path);
  }

  /** Whether a backup of this post is waiting to be written (for tests and the close guard). */
  backupPending(path: string): boolean {
    return this.backups.pending(path);
  }

  // Following the editor

  private afterChange(path: string): void {
    const dirty = this.editors.isDirty(path);
    this.backups.followEdit(path, dirty);
    this.refresh();
  }

  private onUpdate(path: string, update: ViewUpdate): void {
    if (this.editors.shownPath !== path) return;
    if (update.docChanged) {
      this.afterChange(path);
      this.shownDocument.set({ path, doc: update.state.doc });
      this.statusTracker.scheduleCount();
    }
    if (update.docChanged || update.selectionSet) this.statusTracker.followCursor(update.state);
  }

  private followShown(): void {
    const path = this.editors.shownPath;
    const state = path === null ? undefined : this.editors.state(path);
    if (path === null || !state) {
      this.shownDocument.set(null);
      this.statusTracker.reset();
      return;
    }
    this.shownDocument.set({ path, doc: state.doc });
    this.statusTracker.followCursor(state);
    this.statusTracker.countNow();
  }

  // Editor states

  /** "Shortcode + videoSchema entry" on a pasted link, where the client can look videos up. */
  private get youtubePaste(): YouTubePasteConfig {
    const { youtube, preferences } = this.options.client;
    return youtube && preferences ? { entryFor: pastedVideoEntry({ youtube, preferences }) } : {};
  }

  private createState(
    path: string,
    text: string,
    diagnostics: readonly Diagnostic[],
    saved: Parameters<typeof savedState>[0],
  ): EditorState {
    const { client } = this.options;
    const extensions: Extension[] = [
      editorExtensions({
        onSave: () => void this.save(path),
        diagnostics: {
          delay: this.options.checkDelay,
          validate: async (source) => {
            const result = await client.posts.validate({ path, text: source });
            if (!result.ok) throw new Error(result.error.message);
            return result.data;
          },
          onChange: (found) => this.dispatch({ type: 'checked', path, diagnostics: found }),
        },
        images: {
          addImage: imageUploader(client, path),
          onError: (message) => this.notify(message),
        },
        site: { ...this.options.site, shortcodeUses: this.shortcodeUses },
        wrappedIndent: { linePadding: editorLinePadding },
        youtube: this.youtubePaste,
      }),
      savedState(saved),
      typingOverSelection(),
      EditorView.updateListener.of((update) => this.onUpdate(path, update)),
      this.themeCompartment.of(this.options.theme?.(this.dark) ?? []),
    ];
    const state = EditorState.create({ doc: text, extensions });
    return state.update(diagnosticsUpdate(state, diagnostics)).state;
  }

  /** Follows the system's light or dark scheme in every open editor. */
  setDark(dark: boolean): void {
    if (dark === this.dark || !this.options.theme) return;
    this.dark = dark;
    const effects = this.themeCompartment.reconfigure(this.options.theme(dark));
    for (const path of this.editors.paths()) this.editors.update(path, { effects });
  }

  /** The post being edited, as the UI shows it. */
  activeTab(): Tab | null {
    return activeTab(this.state);
  }

  /** Stops the timers, writing the backups still waiting so no unsaved text is lost. */
  dispose(): void {
    this.backups.flush();
    this.statusTracker.cancel();
  }
}
