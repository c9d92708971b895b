import type { EditorState, Text, TransactionSpec } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';
import { isDirty, markSaved, savedVersion } from '../../editor';

/**
 * The editor state of every open post. One `EditorView` shows one of them at
 * a time; the others are kept whole (text, undo history, selection, scroll
 * target), so switching tabs never loses anything. What is saved on disk
 * lives in each state too (`savedState`), so dirty is read from the state.
 */
export class TabEditors {
  private readonly states = new Map<string, EditorState>();
  private view: EditorView | null = null;
  private shown: string | null = null;

  get shownPath(): string | null {
    return this.shown;
  }

  get attachedView(): EditorView | null {
    return this.view;
  }

  /** The view, if it currently shows `path`. */
  viewOf(path: string): EditorView | null {
    return this.view !== null && this.shown === path ? this.view : null;
  }

  attach(view: EditorView): void {
    this.view = view;
    const path = this.shown;
    this.shown = null;
    this.show(path);
  }

  detach(): void {
    if (this.view && this.shown !== null && this.states.has(this.shown))
      this.states.set(this.shown, this.view.state);
    this.view = null;
  }

  has(path: string): boolean {
    return this.states.has(path);
  }

  paths(): string[] {
    return [...this.states.keys()];
  }

  /** Adds a post's state; it carries its saved text and version (`savedState`). */
  add(path: string, state: EditorState): void {
    this.states.set(path, state);
  }

  remove(path: string): void {
    if (this.shown === path) this.show(null);
    this.states.delete(path);
  }

  state(path: string): EditorState | undefined {
    return this.viewOf(path)?.state ?? this.states.get(path);
  }

  /** The text `doc` is on disk now as `version`; the post is dirty again only if its text differs. */
  markSaved(path: string, doc: Text, version: string | null): void {
    this.update(path, { effects: markSaved.of({ baseline: doc, version }) });
  }

  isDirty(path: string): boolean {
    const state = this.state(path);
    return state !== undefined && isDirty(state);
  }

  /** The version on disk the post's text is based on; null when the file is gone or never read. */
  savedVersion(path: string): string | null {
    const state = this.state(path);
    return state ? savedVersion(state) : null;
  }

  /** Applies a transaction to the post's state, through the view when it is shown. */
  update(path: string, spec: TransactionSpec | ((state: EditorState) => TransactionSpec)): void {
    const state = this.state(path);
    if (!state) return;
    const resolved = typeof spec === 'function' ? spec(state) : spec;
    const view = this.viewOf(path);
    if (view) view.dispatch(resolved);
    else this.states.set(path, state.update(resolved).state);
  }

  /** Puts the post's state in the view (or nothing, for null), keeping the one it showed. */
  show(path: string | null): void {
    if (path === this.shown) return;
    if (this.view && this.shown !== null && this.states.has(this.shown))
      this.states.set(this.shown, this.view.state);
    const next = path === null ? undefined : this.states.get(path);
    this.shown = next ? path : null;
    if (this.view && next) this.view.setState(next);
  }
}
