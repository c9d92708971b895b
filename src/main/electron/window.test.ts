import type { WebPreferences } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { assertSecurePreferences, insecurePreferences, mainWindowOptions } from './window';

vi.mock('electron', () => ({}));

const bounds = { width: 1200, height: 800, maximized: false };

describe('mainWindowOptions', () => {
  it('isolates and sandboxes the page explicitly, with the preload as the only bridge', () => {
    const options = mainWindowOptions({ preloadPath: '/app/out/preload/index.cjs', bounds });
    const preferences = options.webPreferences ?? {};
    expect(preferences.preload).toBe('/app/out/preload/index.cjs');
    expect(preferences.contextIsolation).toBe(true);
    expect(preferences.sandbox).toBe(true);
    expect(preferences.nodeIntegration).toBe(false);
    expect(preferences.nodeIntegrationInWorker).toBe(false);
    expect(preferences.nodeIntegrationInSubFrames).toBe(false);
    expect(preferences.webSecurity).not.toBe(false);
    expect(preferences.allowRunningInsecureContent).toBe(false);
    expect(preferences.experimentalFeatures).toBe(false);
    expect(preferences.enableBlinkFeatures).toBeUndefined();
    expect(preferences.webviewTag).toBe(false);
    expect(preferences.navigateOnDragDrop).toBe(false);
    expect(insecurePreferences(preferences)).toEqual([]);
  });

  it('opens hidden at the remembered size, and at the remembered place only when there is one', () => {
    const unplaced = mainWindowOptions({ preloadPath: 'p', bounds });
    expect(unplaced).toMatchObject({ width: 1200, height: 800, show: false });
    expect(unplaced).not.toHaveProperty('x');
    const placed = mainWindowOptions({ preloadPath: 'p', bounds: { ...bounds, x: 10, y: 20 } });
    expect(placed).toMatchObject({ x: 10, y: 20 });
  });
});

describe('assertSecurePreferences', () => {
  const secure: WebPreferences = { contextIsolation: true, sandbox: true, nodeIntegration: false };

  it('accepts isolated, sandboxed preferences', () => {
    expect(() => assertSecurePreferences(secure)).not.toThrow();
  });

  it.each<[string, WebPreferences]>([
    ['contextIsolation', { ...secure, contextIsolation: false }],
    ['sandbox', { ...secure, sandbox: undefined }],
    ['nodeIntegration', { ...secure, nodeIntegration: true }],
    ['webSecurity', { ...secure, webSecurity: false }],
    ['experimentalFeatures', { ...secure, experimentalFeatures: true }],
    ['enableBlinkFeatures', { ...secure, enableBlinkFeatures: 'CSSPseudoHas' }],
    ['webviewTag', { ...secure, webviewTag: true }],
    ['allowRunningInsecureContent', { ...secure, allowRunningInsecureContent: true }],
  ])('refuses a window whose %s undoes the isolation', (name, preferences) => {
    expect(() => assertSecurePreferences(preferences)).toThrow(name);
  });
});
