import { z } from 'zod';
import { relativePath } from './data';
import { menuCommands, type MenuCommand } from './menu-commands';
import type { CallGroup, PreloadApi } from './preload-api';

/**
 * Questions main asks the page and waits for, each with the schema of its
 * answer. A page that does not answer in time counts as having nothing to say.
 */
export const shellQuestions = {
  /** Asked before the window closes or another folder opens: which posts have unsaved edits? */
  unsavedPosts: z.object({ paths: z.array(relativePath) }).strict(),
  /** After the user chose Save in the unsaved-changes prompt: save them all; did every save succeed? */
  saveAll: z.object({ saved: z.boolean() }).strict(),
} as const;

export type ShellQuestion = keyof typeof shellQuestions;

/** main → page: `{id, question}`, as the preload checks it before asking the page. */
export const questionMessageSchema = z.object({
  id: z.string(),
  question: z.custom<ShellQuestion>(
    (value) => typeof value === 'string' && Object.hasOwn(shellQuestions, value),
  ),
});

/** main → page: the payload of a `menu.command` event. */
export const menuCommandPayloadSchema = z.object({ command: z.enum(menuCommands) });
export type AnswerOf<Q extends ShellQuestion> = z.infer<(typeof shellQuestions)[Q]>;

/** The desktop shell's part of `window.studio`: the menu and main's questions. */
export interface ShellApi {
  /** Listens to the menu's commands; returns the function that stops listening. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Answers one of main's questions from now on; returns the function that stops answering. */
  answer<Q extends ShellQuestion>(
    question: Q,
    handler: () => AnswerOf<Q> | Promise<AnswerOf<Q>>,
  ): () => void;
}

/** `window.studio` in the desktop app: the contract's calls and events, plus the shell. */
export type StudioWindowApi = PreloadApi & { shell: ShellApi };

// A contract group named `shell` would collide with the shell's entry.
type NoShellGroup = 'shell' extends CallGroup ? never : true;
const noShellGroup: NoShellGroup = true;
void noShellGroup;
