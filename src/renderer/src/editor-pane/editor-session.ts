import { Compartment, EditorState, Text, type Extension } from '@codemirror/state';
import { EditorView, type ViewUpdate } from '@codemirror/view';
import type { Backup, Diagnostic, FileChange, PostContent } from '../../../shared/ipc/data';
import type { Result } from '../../../shared/ipc/result';
import { diagnosticsUpdate, editorExtensions, type SiteFactsInput } from '../../editor';
import type { StudioClient } from '../client';
import { createStore, type Store } from '../external-store';
import { countWords, readingMinutes } from '../status/text-stats';
import {
  activeTab,
  noTabs,
  tabsReducer,
  type Tab,
  type TabsAction,
  type TabsState,
} from '../tabs/tabs-reducer';
import { TabEditors } from './tab-editors';
import { minimalReplacement } from './text-replacement';
import { typingOverSelection } from './typing-over-selection';

/** The calls the session makes. */
export type SessionClient = Pick<StudioClient, 'posts' | 'assets' | 'backups'>;

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

/** What the status bar shows about the text being edited. */
export interface EditorStatus {
  line: number;
  column: number;
  words: number;
  minutes: number;
}

/** The text of the post being edited, for the preview. */
export interface ShownDocument {
  path: string;
  doc: Text;
}

export type RestoreOutcome = 'restored' | 'same-as-disk' | 'failed';

const quietStatus: EditorStatus = { line: 1, column: 1, words: 0, minutes: 0 };

/** Bytes as base64, the form in which files cross to main. */
export function base64Of(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk)
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

function fileName(path: string): string {
  const parts = path.split('/');
  const last = parts.at(-1) ?? path;
  return last === 'index.md' || last === '_index.md' ? (parts.at(-2) ?? last) : last;
}

/**
 * The open posts and everything done to them: opening, switching, saving
 * (with the version it was based on), conflicts and deletions on disk,
 * backups of unsaved text. Outside React, so it can be tested with a fake
 * client and plain editor states; components read it through `subscribe`
 * and `getState`.
 */
export class EditorSession {
  readonly editors = new TabEditors();
  /** Cursor and counts of the post being edited. */
  readonly status: Store<EditorStatus> = createStore(quietStatus);
  /** The text being edited, on every change. */
  readonly shownDocument: Store<ShownDocument | null> = createStore<ShownDocument | null>(null);

  private state: TabsState = noTabs;
  private readonly listeners = new Set<() => void>();
  private readonly backupTimers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Posts whose text main holds a backup of, as far as this session knows. */
  private readonly backedUp = new Set<string>();
  private readonly opening = new Map<string, Promise<boolean>>();
  private statsTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly themeCompartment = new Compartment();
  private dark: boolean;

