// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyStoredTheme, chooseTheme, useTheme } from './theme-choice';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** The system's scheme, as matchMedia reports it, with its change event. */
const system = {
  dark: false,
  listeners: new Set<() => void>(),
  set(dark: boolean) {
    this.dark = dark;
    for (const listener of this.listeners) listener();
  },
};

function Probe() {
  const theme = useTheme();
  return createElement('p', null, `${theme.choice} ${theme.dark ? 'dark' : 'light'}`);
}

describe('the theme choice', () => {
  let root: Root;
  let container: HTMLElement;

  beforeEach(() => {
    system.dark = false;
    system.listeners.clear();
    vi.stubGlobal('matchMedia', (query: string) => ({
      get matches() {
        return query === '(prefers-color-scheme: dark)' && system.dark;
      },
      addEventListener: (_: string, listener: () => void) => system.listeners.add(listener),
      removeEventListener: (_: string, listener: () => void) => system.listeners.delete(listener),
    }));
    localStorage.clear();
    chooseTheme('system');
    container = document.createElement('div');
    root = createRoot(container);
    act(() => root.render(createElement(Probe)));
  });

  afterEach(() => {
    act(() => root.unmount());
    vi.unstubAllGlobals();
  });

  it('follows the system until a theme is chosen', () => {
    expect(container.textContent).toBe('system light');
    act(() => system.set(true));
    expect(container.textContent).toBe('system dark');
    expect(document.documentElement.hasAttribute('data-theme')).toBe(false);
  });

  it('pins the chosen theme on the page whatever the system says, and keeps it for the next start', () => {
    act(() => chooseTheme('dark'));
    expect(container.textContent).toBe('dark dark');
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark');
    act(() => system.set(false));
    expect(container.textContent).toBe('dark dark');

    // The next start reads it back before the app is shown.
    document.documentElement.removeAttribute('data-theme');
    applyStoredTheme();
    expect(document.documentElement.getAttribute('data-theme')).toBe('dark');
  });

  it('goes back to the system, forgetting the choice', () => {
    act(() => chooseTheme('light'));
    act(() => system.set(true));
    expect(container.textContent).toBe('light light');
    act(() => chooseTheme('system'));
    expect(container.textContent).toBe('system dark');
    expect(document.documentElement.hasAttribute('data-theme')).toBe(false);
    applyStoredTheme();
    expect(document.documentElement.hasAttribute('data-theme')).toBe(false);
  });
});
