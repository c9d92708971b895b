import { EventEmitter } from 'node:events';
import type { Rectangle } from 'electron';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WindowState } from '../services/settings';
import {
  defaultWindowBounds,
  restoredBounds,
  trackWindowState,
  type StatefulWindow,
} from './window-state';

vi.mock('electron', () => ({}));

const laptop: Rectangle = { x: 0, y: 0, width: 1440, height: 875 };
const external: Rectangle = { x: 1440, y: 0, width: 2560, height: 1415 };

describe('restoredBounds', () => {
  it('opens at the default size the first time', () => {
    expect(restoredBounds(null, [laptop])).toEqual(defaultWindowBounds);
  });

  it('restores size, position and maximized state on a screen that is still there', () => {
    const state: WindowState = { x: 1600, y: 100, width: 1400, height: 900, maximized: true };
    expect(restoredBounds(state, [laptop, external])).toEqual(state);
  });

  it('drops a position on a screen that is gone, and shrinks to fit the largest screen', () => {
    const state: WindowState = { x: 1600, y: 100, width: 2000, height: 1200, maximized: false };
    expect(restoredBounds(state, [laptop])).toEqual({
      width: 1440,
      height: 875,
      maximized: false,
    });
  });

  it('drops a position whose title bar is above the screen', () => {
    const state: WindowState = { x: 100, y: -500, width: 800, height: 700, maximized: false };
    expect(restoredBounds(state, [laptop])).not.toHaveProperty('y');
  });
});

class FakeWindow extends EventEmitter implements StatefulWindow {
  bounds: Rectangle = { x: 10, y: 20, width: 1000, height: 700 };
  maximized = false;
  getNormalBounds(): Rectangle {
    return this.bounds;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
}

afterEach(() => {
  vi.useRealTimers();
});

describe('trackWindowState', () => {
  it('saves once, a moment after the window stops moving or resizing', () => {
    vi.useFakeTimers();
    const window = new FakeWindow();
    const save = vi.fn();
    trackWindowState(window, save, 500);
    window.emit('move');
    window.bounds = { x: 30, y: 40, width: 1100.4, height: 750 };
    window.emit('resize');
    vi.advanceTimersByTime(499);
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(save.mock.calls).toEqual([
      [{ x: 30, y: 40, width: 1100, height: 750, maximized: false }],
    ]);
  });

  it('saves the normal bounds with the maximized flag, and at once on close', () => {
    vi.useFakeTimers();
    const window = new FakeWindow();
    const save = vi.fn();
    trackWindowState(window, save, 500);
    window.maximized = true;
    window.emit('maximize');
    window.emit('close');
    expect(save.mock.calls).toEqual([
      [{ x: 10, y: 20, width: 1000, height: 700, maximized: true }],
    ]);
    vi.advanceTimersByTime(1000);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('keeps a tiny window within what Settings accepts', () => {
    const window = new FakeWindow();
    window.bounds = { x: 0, y: 0, width: 120, height: 80 };
    const save = vi.fn();
    trackWindowState(window, save);
    window.emit('close');
    expect(save).toHaveBeenCalledWith({ x: 0, y: 0, width: 400, height: 300, maximized: false });
  });

  it('stops tracking when disposed', () => {
    vi.useFakeTimers();
    const window = new FakeWindow();
    const save = vi.fn();
    const stop = trackWindowState(window, save, 500);
    window.emit('resize');
    stop();
    vi.advanceTimersByTime(1000);
    window.emit('close');
    expect(save).not.toHaveBeenCalled();
    expect(window.listenerCount('resize')).toBe(0);
  });
});
