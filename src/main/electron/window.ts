import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import type { WindowBounds } from './window-state';

export const appTitle = 'Recap Studio';

/**
 * The main window's options. The page gets no Node, no Electron and no way to
 * turn either back on: isolation and the sandbox are explicit (a preload or a
 * default change must not quietly relax them), and the preload is the only
 * bridge.
 */
export function mainWindowOptions(options: {
  preloadPath: string;
  bounds: WindowBounds;
}): BrowserWindowConstructorOptions {
  const { x, y, width, height } = options.bounds;
  const windowOptions: BrowserWindowConstructorOptions = {
    ...(x !== undefined && y !== undefined ? { x, y } : {}),
    width,
    height,
    minWidth: 640,
    minHeight: 400,
    show: false,
    title: appTitle,
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // A file dropped on the window would otherwise replace the app with that file.
      navigateOnDragDrop: false,
      spellcheck: true,
    },
  };
  assertSecurePreferences(windowOptions.webPreferences ?? {});
  return windowOptions;
}

/** What in `preferences` undoes the page's isolation; empty when nothing does. */
export function insecurePreferences(preferences: WebPreferences): string[] {
  const problems: string[] = [];
  if (preferences.contextIsolation !== true) problems.push('contextIsolation must be true');
  if (preferences.sandbox !== true) problems.push('sandbox must be true');
  if (preferences.nodeIntegration !== false) problems.push('nodeIntegration must be false');
  if (preferences.nodeIntegrationInWorker === true)
    problems.push('nodeIntegrationInWorker must be off');
  if (preferences.nodeIntegrationInSubFrames === true)
    problems.push('nodeIntegrationInSubFrames must be off');
  if (preferences.webSecurity === false) problems.push('webSecurity must not be turned off');
  if (preferences.allowRunningInsecureContent === true)
    problems.push('allowRunningInsecureContent must be off');
  if (preferences.experimentalFeatures === true) problems.push('experimentalFeatures must be off');
  if (preferences.enableBlinkFeatures) problems.push('enableBlinkFeatures must not be set');
  if (preferences.webviewTag === true) problems.push('webviewTag must be off');
  return problems;
}

/** Throws rather than open a window whose page could reach Node or Electron. */
export function assertSecurePreferences(preferences: WebPreferences): void {
  const problems = insecurePreferences(preferences);
  if (problems.length > 0)
    throw new Error(`Refusing to open a window with unsafe settings: ${problems.join('; ')}.`);
}
