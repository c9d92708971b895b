import {
  IncrementalRenderer,
  type PreviewPatch,
  type PreviewSettings,
} from '../../../shared/preview';
import type { JobRunner } from './job-runners';

/**
 * How much Markdown one update may render on the page's thread. Typing
 * re-renders the paragraph or section being typed in, well under this; a
 * post being opened, or a long part that must be rendered as one (raw HTML
 * spanning it, footnotes), goes to the worker.
 */
export const threadBudget = 8192;

/**
 * Keeps the preview up to date with the text. Each update is worked out on
 * this thread: what changed, which parts to render again. Parts that are
 * quick to render are rendered here at once, so a keystroke reaches the
 * preview before the next frame; anything bigger goes to the worker and
 * the update finishes when it comes back. Latest wins: one update at a
 * time, and a text typed meanwhile replaces the one waiting (never sent,
 * so nothing is lost but work nobody would see).
 */
export class PreviewRenderer {
  private readonly renderer = new IncrementalRenderer();
  private waiting: { text: string; settings: PreviewSettings } | null = null;
  private running = false;
  private fresh = true;
  private disposed = false;

  constructor(
    private readonly jobs: JobRunner,
    private readonly onPatch: (patch: PreviewPatch, fresh: boolean) => void,
    private readonly onError: (message: string) => void,
    private readonly budget = threadBudget,
  ) {}

  request(text: string, settings: PreviewSettings): void {
    this.waiting = { text, settings };
    if (!this.running) void this.runWaiting();
  }

  /** The shown preview was emptied: the next patch holds every part. */
  startOver(): void {
    this.fresh = true;
  }

  /** Whether an update is under way. */
  get busy(): boolean {
    return this.running;
  }

  dispose(): void {
    this.disposed = true;
    this.waiting = null;
    this.jobs.dispose();
  }

  private async runWaiting(): Promise<void> {
    this.running = true;
    try {
      while (this.waiting !== null && !this.disposed) {
        let input = this.waiting;
        this.waiting = null;
        try {
          for (;;) {
            const attempt = this.renderer.attemptUpdate(
              input.text,
              input.settings,
              this.fresh,
              this.budget,
            );
            if (!('missing' in attempt)) {
              const fresh = this.fresh;
              this.fresh = false;
              this.onPatch(attempt.patch, fresh);
              break;
            }
            const renders = await this.jobs.run({
              frontMatter: this.renderer.frontMatter,
              settings: input.settings,
              jobs: attempt.missing,
            });
            if (this.disposed) return;
            this.renderer.supply(attempt.missing, renders, input.settings);
            // What was rendered stays cached: go on with the newest text.
            if (this.waiting !== null) {
              input = this.waiting;
              this.waiting = null;
            }
          }
        } catch (error) {
          if (this.disposed) return;
          this.onError(error instanceof Error ? error.message : String(error));
        }
      }
    } finally {
      this.running = false;
    }
  }
}