  constructor(private readonly options: EditorSessionOptions) {
    this.dark = options.dark ?? false;
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
    const previous = this.state;
    const next = tabsReducer(previous, action);
    if (next === previous) return;
    this.state = next;
    if (this.editors.shownPath !== next.active) this.editors.show(next.active);
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
        this.notify(`${title ?? fileName(path)} could not be opened. ${result.error.message}`);
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
        this.createState(content.path, content.text, content.diagnostics),
      );
    }
    this.dispatch({
      type: 'opened',
      path: content.path,
      title: title ?? fileName(content.path),
      version: content.version,
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
    this.cancelBackup(path);
    if (this.editors.isDirty(path) || this.backedUp.has(path)) void this.discardBackup(path);
    this.editors.remove(path);
    this.dispatch({ type: 'closed', path });
  }

  closeAll(): void {
    for (const path of this.editors.paths()) this.cancelBackup(path);
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
    if (tab.version === null && !overwrite) {
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
      baseVersion: overwrite ? null : tab.version,
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
    this.editors.setBaseline(path, doc);
    // Main dropped its backup with the save.
    this.backedUp.delete(path);
    const dirty = this.editors.isDirty(path);
    if (!dirty) this.cancelBackup(path);
    this.dispatch({
      type: 'saved',
      path,
      version: outcome.version,
      diagnostics: outcome.diagnostics,
      dirty,
    });
    this.showDiagnosticsIfCurrent(path, doc, outcome.diagnostics);
    return true;
  }

  /** Saves every post with unsaved text; true when all of them were written. */
  async saveAll(): Promise<boolean> {
    let all = true;
    for (const path of this.unsavedPaths()) if (!(await this.save(path))) all = false;
    return all;
  }

  private showDiagnosticsIfCurrent(path: string, doc: Text, diagnostics: Diagnostic[]): void {
    const state = this.editors.state(path);
    if (!state?.doc.eq(doc)) return;
    this.editors.update(path, (current) => diagnosticsUpdate(current, diagnostics));
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
    this.cancelBackup(path);
    this.replaceText(path, content.text, 'reload');
    const doc = this.editors.state(path)?.doc;
    if (doc) this.editors.setBaseline(path, doc);
    this.dispatch({
      type: 'reloaded',
      path,
      version: content.version,
      diagnostics: content.diagnostics,
    });
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
    if (content.version === tab.version && !tab.deleted) return;
    if (state.doc.toString() === content.text) {
      // The disk now holds exactly this text: nothing to settle.
      this.editors.setBaseline(path, state.doc);
      this.cancelBackup(path);
      this.dispatch({
        type: 'reloaded',
        path,
        version: content.version,
        diagnostics: content.diagnostics,
      });
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
        this.editors.add(path, this.createState(path, backup.text, []), Text.empty);
        this.dispatch({
          type: 'opened',
          path,
          title: title ?? fileName(path),
          version: null,
          diagnostics: [],
          dirty: true,
          deleted: true,
        });
        this.backedUp.add(path);
        return 'restored';
      } else {
        this.notify(
          `The backup of ${title ?? fileName(path)} could not be restored. ${result.error.message}`,
        );
        return 'failed';
      }
    }
    this.activate(path);
    this.backedUp.add(path);
    this.replaceText(path, backup.text, 'restore');
    return 'restored';
  }

  async discardBackup(path: string): Promise<void> {
    this.cancelBackup(path);
    this.backedUp.delete(path);
    const result = await this.options.client.backups.discard({ path });
    if (!result.ok && result.error.code !== 'not-found') this.notify(result.error.message);
  }

  private scheduleBackup(path: string): void {
    this.cancelBackup(path);
    const timer = setTimeout(() => {
      this.backupTimers.delete(path);
      void this.storeBackup(path);
    }, this.options.backupDelay ?? 1000);
    this.backupTimers.set(path, timer);
  }

  private cancelBackup(path: string): void {
    const timer = this.backupTimers.get(path);
    if (timer !== undefined) clearTimeout(timer);
    this.backupTimers.delete(path);
  }

  private async storeBackup(path: string): Promise<void> {
    const state = this.editors.state(path);
    if (!state || !this.editors.isDirty(path)) return;
    const result: Result<null> = await this.options.client.backups.store({
      path,
      text: state.doc.toString(),
    });
    if (result.ok) this.backedUp.add(path);
  }

  /** Whether a backup of this post is waiting to be written (for tests and the close guard). */
  backupPending(path: string): boolean {
    return this.backupTimers.has(path);
  }

  // Following the editor

  private afterChange(path: string): void {
    const dirty = this.editors.isDirty(path);
    if (dirty) this.scheduleBackup(path);
    else {
      this.cancelBackup(path);
      if (this.backedUp.has(path)) void this.discardBackup(path);
    }
    this.dispatch({ type: 'edited', path, dirty });
  }

  private onUpdate(path: string, update: ViewUpdate): void {
    if (this.editors.shownPath !== path) return;
    if (update.docChanged) {
      this.afterChange(path);
      this.shownDocument.set({ path, doc: update.state.doc });
      this.scheduleStats();
    }
    if (update.docChanged || update.selectionSet) this.updateCursor(update.state);
  }

  private followShown(): void {
    const path = this.editors.shownPath;
    const state = path === null ? undefined : this.editors.state(path);
    if (path === null || !state) {
      this.shownDocument.set(null);
      this.status.set(quietStatus);
      return;
    }
    this.shownDocument.set({ path, doc: state.doc });
    this.updateCursor(state);
    this.updateStats();
  }

  private updateCursor(state: EditorState): void {
    const head = state.selection.main.head;
    const line = state.doc.lineAt(head);
    const current = this.status.get();
    const column = head - line.from + 1;
    if (current.line !== line.number || current.column !== column)
      this.status.set({ ...current, line: line.number, column });
  }

  private scheduleStats(): void {
    if (this.statsTimer !== null) clearTimeout(this.statsTimer);
    this.statsTimer = setTimeout(() => this.updateStats(), this.options.statsDelay ?? 300);
  }

  private updateStats(): void {
    this.statsTimer = null;
    const path = this.editors.shownPath;
    const state = path === null ? undefined : this.editors.state(path);
    if (!state) return;
    const words = countWords(state.doc.toString());
    this.status.set({ ...this.status.get(), words, minutes: readingMinutes(words) });
  }

  // Editor states

  private createState(path: string, text: string, diagnostics: readonly Diagnostic[]): EditorState {
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
          addImage: async (file) => {
            const data = base64Of(new Uint8Array(await file.arrayBuffer()));
            const result = await client.assets.add({ post: path, name: file.name, data });
            return result.ok ? { name: result.data.name } : { error: result.error.message };
          },
          onError: (message) => this.notify(message),
        },
        site: this.options.site,
      }),
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
    for (const path of [...this.backupTimers.keys()]) {
      this.cancelBackup(path);
      void this.storeBackup(path);
    }
    if (this.statsTimer !== null) clearTimeout(this.statsTimer);
    this.statsTimer = null;
  }
}
