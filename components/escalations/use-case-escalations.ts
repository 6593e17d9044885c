import { useCallback, useEffect, useState } from 'react';
import type { Escalation } from '../../utils/escalations/schema';
import { sendRequest } from '../../utils/messaging/send';

/** Often enough that a lead's acknowledgement shows while the reviewer is still on the case. */
export const ESCALATION_POLL_MS = 15_000;

export type CaseEscalationsView =
  | { state: 'loading' }
  | { state: 'ok'; escalations: Escalation[]; canManage: boolean }
  | { state: 'error'; message: string };

/**
 * The case's escalations through the background (the panel holds no token), polled while the
 * case is open, and reloaded when one of our decisions is delivered (it may have opened one).
 */
export function useCaseEscalations(console: string, caseId: string, reloadKey: number) {
  const [view, setView] = useState<CaseEscalationsView>({ state: 'loading' });
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  useEffect(() => {
    let current = true;
    const load = () =>
      sendRequest({ type: 'escalations:request', request: { op: 'load', console, caseId } }).then(
        (answer) => {
          if (!current) return;
          if (answer.ok && answer.op === 'load') {
            setView({ state: 'ok', escalations: answer.escalations, canManage: answer.canManage });
          } else if (!answer.ok) setView({ state: 'error', message: answer.message });
        },
        (error: Error) => current && setView({ state: 'error', message: error.message }),
      );
    void load();
    const timer = setInterval(() => void load(), ESCALATION_POLL_MS);
    return () => {
      current = false;
      clearInterval(timer);
    };
    // reloadKey and tick are not read: a new value is the reason to load again.
    // oxlint-disable-next-line react/exhaustive-effect-dependencies
  }, [console, caseId, reloadKey, tick]);
  return { view, reload };
}
