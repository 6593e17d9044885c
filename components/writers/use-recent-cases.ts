import { useMemo } from 'react';
import { outboxViewStorage } from '../../utils/decisions/outbox-view-storage';
import { useStored } from '../decide/use-stored';

/** The cases of this console decided lately in this browser, newest first: tickets that exist. */
export function useRecentCases(consoleId: string, limit = 10): string[] {
  const outbox = useStored(outboxViewStorage);
  return useMemo(() => {
    const entries = (outbox?.entries ?? []).filter((e) => e.decision.console === consoleId);
    entries.sort((a, b) => b.createdAt - a.createdAt);
    return [...new Set(entries.map((e) => e.decision.caseId))].slice(0, limit);
  }, [outbox, consoleId, limit]);
}
