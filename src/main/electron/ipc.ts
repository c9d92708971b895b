import { ipcMain, type WebContents, type WebFrameMain } from 'electron';
import { channels, type EventName, type EventPayload } from '../../shared/ipc/contract';
import { electronChannels } from '../../shared/ipc/electron-channels';
import type { Result } from '../../shared/ipc/result';
import type { Dispatch } from '../services/dispatch';

/** What an IPC event says about where it came from. */
export interface SenderInfo {
  readonly senderFrame: Pick<WebFrameMain, 'url' | 'parent'> | null;
}

/**
 * Only the app's own page, in the window's top frame, may call main. The
 * frame is gone (null) when the page navigated away while the call was in
 * flight; that is refused too.
 */
export function isTrustedSender(event: SenderInfo, isAppUrl: (url: string) => boolean): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && isAppUrl(frame.url);
}

const refused: Result<never> = {
  ok: false,
  error: { code: 'unauthorized', message: 'Only the Recap Studio window may make this call.' },
};

/**
 * One `ipcMain.handle` per contract channel. The sender is checked before
 * anything else, then the dispatcher parses the arguments with the channel's
 * schema before any work. Returns a function that removes the handlers.
 */
export function registerIpcHandlers(
  dispatch: Dispatch,
  isAppUrl: (url: string) => boolean,
): () => void {
  const names = Object.keys(channels);
  for (const channel of names) {
    ipcMain.handle(channel, (event, args: unknown) => {
      if (!isTrustedSender(event, isAppUrl)) return Promise.resolve(refused);
      return dispatch(channel, args);
    });
  }
  return () => {
    for (const channel of names) ipcMain.removeHandler(channel);
  };
}

/** Sends a contract event (or a menu command) to the page, unless the page is gone. */
export function sendToPage(contents: WebContents | null, name: string, payload: unknown): void {
  if (!contents || contents.isDestroyed()) return;
  contents.send(electronChannels.event, name, payload);
}

export type EventSource = (
  listener: (name: EventName, payload: EventPayload<EventName>) => void,
) => () => void;

/** Forwards the workspace's events to whichever page `target` names now. */
export function forwardEvents(onEvent: EventSource, target: () => WebContents | null): () => void {
  return onEvent((name, payload) => sendToPage(target(), name, payload));
}
