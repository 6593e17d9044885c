import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';

/**
 * What a screen reader says without the reviewer moving focus: new scores, the suggestion and
 * each decision's delivery state. The two live regions are in the panel from its first paint,
 * because a region inserted together with its text is often not read at all; components only
 * change their text. Polite waits for the reader to finish; assertive (failures only)
 * interrupts it.
 */

type Announce = (text: string, urgent: boolean) => void;
const AnnounceContext = createContext<Announce>(() => {});

// Visually hidden, still read (Tailwind's `sr-only`).
const HIDDEN = 'sr-only';

export function LiveAnnouncer({ children }: { children: ReactNode }) {
  const [polite, setPolite] = useState('');
  const [urgent, setUrgent] = useState('');
  const announce = useCallback<Announce>(
    (text, isUrgent) => (isUrgent ? setUrgent : setPolite)(text),
    [],
  );
  return (
    <AnnounceContext value={announce}>
      {children}
      <div role="status" aria-live="polite" data-testid="live-polite" className={HIDDEN}>
        {polite}
      </div>
      <div role="alert" aria-live="assertive" data-testid="live-urgent" className={HIDDEN}>
        {urgent}
      </div>
    </AnnounceContext>
  );
}

/** Says `text` each time it changes (nothing while it is undefined). */
export function useAnnouncement(text: string | undefined, urgent = false) {
  const announce = useContext(AnnounceContext);
  useEffect(() => {
    if (text) announce(text, urgent);
  }, [announce, text, urgent]);
}
