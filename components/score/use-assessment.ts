import { useEffect, useState } from 'react';
import { useTabItem } from './use-tab-item';
import { sendRequestRetrying } from '../../utils/messaging/send';
import {
  readScoringNotice,
  watchScoringNotice,
  type TabAssessment,
} from '../../utils/tab-assessment/store';

export interface AssessmentView {
  stored: TabAssessment | null;
  /** True while the background is scoring the case on screen. */
  scoring: boolean;
  /** Why the background could not start scoring (not a model failure: those are problems). */
  error?: string;
  /** Something the reviewer should know while scoring this case, e.g. a rate limit. */
  notice?: string;
}

/**
 * Asks the background to score the case whenever a new case or changed content is shown
 * (`caseAt` changes), and says where scoring stands. `scores` is the tab's stored assessment,
 * which the panel follows together with the case (`useTabCase`). Runs after the case summary
 * has painted, so scoring never delays the first paint.
 */
export function useAssessment(
  tabId: number | null,
  caseId: string,
  caseAt: number,
  scores?: TabAssessment | null,
) {
  const notice = useTabItem(tabId, readScoringNotice, watchScoringNotice);
  // The answer to the last request, tagged with the case state it was for.
  const [answer, setAnswer] = useState<{ at: number; error?: string }>();

  useEffect(() => {
    if (tabId === null) return;
    let cancelled = false;
    // Safe to repeat: the background shares a run already under way for the same content.
    sendRequestRetrying({ type: 'case:assess', tabId })
      .then((r) => r.ok || r.message)
      .catch((e: unknown) => (e instanceof Error ? e.message : String(e)))
      .then((outcome) => {
        if (!cancelled) setAnswer({ at: caseAt, error: outcome === true ? undefined : outcome });
      });
    return () => {
      cancelled = true;
    };
    // caseAt changes with every new case or changed content the tab reports.
  }, [tabId, caseAt]);

  const current = scores?.caseId === caseId ? scores : null;
  const fresh = current?.caseAt === caseAt;
  const answered = answer?.at === caseAt;
  return {
    stored: current,
    scoring: !fresh && !answered,
    error: !fresh && answered ? answer.error : undefined,
    notice: notice?.caseAt === caseAt ? notice.message : undefined,
  } satisfies AssessmentView;
}
