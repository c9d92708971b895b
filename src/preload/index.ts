import { contextBridge, ipcRenderer } from 'electron';
import { z } from 'zod';
import type { Channel } from '../shared/ipc/contract';
import { electronChannels } from '../shared/ipc/electron-channels';
import { isMenuCommand, menuCommandEvent } from '../shared/ipc/menu-commands';
import { buildPreloadApi, type Subscribe } from '../shared/ipc/preload-api';
import type { Result } from '../shared/ipc/result';
import type { ShellApi, ShellQuestion, StudioWindowApi } from '../shared/ipc/shell-api';

// The page gets named functions only: one per contract channel, a listener
// registry, and the shell's two hooks. Never `ipcRenderer` itself, so a
// script in the page can neither pick channels nor listen to main at will.

// The page's policy refuses eval, in the preload's world too: zod must not probe for it.
z.config({ jitless: true });

type Listener = (payload: unknown) => void;
const listeners = new Map<string, Set<Listener>>();

ipcRenderer.on(electronChannels.event, (_event, name: unknown, payload: unknown) => {
  if (typeof name !== 'string') return;
  for (const listener of [...(listeners.get(name) ?? [])]) listener(payload);
});

function listen(name: string, listener: Listener): () => void {
  const forName = listeners.get(name) ?? new Set<Listener>();
  listeners.set(name, forName);
  // A wrapper per call, so the same function subscribed twice is removed one at a time.
  const entry: Listener = (payload) => listener(payload);
  forName.add(entry);
  return () => {
    forName.delete(entry);
  };
}

const answerers = new Map<ShellQuestion, () => unknown>();

ipcRenderer.on(electronChannels.question, (_event, message: unknown) => {
  const { id, question } = (message ?? {}) as { id?: unknown; question?: unknown };
  if (typeof id !== 'string' || typeof question !== 'string') return;
  const reply = (answer: unknown): void =>
    ipcRenderer.send(electronChannels.answer, { id, answer: answer ?? null });
  const handler = answerers.get(question as ShellQuestion);
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
      const command = (payload as { command?: unknown } | null)?.command;
      if (isMenuCommand(command)) listener(command);
    }),
  answer: (question, handler) => {
    answerers.set(question, handler);
    return () => {
      if (answerers.get(question) === handler) answerers.delete(question);
    };
  },
};

const invoke = (channel: Channel, args: unknown): Promise<Result<unknown>> =>
  ipcRenderer.invoke(channel, args) as Promise<Result<unknown>>;

const studio: StudioWindowApi = {
  ...buildPreloadApi(invoke, listen as Subscribe),
  shell,
};

contextBridge.exposeInMainWorld('studio', studio);
