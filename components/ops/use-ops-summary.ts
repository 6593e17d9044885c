import { useEffect, useState } from 'react';
import type { OpsSummary, OpsSummaryQuery } from '../../utils/ops/summary-schema';
import { sendOps } from './send-ops';

export const ASKED_MARK = 'caselight:ops-asked';
export const ANSWERED_MARK = 'caselight:ops-answered';

export type SummaryState =
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | { state: 'ready'; summary: OpsSummary };

/** The figures for the current filters; only the latest query's answer lands. */
export function useOpsSummary(token: string | undefined, query: OpsSummaryQuery): SummaryState {
  const [result, setResult] = useState<{ key: string; value: SummaryState }>();
  const key = JSON.stringify(query);
  useEffect(() => {
    let current = true;
    // Marks that split the bench's figure: asked (identity known) → answered → rendered.
    performance.mark(ASKED_MARK);
    void sendOps(token, { op: 'summary', query: JSON.parse(key) as OpsSummaryQuery }).then(
      (answer) => {
        if (!current) return;
        performance.mark(ANSWERED_MARK);
        const value: SummaryState = answer.ok
          ? { state: 'ready', summary: answer.summary }
          : { state: 'failed', message: answer.message };
        setResult({ key, value });
      },
    );
    return () => {
      current = false;
    };
  }, [token, key]);
  return result?.key === key ? result.value : { state: 'loading' };
}
