import { EventEmitter } from 'node:events';
import { dialog, type BrowserWindow } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  guardClose,
  mayLeave,
  unsavedPrompt,
  unsavedPromptText,
  type LeaveGuardSteps,
  type UnsavedChoice,
} from './close-guard';

vi.mock('electron', () => ({ dialog: { showMessageBox: vi.fn() } }));

const post = 'content/blog/2025/0506-kubecon-eu-2021-talks-recap/index.md';

function steps(options: {
  unsaved: string[] | null;
  choice?: UnsavedChoice;
  saved?: boolean;
}): LeaveGuardSteps & { [K in keyof LeaveGuardSteps]: ReturnType<typeof vi.fn> } {
  return {
    unsavedPosts: vi.fn(() => Promise.resolve(options.unsaved)),
    prompt: vi.fn(() => Promise.resolve(options.choice ?? 'cancel')),
    saveAll: vi.fn(() => Promise.resolve(options.saved ?? false)),
    discardBackups: vi.fn(() => Promise.resolve()),
  };
}

describe('mayLeave', () => {
  it('leaves without asking when nothing is unsaved', async () => {
    const s = steps({ unsaved: [] });
    expect(await mayLeave(s)).toBe(true);
    expect(s.prompt).not.toHaveBeenCalled();
  });

  it('leaves when the page does not answer: its edits are in the backups', async () => {
    const s = steps({ unsaved: null });
    expect(await mayLeave(s)).toBe(true);
    expect(s.prompt).not.toHaveBeenCalled();
  });

  it('stays on Cancel, touching nothing', async () => {
    const s = steps({ unsaved: [post], choice: 'cancel' });
    expect(await mayLeave(s)).toBe(false);
    expect(s.prompt).toHaveBeenCalledWith([post]);
    expect(s.saveAll).not.toHaveBeenCalled();
    expect(s.discardBackups).not.toHaveBeenCalled();
  });

  it("leaves on Don't Save and drops those posts' backups", async () => {
    const s = steps({ unsaved: [post], choice: 'discard' });
    expect(await mayLeave(s)).toBe(true);
    expect(s.discardBackups).toHaveBeenCalledWith([post]);
    expect(s.saveAll).not.toHaveBeenCalled();
  });

  it('leaves on Save only when every post was saved', async () => {
    expect(await mayLeave(steps({ unsaved: [post], choice: 'save', saved: true }))).toBe(true);
    const refused = steps({ unsaved: [post], choice: 'save', saved: false });
    expect(await mayLeave(refused)).toBe(false);
    expect(refused.discardBackups).not.toHaveBeenCalled();
  });
});

class FakeWindow extends EventEmitter {
  closed = 0;
  close(): void {
    const event = {
      defaultPrevented: false,
      preventDefault: () => (event.defaultPrevented = true),
    };
    this.emit('close', event);
    if (!event.defaultPrevented) this.closed += 1;
  }
}

describe('guardClose', () => {
  it('holds the close until confirmed, then closes for real', async () => {
    const window = new FakeWindow();
    let answer: (ok: boolean) => void = () => undefined;
    const confirm = vi.fn(() => new Promise<boolean>((resolve) => (answer = resolve)));
    guardClose(window, confirm);
    window.close();
    window.close();
    expect(window.closed).toBe(0);
    expect(confirm).toHaveBeenCalledTimes(1);
    answer(true);
    await vi.waitFor(() => expect(window.closed).toBe(1));
  });

  it('stays open when the user cancels, and asks again next time', async () => {
    const window = new FakeWindow();
    const confirm = vi.fn(() => Promise.resolve(false));
    guardClose(window, confirm);
    window.close();
    await vi.waitFor(() => expect(confirm).toHaveBeenCalledTimes(1));
    await Promise.resolve();
    window.close();
    await vi.waitFor(() => expect(confirm).toHaveBeenCalledTimes(2));
    expect(window.closed).toBe(0);
  });

  it('does not trap the user when the guard itself fails', async () => {
    const window = new FakeWindow();
    guardClose(window, () => Promise.reject(new Error('bug')));
    window.close();
    await vi.waitFor(() => expect(window.closed).toBe(1));
  });
});

describe('the unsaved-changes prompt', () => {
  it('names one post by its bundle, or counts several', () => {
    expect(unsavedPromptText([post]).message).toBe(
      'Do you want to save the changes you made to 0506-kubecon-eu-2021-talks-recap?',
    );
    const several = unsavedPromptText([post, 'content/about.md']);
    expect(several.message).toBe('Do you want to save the changes you made to 2 posts?');
    expect(several.detail).toBe(
      "0506-kubecon-eu-2021-talks-recap, about.md. Your changes will be lost if you don't save them.",
    );
  });

  it.each([
    [0, 'save'],
    [1, 'discard'],
    [2, 'cancel'],
  ] as const)('maps button %i to %s', async (response, choice) => {
    vi.mocked(dialog.showMessageBox).mockResolvedValueOnce({ response, checkboxChecked: false });
    const window = {} as BrowserWindow;
    expect(await unsavedPrompt(window)([post])).toBe(choice);
    expect(dialog.showMessageBox).toHaveBeenLastCalledWith(
      window,
      expect.objectContaining({ buttons: ['Save', "Don't Save", 'Cancel'], cancelId: 2 }),
    );
  });
});
