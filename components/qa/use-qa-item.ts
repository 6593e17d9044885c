import { useEffect, useState } from 'react';
import type { QueueItem } from '../../utils/qa/result-schema';
import { sendQa } from './send-qa';

export type QaItemState =
  | { state: 'checking' }
  | { state: 'none' }
  | { state: 'sample'; item: QueueItem }
  /** The case API could not say: the case is shown as live, and the panel says why. */
  | { state: 'unknown'; message: string };

/**
 * Whether the case on screen is in my QA queue: the case API's queue says so, never the page
 * (a console could otherwise claim QA to hide who decided before). Kept with the case it
 * answers for, so another case is `checking` until its own answer comes.
 */
export function useQaItem(console: string, caseId: string): QaItemState {
  const [answered, setAnswered] = useState<{ key: string; state: QaItemState }>();
  const key = `${console}\n${caseId}`;
  useEffect(() => {
    let current = true;
    void sendQa({ op: 'item', console, caseId }).then((answer) => {
      if (!current) return;
      const state: QaItemState = !answer.ok
        ? { state: 'unknown', message: answer.message }
        : answer.item
          ? { state: 'sample', item: answer.item }
          : { state: 'none' };
      setAnswered({ key, state });
    });
    return () => {
      current = false;
    };
  }, [console, caseId, key]);
  return answered?.key === key ? answered.state : { state: 'checking' };
}
