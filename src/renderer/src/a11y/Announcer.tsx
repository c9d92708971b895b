import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

type Announce = (message: string) => void;

const AnnounceContext = createContext<Announce>(() => undefined);

/**
 * Says status changes to screen readers (saved, save refused, lookup
 * finished) through one polite live region for the whole app. Each message
 * is a new element, so the same sentence twice in a row is said twice.
 */
export function Announcer({ children }: { children: ReactNode }) {
  const [latest, setLatest] = useState<{ id: number; message: string } | null>(null);
  const announce = useCallback<Announce>(
    (message) => setLatest((previous) => ({ id: (previous?.id ?? 0) + 1, message })),
    [],
  );
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div className="visually-hidden" role="status" aria-live="polite" aria-label="Announcements">
        {latest ? <p key={latest.id}>{latest.message}</p> : null}
      </div>
    </AnnounceContext.Provider>
  );
}

/** Announces a sentence politely: after what the screen reader is saying now. */
export function useAnnounce(): Announce {
  return useContext(AnnounceContext);
}
