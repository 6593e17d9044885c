import { useEffect, useMemo, useState } from 'react';
import { sendRequest } from '../../utils/messaging/send';
import type { PracticeCase, PracticeStatusAnswer } from '../../utils/training/practice';

export type PracticeState =
  | { state: 'checking' }
  | { state: 'live' }
  | { state: 'practice'; practice: PracticeCase }
  /** The case API could not say: the panel shows the case as live and says why. */
  | { state: 'unknown'; message: string };

const CHECK_PATIENCE_MS = 3000;
const SLOW_MESSAGE =
  'The case API is slow to say whether this is a training case; it is shown as a live case.';

function stateOf(answer: PracticeStatusAnswer): PracticeState {
  if (!answer.ok) return { state: 'unknown', message: answer.message };
  if (answer.practice) return { state: 'practice', practice: answer.practice };
  return { state: 'live' };
}

/**
 * Whether the case on screen is one of the reviewer's assigned gold cases (the case API says).
 * `known` is the background's answer when it already had one as it stored the case (or handed
 * it to the panel): used instead of asking.
 */
export function usePractice(caseId: string, known?: PracticeStatusAnswer | null): PracticeState {
  // Kept with the case it answers for: another case is 'checking' until its own answer comes.
  const [answered, setAnswered] = useState<{ caseId: string; state: PracticeState }>();
  const knownState = useMemo(() => known && stateOf(known), [known]);
  useEffect(() => {
    if (known) return;
    let current = true;
    const setState = (state: PracticeState) => setAnswered({ caseId, state });
    // A live case's scores wait for this answer; a case API that hangs must not hide them long.
    const slow = setTimeout(() => {
      if (current) setState({ state: 'unknown', message: SLOW_MESSAGE });
    }, CHECK_PATIENCE_MS);
    sendRequest({ type: 'training:status', caseId }).then(
      (answer) => {
        clearTimeout(slow);
        if (current) setState(stateOf(answer));
      },
      (error: Error) => current && setState({ state: 'unknown', message: error.message }),
    );
    return () => {
      current = false;
      clearTimeout(slow);
    };
  }, [caseId, known]);
  if (knownState) return knownState;
  return answered?.caseId === caseId ? answered.state : { state: 'checking' };
}
