import { useEffect, useState } from 'react';
import { sendRequestRetrying } from '../../utils/messaging/send';
import {
  readScoringNotice,
  readTabAssessment,
  watchScoringNotice,
  watchTabAssessment,
  type ScoringNotice,
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
 * The latest value of a per-tab session item: watch first, then read, so no change is missed.
 * `initial` (what the panel was handed with the case) is shown from the first render; the read
 * replaces it only with something different, so the scores do not render twice.
 */
function useTabItem<T>(
  tabId: number | null,
  read: (tabId: number) => Promise<T | null>,
  watch: (tabId: number, onChange: (v: T | null) => void) => () => void,
  same: (a: T | null, b: T | null) => boolean,
  initial: T | null = null,
): T | null {
  const [value, setValue] = useState<T | null>(initial);
  useEffect(() => {
    if (tabId === null) return;
    let changed = false;
    const unwatch = watch(tabId, (next) => {
      changed = true;
      setValue(next);
    });
    void read(tabId).then((v) => !changed && setValue((shown) => (same(shown, v) ? shown : v)));
    return unwatch;
  }, [tabId, read, watch, same]);
  return value;
}

const sameAssessment = (a: TabAssessment | null, b: TabAssessment | null) =>
  a === b ||
  (a?.caseAt === b?.caseAt &&
    a?.assessment.contentHash === b?.assessment.contentHash &&
    a?.assessment.assessedAt === b?.assessment.assessedAt);
const sameNotice = (a: ScoringNotice | null, b: ScoringNotice | null) =>
  a?.caseAt === b?.caseAt && a?.message === b?.message;

/**
 * Follows the tab's stored assessment and asks the background to score the case whenever a
 * new case or changed content is shown (`caseAt` changes). Runs after the case summary has
 * painted, so scoring never delays the first paint. `withCase` is the assessment that came
 * with the case state: the followed item starts from it, and until the item has caught up with
 * a case that arrived later (its watch and read land after the case's), it is what is shown.
 */
export function useAssessment(
  tabId: number | null,
  caseId: string,
  caseAt: number,
  withCase?: TabAssessment | null,
) {
  const followed = useTabItem(
    tabId,
    readTabAssessment,
    watchTabAssessment,
    sameAssessment,
    withCase,
  );
  const forThisState = (a?: TabAssessment | null): a is TabAssessment =>
    a?.caseId === caseId && a.caseAt === caseAt;
  const stored = !forThisState(followed) && forThisState(withCase) ? withCase : followed;
  const notice = useTabItem(tabId, readScoringNotice, watchScoringNotice, sameNotice);
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

  const current = stored?.caseId === caseId ? stored : null;
  const fresh = current?.caseAt === caseAt;
  const answered = answer?.at === caseAt;
  return {
    stored: current,
    scoring: !fresh && !answered,
    error: !fresh && answered ? answer.error : undefined,
    notice: notice?.caseAt === caseAt ? notice.message : undefined,
  } satisfies AssessmentView;
}
