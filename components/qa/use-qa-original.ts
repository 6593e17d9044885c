import { useEffect, useState } from 'react';
import { outboxViewStorage } from '../../utils/decisions/outbox-view-storage';
import type { QaOriginal } from '../../utils/qa/qa-messages';
import type { Scorecard } from '../../utils/qa/schema';
import { useStored } from '../decide/use-stored';
import { sendQa } from './send-qa';

export type QaOriginalState =
  /** My own QA decision is not on record yet: the original stays hidden. */
  | { state: 'blind'; deciding: boolean }
  | { state: 'shown'; original: QaOriginal; scorecard: Scorecard }
  | { state: 'failed'; message: string };

/** The case API may not have filed my decision the instant the outbox hears back; ask again. */
const NOT_YET_RETRIES = 5;
const RETRY_MS = 800;

/**
 * Blind first: the original decision and the scorecard are asked for once my QA decision on
 * the case was delivered (or on first sight, for a case I decided before), since the case API
 * refuses the original until then.
 */
export function useQaOriginal(decisionId: string, caseId: string): QaOriginalState {
  const outbox = useStored(outboxViewStorage);
  const mine = (outbox?.entries ?? []).filter(
    (e) => e.decision.caseId === caseId && e.decision.mode === 'qa',
  );
  const delivered = mine.some((e) => e.state === 'delivered');
  const [state, setState] = useState<QaOriginalState>({ state: 'blind', deciding: false });

  useEffect(() => {
    let current = true;
    const ask = async (triesLeft: number): Promise<void> => {
      const answer = await sendQa({ op: 'original', decisionId });
      if (!current) return;
      if (!answer.ok) {
        if (!answer.notYet) return setState({ state: 'failed', message: answer.message });
        if (triesLeft <= 0) return;
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
        return ask(triesLeft - 1);
      }
      const card = await sendQa({ op: 'scorecard' });
      if (!current) return;
      if (!card.ok) return setState({ state: 'failed', message: card.message });
      setState({ state: 'shown', original: answer.original, scorecard: card.scorecard });
    };
    void ask(delivered ? NOT_YET_RETRIES : 0);
    return () => {
      current = false;
    };
  }, [decisionId, delivered]);

  if (state.state !== 'blind') return state;
  return { state: 'blind', deciding: mine.length > 0 };
}
