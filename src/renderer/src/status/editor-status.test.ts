import { EditorSelection, EditorState } from '@codemirror/state';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EditorStatusTracker, quietStatus } from './editor-status';

describe('EditorStatusTracker', () => {
  let shown: EditorState | undefined;
  let tracker: EditorStatusTracker;

  beforeEach(() => {
    vi.useFakeTimers();
    shown = EditorState.create({ doc: '---\ntitle: Words here\n---\nOne two three.\n' });
    tracker = new EditorStatusTracker(() => shown, 300);
  });

  afterEach(() => vi.useRealTimers());

  it('follows the cursor at once, as a 1-based line and column', () => {
    const state = shown!.update({ selection: EditorSelection.cursor(30) }).state;
    tracker.followCursor(state);
    expect(tracker.status.get()).toMatchObject({ line: 4, column: 5 });
  });

  it('counts the body after a quiet moment', () => {
    tracker.scheduleCount();
    expect(tracker.status.get().words).toBe(0);
    vi.advanceTimersByTime(300);
    expect(tracker.status.get()).toMatchObject({ words: 3, minutes: 1 });
  });

  it('rests when nothing is shown', () => {
    tracker.countNow();
    shown = undefined;
    tracker.scheduleCount();
    tracker.reset();
    vi.advanceTimersByTime(300);
    expect(tracker.status.get()).toEqual(quietStatus);
  });
});
