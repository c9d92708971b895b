import { useSyncExternalStore } from 'react';
import { createStore, useStoreValue } from '../external-store';
import { pageStorage } from '../page-storage';

/** Light or dark as the system says, or one of them whatever it says. */
export type ThemeChoice = 'system' | 'light' | 'dark';

const storageKey = 'recap-studio.theme.v1';
const darkQuery = '(prefers-color-scheme: dark)';

function readChoice(): ThemeChoice {
  const stored = pageStorage()?.getItem(storageKey);
  return stored === 'light' || stored === 'dark' ? stored : 'system';
}

/** The writer's choice for this page, kept in its local storage like the panes' layout. */
const choice = createStore<ThemeChoice>(readChoice());

/**
 * Pins the app's colours (theme.css picks each with light-dark() by the
 * root's color-scheme) and keeps the choice for the next start.
 */
export function chooseTheme(next: ThemeChoice): void {
  choice.set(next);
  const root = globalThis.document?.documentElement;
  if (next === 'system') root?.removeAttribute('data-theme');
  else root?.setAttribute('data-theme', next);
  const storage = pageStorage();
  if (next === 'system') storage?.removeItem(storageKey);
  else storage?.setItem(storageKey, next);
}

/** Sets the page's colours from the kept choice; once, before the app is shown. */
export function applyStoredTheme(): void {
  chooseTheme(readChoice());
}

function subscribeToSystem(listener: () => void): () => void {
  const media = globalThis.matchMedia?.(darkQuery);
  media?.addEventListener('change', listener);
  return () => media?.removeEventListener('change', listener);
}

const systemIsDark = (): boolean => globalThis.matchMedia?.(darkQuery).matches ?? false;

export interface Theme {
  choice: ThemeChoice;
  /** What is shown: the choice, or the system's scheme when following it. */
  dark: boolean;
}

/** The theme shown now, following the system's changes while the choice is `system`. */
export function useTheme(): Theme {
  const chosen = useStoreValue(choice);
  const system = useSyncExternalStore(subscribeToSystem, systemIsDark);
  return { choice: chosen, dark: chosen === 'system' ? system : chosen === 'dark' };
}
