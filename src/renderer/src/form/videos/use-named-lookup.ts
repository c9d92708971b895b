import { useCallback, useEffect, useRef, useState } from 'react';
import type { EventPayload } from '../../../../shared/ipc/contract';
import type { Result } from '../../../../shared/ipc/result';
import type { LookupResult } from '../../../../shared/ipc/youtube';
import type { StudioClient } from '../../client';

/** What a lookup needs of the client: the calls and main's progress events. */
export type LookupClient = Pick<StudioClient, 'youtube' | 'on'>;

export type ProgressLine = EventPayload<'youtube.progress'>['settled'][number];

export interface LookupProgress {
  done: number;
  /** Null until main knows (a playlist is read first). */
  total: number | null;
  /** Lines settled so far, in the order they settled. */
  lines: ProgressLine[];
}

/** How a lookup ended: its answer, or cancelled by the user (whatever main answered is dropped). */
export type LookupEnd = { kind: 'answered'; result: Result<LookupResult> } | { kind: 'cancelled' };

let serial = 0;

/**
 * A named `youtube.lookup` with its progress (the `youtube.progress`
 * events of its name) and a cancel. Cancelling ends the wait at once and
 * drops the answer whatever it holds, so that a cancelled lookup changes
 * nothing. A lookup still running
 * when the component goes away is cancelled.
 */
export function useNamedLookup(client: LookupClient): {
  progress: LookupProgress | null;
  run: (inputs: string[]) => Promise<LookupEnd>;
  cancel: () => void;
} {
  const [progress, setProgress] = useState<LookupProgress | null>(null);
  const current = useRef<{ requestId: string; cancelled: boolean; stop: () => void } | null>(null);

  const cancel = useCallback((): void => {
    const running = current.current;
    if (!running || running.cancelled) return;
    running.cancelled = true;
    running.stop();
    void client.youtube.cancel({ requestId: running.requestId });
  }, [client]);

  useEffect(() => cancel, [cancel]);

  const run = useCallback(
    async (inputs: string[]): Promise<LookupEnd> => {
      const requestId = `lookup-${Date.now().toString(36)}-${++serial}`;
      // A cancel answers at once; main's answer, whenever it comes, is dropped.
      let stopWaiting = (): void => undefined;
      const cancelled = new Promise<LookupEnd>((resolve) => {
        stopWaiting = () => resolve({ kind: 'cancelled' });
      });
      const running = { requestId, cancelled: false, stop: () => stopWaiting() };
      current.current = running;
      setProgress({ done: 0, total: null, lines: [] });
      const stop = client.on('youtube.progress', (report) => {
        if (report.requestId !== requestId || running.cancelled) return;
        setProgress((shown) => ({
          done: report.done,
          total: report.total,
          lines: [...(shown?.lines ?? []), ...report.settled],
        }));
      });
      try {
        const answered = client.youtube
          .lookup({ inputs, requestId })
          .then((result): LookupEnd => ({ kind: 'answered', result }));
        const end = await Promise.race([answered, cancelled]);
        return running.cancelled ? { kind: 'cancelled' } : end;
      } finally {
        stop();
        if (current.current === running) current.current = null;
        setProgress(null);
      }
    },
    [client],
  );

  return { progress, run, cancel };
}
