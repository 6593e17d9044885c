import type { SentPayload } from '../../utils/assessment/schema';
import { readTabSent, watchTabSent } from '../../utils/tab-assessment/store';
import { useTabItem } from './use-tab-item';

/**
 * What was sent for the tab's assessment of the case state `caseAt`: 'loading' until it is
 * read (the background stores it just after the scores), 'gone' once a newer case replaced it.
 */
export function useTabSent(tabId: number, caseAt: number): SentPayload[] | 'loading' | 'gone' {
  const kept = useTabItem(tabId, readTabSent, watchTabSent);
  if (kept?.caseAt === caseAt) return kept.sent;
  return kept && kept.caseAt > caseAt ? 'gone' : 'loading';
}
