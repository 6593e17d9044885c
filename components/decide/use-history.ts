import { useEffect, useState } from 'react';
import type { RecordedDecision } from '../../utils/decisions/schema';
import { sendRequest } from '../../utils/messaging/send';

export type History =
  | { state: 'loading' }
  | { state: 'ok'; caseDecisions: RecordedDecision[]; accountDecisions: RecordedDecision[] }
  | { state: 'error'; message: string };

/**
 * Earlier decisions on this case and on the reported account; reloaded when ours are
 * delivered. A case is named by its console (adapter id) and its id there.
 */
export function useHistory(
  console: string,
  caseId: string,
  accountId: string | undefined,
  reloadKey: number,
): History {
  const [history, setHistory] = useState<History>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    void sendRequest({ type: 'decisions:history', console, caseId, accountId }).then(
      (answer) =>
        current &&
        setHistory(
          answer.ok ? { state: 'ok', ...answer } : { state: 'error', message: answer.message },
        ),
      (error: Error) => current && setHistory({ state: 'error', message: error.message }),
    );
    return () => {
      current = false;
    };
    // reloadKey is not read: a new value (one of our decisions delivered) is the reason to reload.
    // oxlint-disable-next-line react/exhaustive-effect-dependencies
  }, [console, caseId, accountId, reloadKey]);
  return history;
}

/** A live decision on the case that still stands (not reversed, not itself a reversal). */
export function standingDecision(decisions: RecordedDecision[]): RecordedDecision | undefined {
  return decisions.find(
    (d) => d.mode === 'live' && !d.reversedBy && !d.reverses && !d.secondOpinionOf,
  );
}
