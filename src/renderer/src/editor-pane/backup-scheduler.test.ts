import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryStudio } from '../../../../test/fakes/memory-studio';
import { BackupScheduler } from './backup-scheduler';

const A = 'content/blog/a/index.md';

describe('BackupScheduler', () => {
  let memory: MemoryStudio;
  let unsaved: string | null;
  let scheduler: BackupScheduler;
  const notices: string[] = [];

  beforeEach(() => {
    vi.useFakeTimers();
    memory = new MemoryStudio();
    unsaved = 'Draft.\n';
    notices.length = 0;
    scheduler = new BackupScheduler({
      client: memory.client,
      unsavedText: () => unsaved,
      delay: 1000,
      notify: (message) => notices.push(message),
    });
  });

  afterEach(() => vi.useRealTimers());

  /** A scheduler whose backups go through `store`: one that answers late, or writes late. */
  const schedulerStoringWith = (store: typeof memory.client.backups.store) =>
    new BackupScheduler({
      client: { backups: { ...memory.client.backups, store } },
      unsavedText: () => unsaved,
      delay: 1000,
    });

  it('backs up unsaved text after a quiet second, once for a burst of edits', async () => {
    scheduler.followEdit(A, true);
    await vi.advanceTimersByTimeAsync(600);
    scheduler.followEdit(A, true);
    await vi.advanceTimersByTimeAsync(600);
    expect(memory.backups.has(A)).toBe(false);
    expect(scheduler.pending(A)).toBe(true);
    await vi.advanceTimersByTimeAsync(400);
    expect(memory.backups.get(A)).toBe('Draft.\n');
    expect(memory.calls.filter((call) => call.startsWith('backups.store'))).toHaveLength(1);
    expect(scheduler.holds(A)).toBe(true);
  });

  it('drops the backup when the text is clean again, and makes no call when there is none', async () => {
    scheduler.followEdit(A, false);
    expect(memory.calls).toEqual([]);
    scheduler.followEdit(A, true);
    await vi.advanceTimersByTimeAsync(1000);
    scheduler.followEdit(A, false);
    await vi.advanceTimersByTimeAsync(0);
    expect(memory.backups.has(A)).toBe(false);
    expect(memory.calls).toEqual([`backups.store ${A}`, `backups.discard ${A}`]);
  });

  it('writes nothing for a post that has become clean before the timer ran', async () => {
    scheduler.followEdit(A, true);
    unsaved = null;
    await vi.advanceTimersByTimeAsync(1000);
    expect(memory.calls).toEqual([]);
  });

  it('writes every waiting backup at once when flushed', async () => {
    scheduler.followEdit(A, true);
    scheduler.flush();
    await vi.advanceTimersByTimeAsync(0);
    expect(memory.backups.get(A)).toBe('Draft.\n');
    expect(scheduler.pending(A)).toBe(false);
  });

  it('forgets a backup main dropped with a save', async () => {
    scheduler.adopted(A);
    scheduler.saved(A, true);
    scheduler.followEdit(A, false);
    await vi.advanceTimersByTimeAsync(0);
    expect(memory.calls).toEqual([]);
  });

  it('drops a backup that main wrote after the save had dropped the last one', async () => {
    let land: () => void = () => undefined;
    // Main takes the store after the save: the file is written once the save is done.
    const lateStore = (args: { path: string; text: string }) =>
      new Promise<Awaited<ReturnType<typeof memory.client.backups.store>>>((resolve) => {
        land = () =>
          void memory['backups.store'](args).then(() => resolve({ ok: true, data: null }));
      });
    scheduler = schedulerStoringWith(lateStore);
    scheduler.followEdit(A, true);
    await vi.advanceTimersByTimeAsync(1000);
    scheduler.saved(A, true);
    land();
    await vi.advanceTimersByTimeAsync(0);
    expect(memory.backups.has(A)).toBe(false);
    expect(scheduler.holds(A)).toBe(false);
  });

  it('keeps backing up after a save when the text changed while it was saved', async () => {
    scheduler.followEdit(A, true);
    scheduler.saved(A, false);
    expect(scheduler.pending(A)).toBe(true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(memory.backups.get(A)).toBe('Draft.\n');
  });

  it('drops a backup that was still on its way when the text became clean', async () => {
    let answer: () => void = () => undefined;
    const slowStore = (args: { path: string; text: string }) =>
      new Promise<Awaited<ReturnType<typeof memory.client.backups.store>>>((resolve) => {
        void memory['backups.store'](args);
        answer = () => resolve({ ok: true, data: null });
      });
    scheduler = schedulerStoringWith(slowStore);
    scheduler.followEdit(A, true);
    await vi.advanceTimersByTimeAsync(1000);
    expect(memory.backups.get(A)).toBe('Draft.\n');
    scheduler.followEdit(A, false);
    await vi.advanceTimersByTimeAsync(0);
    expect(memory.backups.has(A)).toBe(true);
    answer();
    await vi.advanceTimersByTimeAsync(0);
    expect(memory.backups.has(A)).toBe(false);
    expect(scheduler.holds(A)).toBe(false);
  });
});
