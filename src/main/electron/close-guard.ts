import { dialog, type BrowserWindow } from 'electron';

export type UnsavedChoice = 'save' | 'discard' | 'cancel';

export interface LeaveGuardSteps {
  /** The posts with unsaved edits, or null when the page did not answer in time. */
  unsavedPosts(): Promise<string[] | null>;
  /** The Save / Don't Save / Cancel prompt. */
  prompt(paths: string[]): Promise<UnsavedChoice>;
  /** Saves every unsaved post; true only when all were saved. */
  saveAll(): Promise<boolean>;
  /** Drops the backups of edits the user chose not to keep. */
  discardBackups(paths: string[]): Promise<void>;
}

/**
 * Whether the window may close (or switch folders) now, after asking the user
 * about unsaved posts. A page that does not answer (hung, crashed, still
 * loading) does not keep the window open: its edits are in the backups, sent
 * ~1 s after each change and offered again at the next start. A save that
 * fails (errors block it, or the file changed on disk) keeps the window open
 * so the user sees why.
 */
export async function mayLeave(steps: LeaveGuardSteps): Promise<boolean> {
  const unsaved = await steps.unsavedPosts();
  if (unsaved === null || unsaved.length === 0) return true;
  const choice = await steps.prompt(unsaved);
  if (choice === 'cancel') return false;
  if (choice === 'discard') {
    await steps.discardBackups(unsaved).catch(() => undefined);
    return true;
  }
  return steps.saveAll();
}

/** The parts of a BrowserWindow the guard uses. */
export interface ClosableWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  close(): void;
}

/**
 * Holds every close of `window` until `confirm` says yes, then closes it for
 * real. Repeated close requests while the prompt is up are ignored. A guard
 * that fails lets the window close rather than trapping the user (the
 * backups keep the edits).
 */
export function guardClose(window: ClosableWindow, confirm: () => Promise<boolean>): void {
  let allowed = false;
  let asking = false;
  window.on('close', (event) => {
    if (allowed) return;
    event.preventDefault();
    if (asking) return;
    asking = true;
    void confirm()
      .catch(() => true)
      .then((ok) => {
        asking = false;
        if (!ok) return;
        allowed = true;
        window.close();
      });
  });
}

/** The prompt's words: plain sentences naming the posts. */
export function unsavedPromptText(paths: string[]): { message: string; detail: string } {
  const names = paths.map(postName);
  const message =
    names.length === 1
      ? `Do you want to save the changes you made to ${names[0]}?`
      : `Do you want to save the changes you made to ${names.length} posts?`;
  const listed =
    names.length > 1 ? `${names.slice(0, 5).join(', ')}${names.length > 5 ? ', …' : ''}. ` : '';
  return { message, detail: `${listed}Your changes will be lost if you don't save them.` };
}

/** `content/blog/2024/0101-hello/index.md` → `0101-hello`; a single file keeps its name. */
function postName(path: string): string {
  const parts = path.split('/');
  const file = parts.at(-1) ?? path;
  if (/^(index|_index)\.[a-z]+$/i.test(file) && parts.length > 1) return parts.at(-2) ?? path;
  return file;
}

const choices: readonly UnsavedChoice[] = ['save', 'discard', 'cancel'];

/** The system's Save / Don't Save / Cancel dialog, attached to `window`. */
export function unsavedPrompt(window: BrowserWindow): (paths: string[]) => Promise<UnsavedChoice> {
  return async (paths) => {
    const { message, detail } = unsavedPromptText(paths);
    const { response } = await dialog.showMessageBox(window, {
      type: 'warning',
      buttons: ['Save', "Don't Save", 'Cancel'],
      defaultId: 0,
      cancelId: 2,
      noLink: true,
      message,
      detail,
    });
    return choices[response] ?? 'cancel';
  };
}
