import { describe, expect, it } from 'vitest';
import type { PreviewPatch, PreviewSettings, UnitRender } from '../../../shared/preview';
import { defaultMarkupSettings } from '../../../shared/render';
import { createBatchRenderer, type JobBatch, type JobRunner } from './job-runners';
import { PreviewRenderer } from './preview-renderer';

const settings: PreviewSettings = { markup: defaultMarkupSettings };

/** A worker stand-in that renders a batch only when the test says so. */
function heldRunner() {
  const render = createBatchRenderer();
  const batches: { batch: JobBatch; finish: () => void; fail: (message: string) => void }[] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  const runner: JobRunner = {
    run: (batch) =>
      new Promise<UnitRender[]>((resolve, reject) => {
        inFlight++;
        mostInFlight = Math.max(mostInFlight, inFlight);
        batches.push({
          batch,
          finish: () => {
            inFlight--;
            resolve(render(batch));
          },
          fail: (message) => {
            inFlight--;
            reject(new Error(message));
          },
        });
      }),
    dispose: () => undefined,
  };
  return { runner, batches, mostInFlight: () => mostInFlight };
}

/** The preview as the patches build it. */
function follow() {
  let parts: string[] = [];
  const patches: { patch: PreviewPatch; fresh: boolean }[] = [];
  return {
    patches,
    parts: () => parts,
    onPatch: (patch: PreviewPatch, fresh: boolean) => {
      patches.push({ patch, fresh });
      if (fresh) parts = [];
      parts.splice(patch.start, patch.deleteCount, ...patch.insert);
    },
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const post = (paragraphs: number, extra = '') =>
  Array.from(
    { length: paragraphs },
    (_, i) => `## Section ${i}\n\nParagraph ${i} of the post.\n`,
  ).join('\n') + extra;

describe('PreviewRenderer', () => {
  it('shows a small change at once, on this thread, within the keystroke', () => {
    const { runner, batches } = heldRunner();
    const view = follow();
    const renderer = new PreviewRenderer(runner, view.onPatch, () => undefined, 10_000);
    renderer.request(post(3), settings);
    expect(view.patches).toHaveLength(1);
    renderer.request(post(3, '\nOne more line.\n'), settings);
    expect(view.patches).toHaveLength(2);
    expect(view.parts().join('')).toContain('One more line.');
    expect(batches).toHaveLength(0);
  });

  it('sends what is too big to the worker, one batch at a time, and renders the latest text', async () => {
    const { runner, batches, mostInFlight } = heldRunner();
    const view = follow();
    const renderer = new PreviewRenderer(runner, view.onPatch, () => undefined, 200);
    renderer.request(post(40), settings);
    expect(view.patches).toHaveLength(0);
    expect(batches).toHaveLength(1);
    // Typing goes on while the worker renders: only the last text counts.
    renderer.request(post(40, '\nTyped a.\n'), settings);
    renderer.request(post(40, '\nTyped ab.\n'), settings);
    renderer.request(post(40, '\nTyped abc.\n'), settings);
    expect(batches).toHaveLength(1);
    batches[0]!.finish();
    await flush();
    // The new paragraph is small: rendered here once the rest came back.
    expect(view.patches).toHaveLength(1);
    expect(view.patches[0]!.fresh).toBe(true);
    expect(view.parts().join('')).toContain('Typed abc.');
    expect(view.parts().join('')).not.toContain('Typed ab.<');
    expect(mostInFlight()).toBe(1);
    expect(renderer.busy).toBe(false);
  });

  it('starts over with every part when asked', () => {
    const { runner } = heldRunner();
    const view = follow();
    const renderer = new PreviewRenderer(runner, view.onPatch, () => undefined, 10_000);
    renderer.request(post(2), settings);
    renderer.request(post(2, 'x\n'), settings);
    renderer.startOver();
    renderer.request(post(2, 'xy\n'), settings);
    expect(view.patches.map((patch) => patch.fresh)).toEqual([true, false, true]);
    expect(view.patches[2]!.patch.start).toBe(0);
    expect(view.patches[2]!.patch.deleteCount).toBe(0);
  });

  it('says so when rendering fails, and goes on with the next text', async () => {
    const { runner, batches } = heldRunner();
    const view = follow();
    const errors: string[] = [];
    const renderer = new PreviewRenderer(
      runner,
      view.onPatch,
      (message) => errors.push(message),
      100,
    );
    renderer.request(post(10), settings);
    batches[0]!.fail('The worker broke.');
    await flush();
    expect(errors).toEqual(['The worker broke.']);
    renderer.request(post(10, 'again\n'), settings);
    batches[1]!.finish();
    await flush();
    expect(view.parts().join('')).toContain('again');
  });
});
