import { useEffect, useState } from 'react';
import type { OpsSummary, OpsSummaryQuery } from '../../utils/ops/summary-schema';
import { sendOps } from './send-ops';

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
    void sendOps(token, { op: 'summary', query: JSON.parse(key) as OpsSummaryQuery }).then(
      (answer) => {
        if (!current) return;
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
