import { useEffect, useState } from 'react';
import type { Case } from '../../utils/case/schema';
import type { GuidancePack } from '../../utils/guidance/schema';
import type { QaResult } from '../../utils/qa/result-schema';
import { useAnnouncement } from '../panel/live-announcer';
import { actionLabel } from './decision-line';
import { DisputeForm } from './dispute-form';
import { disputeLine } from './dispute-line';
import { sendQa } from './send-qa';

/**
 * The QA results on my decisions on the case on screen, with the QA note, and the one dispute
 * I may open. Announced when they arrive: the reviewer may be working by ear.
 */
export function QaResultCard(props: { case: Case; reviewerId?: string; pack?: GuidancePack }) {
  const { case: c, reviewerId, pack } = props;
  const [results, setResults] = useState<QaResult[]>([]);
  useEffect(() => {
    let current = true;
    if (!reviewerId) return;
    void sendQa({ op: 'results', caseId: c.id }).then((answer) => {
      if (!current || !answer.ok) return;
      setResults(
        answer.results.filter((r) => r.console === c.console && r.reviewerId === reviewerId),
      );
    });
    return () => {
      current = false;
    };
  }, [c.id, c.console, reviewerId]);
  const [first] = results;
  useAnnouncement(
    first &&
      `QA result on your decision: ${first.score} of 100, ${first.agreed ? 'QA agreed' : 'QA decided differently'}.`,
  );
  const replace = (next: QaResult) =>
    setResults((prev) => prev.map((r) => (r.decisionId === next.decisionId ? next : r)));

  if (results.length === 0) return null;
  return (
    <section aria-label="QA results on your decision" className="space-y-2">
      {results.map((r) => (
        <div
          key={r.decisionId}
          data-testid="qa-result"
          className="space-y-1 rounded border border-violet-300 bg-violet-50 p-2 text-xs text-violet-950"
        >
          <p className="font-semibold">
            QA: {r.score} of 100 ·{' '}
            {r.agreed ? 'QA agreed' : `QA decided “${actionLabel(pack, r.qaAction)}”`}
          </p>
          {r.note && (
            <p className="whitespace-pre-wrap" data-testid="qa-note">
              “{r.note}”
            </p>
          )}
          {r.dispute ? (
            <p data-testid="qa-dispute">{disputeLine(r.dispute)}</p>
          ) : (
            <DisputeForm result={r} onDisputed={replace} />
          )}
        </div>
      ))}
    </section>
  );
}
