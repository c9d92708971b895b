import type { IpcRenderer } from 'electron';
import type { EventName } from '../shared/ipc/contract';
import { electronChannels } from '../shared/ipc/electron-channels';
import { menuCommandEvent } from '../shared/ipc/menu-commands';
import {
  callGroupsOf,
  parseEventPayload,
  type CallFactory,
  type EventListener,
} from '../shared/ipc/preload-api';
import {
  menuCommandPayloadSchema,
  questionMessageSchema,
  type ShellApi,
  type ShellQuestion,
  type StudioWindowApi,
} from '../shared/ipc/shell-api';

/** The part of `ipcRenderer` the preload uses: tests hand in a fake. */
export type PreloadIpc = Pick<IpcRenderer, 'invoke' | 'on' | 'send'>;

/**
 * What the page gets as `window.studio`: named functions only, one per
 * contract channel, a listener registry whose events are parsed with their
 * schemas, and the shell's two hooks. Never `ipcRenderer` itself, so a
 * script in the page can neither pick channels nor listen to main at will.
 */
export function buildStudioApi(ipc: PreloadIpc): StudioWindowApi {
  type RawListener = (payload: unknown) => void;
  const listeners = new Map<string, Set<RawListener>>();

  ipc.on(electronChannels.event, (_event, name: unknown, payload: unknown) => {
    if (typeof name !== 'string') return;
    for (const listener of [...(listeners.get(name) ?? [])]) listener(payload);
  });

  function listen(name: string, listener: RawListener): () => void {
    const forName = listeners.get(name) ?? new Set<RawListener>();
    listeners.set(name, forName);
    // A wrapper per call, so the same function subscribed twice is removed one at a time.
    const entry: RawListener = (payload) => listener(payload);
    forName.add(entry);
    return () => {
      forName.delete(entry);
    };
  }

  const on = <E extends EventName>(name: E, listener: EventListener<E>): (() => void) =>
    listen(name, (payload) => {
      const parsed = parseEventPayload(name, payload);
      if (parsed) listener(parsed.payload);
    });

  const answerers = new Map<ShellQuestion, () => unknown>();
  ipc.on(electronChannels.question, (_event, message: unknown) => {
    const parsed = questionMessageSchema.safeParse(message);
    if (!parsed.success) return;
    const { id, question } = parsed.data;
    const reply = (answer: unknown): void =>
      ipc.send(electronChannels.answer, { id, answer: answer ?? null });
    const handler = answerers.get(question);
    if (!handler) {
      reply(null);
      return;
    }
    Promise.resolve()
      .then(handler)
      .then(reply, () => reply(null));
  });

  const shell: ShellApi = {
    onMenuCommand: (listener) =>
      listen(menuCommandEvent, (payload) => {
        const parsed = menuCommandPayloadSchema.safeParse(payload);
        if (parsed.success) listener(parsed.data.command);
      }),
    answer: (question, handler) => {
      answerers.set(question, handler);
      return () => {
        if (answerers.get(question) === handler) answerers.delete(question);
      };
    },
  };

  // `invoke` answers `any`: the contract's type for each channel is given here, checked call by call in callGroupsOf.
  const call: CallFactory = (channel) => (args) => ipc.invoke(channel, args);

  return { ...callGroupsOf(call), events: { on }, shell } satisfies StudioWindowApi;
}
