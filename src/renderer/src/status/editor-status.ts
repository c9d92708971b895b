import type { EditorState } from '@codemirror/state';
import { createStore, type Store } from '../external-store';
import { countWords, readingMinutes } from './text-stats';

/** What the status bar shows about the text being edited. */
export interface EditorStatus {
  line: number;
  column: number;
  words: number;
  minutes: number;
}

export const quietStatus: EditorStatus = { line: 1, column: 1, words: 0, minutes: 0 };

/**
 * The status bar's figures for the shown editor: the cursor at once, the
 * word count after a quiet moment (counting a long post on every keystroke
 * would cost more than the typing).
 */
export class EditorStatusTracker {
  readonly status: Store<EditorStatus> = createStore(quietStatus);
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    /** The shown editor's state, or undefined when none is shown. */
    private readonly shownState: () => EditorState | undefined,
    /** Quiet time before the word count follows the text, in ms. */
    private readonly delay = 300,
  ) {}

  followCursor(state: EditorState): void {
    const head = state.selection.main.head;
    const line = state.doc.lineAt(head);
    const current = this.status.get();
    const column = head - line.from + 1;
    if (current.line !== line.number || current.column !== column)
      this.status.set({ ...current, line: line.number, column });
  }

  scheduleCount(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.countNow(), this.delay);
  }

  countNow(): void {
    this.cancel();
    const state = this.shownState();
    if (!state) return;
    const words = countWords(state.doc.toString());
    this.status.set({ ...this.status.get(), words, minutes: readingMinutes(words) });
  }

  /** Nothing is shown: the figures go back to their resting values. */
  reset(): void {
    this.cancel();
    this.status.set(quietStatus);
  }

  cancel(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
