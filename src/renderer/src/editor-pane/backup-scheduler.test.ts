import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryClient } from '../../../../test/renderer/memory-client';
import { BackupScheduler } from './backup-scheduler';

const A = 'content/blog/a/index.md';

describe('BackupScheduler', () => {
  let memory: MemoryClient;
  let unsaved: string | null;
  let scheduler: BackupScheduler;
  const notices: string[] = [];

  beforeEach(() => {
    vi.useFakeTimers();
    memory = new MemoryClient();
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

  it('backs up unsaved text after a quiet second, once for a burst of edits', async () => {
    scheduler.followEdit(A, true);
    await vi.advanceTimersByTimeAsync(600);
    scheduler.followEdit(A, true);
    await vi.advanceTimersByTimeAsync(600);
    expect(memory.backups.has(A)).toBe(false);
    expect(scheduler.pending(A)).toBe(true);
    await vi.advanceTimersByTimeAsync(400);
    expect(memory.backups.get(A)).toBe('Draft.\n');
    expect(memory.calls.filter((call) => call.startsWith('backup'))).toHaveLength(1);
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
    expect(memory.calls).toEqual([`backup ${A}`, `discard ${A}`]);
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
    scheduler.droppedByMain(A);
    scheduler.followEdit(A, false);
    await vi.advanceTimersByTimeAsync(0);
    expect(memory.calls).toEqual([]);
  });
});
