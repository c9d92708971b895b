import { useCallback, useEffect, useRef, useState } from 'react';

/** How a notice reads: something failed, something needs a look later, or something was done. */
export type NoticeTone = 'error' | 'warning' | 'success';

export interface Notice {
  id: number;
  message: string;
  tone: NoticeTone;
}

/** Short messages that go away by themselves after a while, or when dismissed. */
export function useNotices(lifetime = 8000) {
  const [notices, setNotices] = useState<Notice[]>([]);
  const nextId = useRef(0);
  const timers = useRef(new Set<ReturnType<typeof setTimeout>>());

  const dismiss = useCallback((id: number) => {
    setNotices((current) => current.filter((notice) => notice.id !== id));
  }, []);

  const notify = useCallback(
    (message: string, tone: NoticeTone = 'error') => {
      const id = nextId.current++;
      // The same message twice in a row is said once.
      setNotices((current) =>
        current.some((notice) => notice.message === message)
          ? current
          : [...current.slice(-3), { id, message, tone }],
      );
      const timer = setTimeout(() => {
        timers.current.delete(timer);
        dismiss(id);
      }, lifetime);
      timers.current.add(timer);
    },
    [dismiss, lifetime],
  );

  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const timer of pending) clearTimeout(timer);
    };
  }, []);

  return { notices, notify, dismiss };
}
