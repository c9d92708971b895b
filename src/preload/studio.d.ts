import type { StudioWindowApi } from '../shared/ipc/shell-api';

declare global {
  interface Window {
    /**
     * What the preload exposes in the desktop app: the contract's calls as
     * named functions, its events, and the shell's menu and questions.
     * Absent in web mode, where the page talks HTTP instead.
     */
    studio?: StudioWindowApi;
  }
}

export {};
