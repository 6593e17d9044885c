import { useEffect, useState } from 'react';
import { outboxViewStorage } from '../../utils/decisions/outbox-view-storage';
import { sendRequest } from '../../utils/messaging/send';
import type { Reveal } from '../../utils/training/schema';
import { useStored } from '../decide/use-stored';

export type RevealState =
  | { state: 'blind' }
  /** Decided; the attempt is in the outbox (undo window, or on its way to the case API). */
  | { state: 'delivering' }
  | { state: 'revealed'; reveal: Reveal }
  | { state: 'failed'; message: string };

/** The case API may not have filed the attempt the instant the outbox hears back; ask again. */
const NOT_YET_RETRIES = 5;
const RETRY_MS = 800;

/**
 * Blind first: the gold answer is asked for only once this reviewer's training decision on the
 * case was delivered (or an earlier attempt is on record), since the case API refuses before.
 */
export function useReveal(caseId: string, attemptedBefore: boolean): RevealState {
  const outbox = useStored(outboxViewStorage);
  const mine = (outbox?.entries ?? []).filter(
    (e) => e.decision.caseId === caseId && e.decision.mode === 'training',
  );
  const delivered = attemptedBefore || mine.some((e) => e.state === 'delivered');
  const [state, setState] = useState<RevealState>({ state: 'blind' });

  useEffect(() => {
    if (!delivered) return;
    let current = true;
    const ask = async (triesLeft: number): Promise<void> => {
      const answer = await sendRequest({ type: 'training:reveal', caseId });
      if (!current) return;
      if (answer.ok) return setState({ state: 'revealed', reveal: answer.reveal });
      if (answer.notYet && triesLeft > 0) {
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
        return ask(triesLeft - 1);
      }
      setState({ state: 'failed', message: answer.message });
    };
    ask(NOT_YET_RETRIES).catch(
      (error: Error) => current && setState({ state: 'failed', message: error.message }),
    );
    return () => {
      current = false;
    };
  }, [caseId, delivered]);

  if (state.state !== 'blind') return state;
  return mine.length > 0 ? { state: 'delivering' } : state;
}
