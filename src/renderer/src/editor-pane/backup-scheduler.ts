import type { StudioClient } from '../client';

export interface BackupSchedulerOptions {
  client: Pick<StudioClient, 'backups'>;
  /** The post's unsaved text now, or null when it has none (saved, closed). */
  unsavedText: (path: string) => string | null;
  /** Quiet time after the last edit before a dirty text is backed up, in ms. */
  delay?: number;
  /** Tells the user a backup could not be dropped, in a full sentence. */
  notify?: (message: string) => void;
}

/**
 * Backs up each post's unsaved text after a quiet moment, as VS Code's
 * working copy backup tracker does, and drops the backup once the text is
 * clean again. Knows which posts main holds a backup of, so a clean post
 * costs no call.
 */
export class BackupScheduler {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Posts whose text main holds a backup of, as far as this scheduler knows. */
  private readonly backedUp = new Set<string>();
  /** Backups on their way to main, which a discard must wait for. */
  private readonly storing = new Map<string, Promise<unknown>>();

  constructor(private readonly options: BackupSchedulerOptions) {}

  /** After an edit: back up unsaved text soon, or drop the backup of a text that is clean again. */
  followEdit(path: string, dirty: boolean): void {
    if (dirty) {
      this.schedule(path);
      return;
    }
    this.cancel(path);
    if (this.backedUp.has(path) || this.storing.has(path)) void this.discard(path);
  }

  schedule(path: string): void {
    this.cancel(path);
    const timer = setTimeout(() => {
      this.timers.delete(path);
      void this.store(path);
    }, this.options.delay ?? 1000);
    this.timers.set(path, timer);
  }

  cancel(path: string): void {
    const timer = this.timers.get(path);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(path);
  }

  /** Whether a backup of this post is waiting to be written. */
  pending(path: string): boolean {
    return this.timers.has(path);
  }

  /** Whether main holds a backup of this post, as far as we know. */
  holds(path: string): boolean {
    return this.backedUp.has(path);
  }

  /** Main holds a backup of this post (restored from one). */
  adopted(path: string): void {
    this.backedUp.add(path);
  }

  /**
   * The post was saved, and main dropped its backup with the save. A backup
   * still on its way may land after that, holding the saved text: when the
   * text is `clean`, it is dropped too once it lands.
   */
  saved(path: string, clean: boolean): void {
    this.backedUp.delete(path);
    if (!clean) return;
    this.cancel(path);
    if (this.storing.has(path)) void this.discard(path);
  }

  async discard(path: string): Promise<void> {
    this.cancel(path);
    // A backup still on its way would land after the discard and outlive the
    // clean text: a later start would offer to restore what was undone.
    await this.storing.get(path);
    this.backedUp.delete(path);
    const result = await this.options.client.backups.discard({ path });
    if (!result.ok && result.error.code !== 'not-found')
      this.options.notify?.(result.error.message);
  }

  /** Writes every backup still waiting, so no unsaved text is lost when the session ends. */
  flush(): void {
    for (const path of [...this.timers.keys()]) {
      this.cancel(path);
      void this.store(path);
    }
  }

  private async store(path: string): Promise<void> {
    const text = this.options.unsavedText(path);
    if (text === null) return;
    const call = this.options.client.backups.store({ path, text });
    this.storing.set(path, call);
    try {
      const result = await call;
      if (result.ok) this.backedUp.add(path);
    } finally {
      if (this.storing.get(path) === call) this.storing.delete(path);
    }
  }
}
