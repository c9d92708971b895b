/** The parts of a BrowserWindow that loading the app page uses. */
export interface LoadingWindow {
  loadURL(url: string): Promise<void>;
  isDestroyed(): boolean;
  show(): void;
  readonly webContents: {
    getURL(): string;
    on(
      event: 'did-fail-load',
      listener: (
        event: unknown,
        errorCode: number,
        errorDescription: string,
        validatedURL: string,
        isMainFrame: boolean,
      ) => void,
    ): unknown;
  };
}

export interface PageLoadOptions {
  isAppUrl(url: string): boolean;
  /** Tells the user the page could not load, in the window; resolves with their choice. */
  report(problem: string): Promise<'retry' | 'quit'>;
  /** Quits the app the normal way, so the quit cleanup runs. */
  quit(): void;
  /** How many aborted loads are retried quietly before the user is told. */
  abortedRetries?: number;
  retryDelayMs?: number;
}

/** Chromium's net::ERR_ABORTED: a navigation replaced by another (a reload while starting). */
const abortedCode = -3;

/**
 * Loads the app page and keeps it loaded. A load that is aborted (a reload
 * pressed while the first load was under way) is not a failure when another
 * load of the app took its place, and is retried quietly otherwise. Any other
 * failure, now or on a later reload, is reported in the window with Try
 * Again and Quit; never an exit that skips the quit cleanup.
 */
export async function loadAppPage(
  window: LoadingWindow,
  url: string,
  options: PageLoadOptions,
): Promise<void> {
  const abortedRetries = options.abortedRetries ?? 3;
  const retryDelayMs = options.retryDelayMs ?? 250;
  let reporting = false;

  const reportAndMaybeRetry = async (problem: string): Promise<void> => {
    if (reporting || window.isDestroyed()) return;
    reporting = true;
    window.show();
    const choice = await options.report(problem).catch(() => 'quit' as const);
    reporting = false;
    if (choice === 'quit') options.quit();
    else if (!window.isDestroyed()) await load();
  };

  const load = async (): Promise<void> => {
    for (let aborted = 0; ; aborted++) {
      const error = await window.loadURL(url).then(
        () => null,
        (failure: unknown) => failure as LoadError,
      );
      if (error === null || window.isDestroyed()) return;
      if (error.errno === abortedCode || error.code === 'ERR_ABORTED') {
        await delay(retryDelayMs);
        if (window.isDestroyed() || options.isAppUrl(window.webContents.getURL())) return;
        if (aborted < abortedRetries) continue;
      }
      await reportAndMaybeRetry(describeLoadError(error));
      return;
    }
  };

  // Later loads (the menu's Reload, a crash recovery) that fail are reported the same way.
  window.webContents.on(
    'did-fail-load',
    (_event, errorCode, description, failedUrl, isMainFrame) => {
      if (!isMainFrame || errorCode === abortedCode || !options.isAppUrl(failedUrl)) return;
      void reportAndMaybeRetry(`${description} (${errorCode})`);
    },
  );

  await load();
}

interface LoadError {
  code?: string;
  errno?: number;
  message?: string;
}

function describeLoadError(error: LoadError): string {
  return error.code ? `${error.code} (${error.errno ?? '?'})` : (error.message ?? String(error));
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
