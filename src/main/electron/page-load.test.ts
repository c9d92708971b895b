import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { loadAppPage } from './page-load';

const appUrl = 'app://recap-studio/index.html';
const isAppUrl = (url: string) => url.startsWith('app://recap-studio/');

/** Electron's loadURL rejection: an Error with Chromium's code and errno. */
function loadError(code: string, errno: number): Error {
  return Object.assign(new Error(`${code} (${errno}) loading '${appUrl}'`), { code, errno });
}

/** A window whose loads answer from `outcomes` in turn (null: loaded). */
function fakeWindow(outcomes: (Error | null)[], urlAfterAbort = '') {
  const contents = Object.assign(new EventEmitter(), { url: '', getURL: () => contents.url });
  const window = {
    webContents: contents,
    loads: 0,
    shown: false,
    isDestroyed: () => false,
    show: () => (window.shown = true),
    loadURL: (url: string): Promise<void> => {
      window.loads++;
      const outcome = outcomes.shift() ?? null;
      if (outcome === null) {
        contents.url = url;
        return Promise.resolve();
      }
      contents.url = urlAfterAbort;
      return Promise.reject(outcome);
    },
  };
  return window;
}

describe('loadAppPage', () => {
  it('retries a load that was aborted with nothing in its place, without asking', async () => {
    const window = fakeWindow([loadError('ERR_ABORTED', -3), null]);
    const report = vi.fn();
    const quit = vi.fn();
    await loadAppPage(window, appUrl, { isAppUrl, report, quit, retryDelayMs: 0 });
    expect(window.loads).toBe(2);
    expect(report).not.toHaveBeenCalled();
    expect(quit).not.toHaveBeenCalled();
  });

  it('accepts an aborted load when a reload of the app took its place', async () => {
    const window = fakeWindow([loadError('ERR_ABORTED', -3)], appUrl);
    const report = vi.fn();
    await loadAppPage(window, appUrl, { isAppUrl, report, quit: vi.fn(), retryDelayMs: 0 });
    expect(window.loads).toBe(1);
    expect(report).not.toHaveBeenCalled();
  });

  it('reports a failed load in the window, and loads again on Try Again', async () => {
    const window = fakeWindow([loadError('ERR_FILE_NOT_FOUND', -6), null]);
    const report = vi.fn(() => Promise.resolve('retry' as const));
    const quit = vi.fn();
    await loadAppPage(window, appUrl, { isAppUrl, report, quit, retryDelayMs: 0 });
    expect(window.shown).toBe(true);
    expect(report).toHaveBeenCalledWith('ERR_FILE_NOT_FOUND (-6)');
    expect(window.loads).toBe(2);
    expect(quit).not.toHaveBeenCalled();
  });

  it('quits the normal way when the user chooses Quit, never rejecting', async () => {
    const window = fakeWindow([loadError('ERR_FAILED', -2)]);
    const quit = vi.fn();
    await expect(
      loadAppPage(window, appUrl, {
        isAppUrl,
        report: () => Promise.resolve('quit'),
        quit,
        retryDelayMs: 0,
      }),
    ).resolves.toBeUndefined();
    expect(quit).toHaveBeenCalledTimes(1);
  });

  it('tells the user after aborted loads keep failing', async () => {
    const aborted = () => loadError('ERR_ABORTED', -3);
    const window = fakeWindow([aborted(), aborted(), aborted()]);
    const report = vi.fn(() => Promise.resolve('quit' as const));
    await loadAppPage(window, appUrl, {
      isAppUrl,
      report,
      quit: vi.fn(),
      abortedRetries: 2,
      retryDelayMs: 0,
    });
    expect(window.loads).toBe(3);
    expect(report).toHaveBeenCalledWith('ERR_ABORTED (-3)');
  });

  it('reports a later reload of the app that fails, but not other frames or aborted loads', async () => {
    const window = fakeWindow([null]);
    const report = vi.fn(() => Promise.resolve('retry' as const));
    await loadAppPage(window, appUrl, { isAppUrl, report, quit: vi.fn(), retryDelayMs: 0 });
    const contents = window.webContents;
    contents.emit('did-fail-load', {}, -3, 'ERR_ABORTED', appUrl, true);
    contents.emit('did-fail-load', {}, -105, 'ERR_NAME_NOT_RESOLVED', 'https://x.example/', false);
    expect(report).not.toHaveBeenCalled();
    contents.emit('did-fail-load', {}, -6, 'ERR_FILE_NOT_FOUND', appUrl, true);
    await vi.waitFor(() => expect(window.loads).toBe(2));
    expect(report).toHaveBeenCalledWith('ERR_FILE_NOT_FOUND (-6)');
  });
});
