import { useEffect, useState } from 'react';
import type { QaResult, QueueItem } from '../../utils/qa/result-schema';
import { disputeLine } from './dispute-line';
import { QueueItemLine } from './queue-item';
import { sendQa } from './send-qa';

/**
 * The panel footer's QA lines: my QA queue (for QA reviewers and leads) with each case's
 * console link and snapshot, and the recent QA results on my own decisions. Silent for whoever has none;
 * the panel mounts it afresh per case on screen, so a worked sample leaves the list.
 */
export function QaFooter({ reviewerId }: { reviewerId?: string }) {
  const [queue, setQueue] = useState<QueueItem[]>([]);
  const [results, setResults] = useState<QaResult[]>([]);
  useEffect(() => {
    let current = true;
    if (!reviewerId) return;
    void sendQa({ op: 'queue' }).then((a) => current && setQueue(a.ok ? a.items : []));
    void sendQa({ op: 'results' }).then(
      (a) =>
        current && setResults(a.ok ? a.results.filter((r) => r.reviewerId === reviewerId) : []),
    );
    return () => {
      current = false;
    };
  }, [reviewerId]);

  return (
    <>
      {queue.length > 0 && (
        <details data-testid="qa-queue" className="text-xs">
          <summary className="cursor-pointer font-semibold text-violet-900">
            QA queue: {queue.length} case(s) to review
          </summary>
          <p className="mt-1 text-zinc-600">
            A note Caselight wrote into the console with the original decision stays visible there:
            Caselight cannot hide it.
          </p>
          <ul className="mt-1 space-y-1">
            {queue.map((item) => (
              <QueueItemLine key={item.decisionId} item={item} />
            ))}
          </ul>
        </details>
      )}
      {results.length > 0 && (
        <details data-testid="qa-mine" className="text-xs">
          <summary className="cursor-pointer font-semibold text-violet-900">
            QA results on your decisions: {results.length}
          </summary>
          <ul className="mt-1 space-y-1">
            {results.map((r) => (
              <li key={r.decisionId}>
                {r.caseId}: {r.score} of 100{r.agreed ? '' : ' · QA decided differently'}
                {r.dispute && ` · ${disputeLine(r.dispute)}`}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
