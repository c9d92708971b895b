import { randomUUID } from 'node:crypto';
import { ipcMain, type IpcMainEvent, type WebContents } from 'electron';
import { electronChannels } from '../../shared/ipc/electron-channels';
import { shellQuestions, type AnswerOf, type ShellQuestion } from '../../shared/ipc/shell-api';
import { isTrustedSender } from './ipc';

interface Pending {
  contents: WebContents;
  settle: (answer: unknown) => void;
}

/**
 * Asks the page a question and waits for its answer, at most `timeoutMs`. A
 * page that is gone, hung, has no answer or answers nonsense gives null, so
 * the caller always gets on with it.
 */
export class RendererQuestions {
  private readonly pending = new Map<string, Pending>();
  private readonly onAnswer = (event: IpcMainEvent, message: unknown): void => {
    if (!isTrustedSender(event, this.isAppUrl)) return;
    if (typeof message !== 'object' || message === null) return;
    const { id, answer } = message as { id?: unknown; answer?: unknown };
    if (typeof id !== 'string') return;
    const pending = this.pending.get(id);
    // Only the page that was asked may answer.
    if (!pending || pending.contents !== event.sender) return;
    pending.settle(answer);
  };

  constructor(private readonly isAppUrl: (url: string) => boolean) {
    ipcMain.on(electronChannels.answer, this.onAnswer);
  }

  ask<Q extends ShellQuestion>(
    contents: WebContents,
    question: Q,
    timeoutMs: number,
  ): Promise<AnswerOf<Q> | null> {
    if (contents.isDestroyed()) return Promise.resolve(null);
    const id = randomUUID();
    return new Promise((resolve) => {
      const timer = setTimeout(() => settle(null), timeoutMs);
      const settle = (answer: unknown): void => {
        clearTimeout(timer);
        this.pending.delete(id);
        const parsed = shellQuestions[question].safeParse(answer);
        resolve(parsed.success ? (parsed.data as AnswerOf<Q>) : null);
      };
      this.pending.set(id, { contents, settle });
      contents.send(electronChannels.question, { id, question });
    });
  }

  dispose(): void {
    ipcMain.removeListener(electronChannels.answer, this.onAnswer);
    for (const pending of [...this.pending.values()]) pending.settle(null);
  }
}
