import type { EventEmitter } from 'node:events';
import type { WebContents } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { electronChannels } from '../../shared/ipc/electron-channels';
import { RendererQuestions } from './renderer-questions';

const bus = vi.hoisted(() => ({ main: null as EventEmitter | null }));

vi.mock('electron', async () => {
  const { EventEmitter } = await import('node:events');
  bus.main = new EventEmitter();
  return { ipcMain: bus.main };
});

const appUrl = 'file:///app/out/renderer/index.html';
const isAppUrl = (url: string): boolean => url === appUrl;

class FakePage {
  readonly sent: { id: string; question: string }[] = [];
  destroyed = false;
  readonly contents = {
    send: (channel: string, message: { id: string; question: string }) => {
      if (channel === electronChannels.question) this.sent.push(message);
    },
    isDestroyed: () => this.destroyed,
  } as unknown as WebContents;

  /** Answers the last question as the preload would, from `frameUrl`. */
  answer(answer: unknown, frameUrl = appUrl, sender: WebContents = this.contents): void {
    const last = this.sent.at(-1);
    if (!last) throw new Error('nothing was asked');
    (bus.main as EventEmitter).emit(
      electronChannels.answer,
      { sender, senderFrame: { url: frameUrl, parent: null } },
      { id: last.id, answer },
    );
  }
}

let questions: RendererQuestions;
beforeEach(() => {
  questions = new RendererQuestions(isAppUrl);
});
afterEach(() => {
  questions.dispose();
  vi.useRealTimers();
});

describe('RendererQuestions', () => {
  it("asks the page and returns its answer, checked against the question's schema", async () => {
    const page = new FakePage();
    const asked = questions.ask(page.contents, 'unsavedPosts', 1000);
    expect(page.sent).toEqual([{ id: expect.any(String), question: 'unsavedPosts' }]);
    page.answer({ paths: ['content/blog/2025/0101-a/index.md'] });
    expect(await asked).toEqual({ paths: ['content/blog/2025/0101-a/index.md'] });
  });

  it('gives null when the page does not answer in time', async () => {
    vi.useFakeTimers();
    const page = new FakePage();
    const asked = questions.ask(page.contents, 'saveAll', 500);
    await vi.advanceTimersByTimeAsync(500);
    expect(await asked).toBeNull();
  });

  it('gives null for nonsense, and at once when the page is gone', async () => {
    const page = new FakePage();
    const asked = questions.ask(page.contents, 'unsavedPosts', 1000);
    page.answer({ paths: 'all of them' });
    expect(await asked).toBeNull();
    page.destroyed = true;
    expect(await questions.ask(page.contents, 'unsavedPosts', 1000)).toBeNull();
  });

  it('ignores answers from another page or a foreign frame', async () => {
    vi.useFakeTimers();
    const page = new FakePage();
    const other = new FakePage();
    const asked = questions.ask(page.contents, 'saveAll', 500);
    page.answer({ saved: true }, 'https://evil.example/');
    page.answer({ saved: true }, appUrl, other.contents);
    await vi.advanceTimersByTimeAsync(500);
    expect(await asked).toBeNull();
  });
});
