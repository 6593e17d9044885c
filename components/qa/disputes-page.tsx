import { useEffect, useState } from 'react';
import type { QaResult } from '../../utils/qa/result-schema';
import { SettleForm } from './settle-form';
import { sendQaLead } from './send-qa';

type Load =
  | { state: 'loading' }
  | { state: 'ok'; results: QaResult[] }
  | { state: 'failed'; message: string };

/** The lead's open QA disputes, oldest first, each settled with an outcome and a note. */
export function DisputesPage() {
  const [said, setSaid] = useState('');
  // A settled dispute leaves the list: it is read afresh from the case API, not edited here.
  const [round, setRound] = useState(0);
  const settled = (result: QaResult) => {
    setSaid(`Dispute on ${result.caseId} settled: ${result.dispute?.outcome ?? ''}.`);
    setRound((n) => n + 1);
  };
  return (
    <main className="mx-auto max-w-3xl space-y-4 p-6 text-sm text-zinc-900">
      <h1 className="text-xl font-semibold">QA disputes</h1>
      <p role="status">{said}</p>
      <OpenDisputes key={round} onSettled={settled} />
    </main>
  );
}

function OpenDisputes({ onSettled }: { onSettled: (result: QaResult) => void }) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    void sendQaLead({ op: 'disputes' }).then((answer) => {
      if (!current) return;
      setLoad(
        answer.ok
          ? { state: 'ok', results: answer.results }
          : { state: 'failed', message: answer.message },
      );
    });
    return () => {
      current = false;
    };
  }, []);

  if (load.state === 'loading') return <p>Loading open disputes…</p>;
  if (load.state === 'failed') {
    return (
      <p role="alert" className="text-red-800">
        Could not load disputes: {load.message}
      </p>
    );
  }
  if (load.results.length === 0) return <p>No open disputes.</p>;
  return (
    <ul className="space-y-3">
      {load.results.map((r) => (
        <li
          key={r.decisionId}
          data-testid="dispute"
          className="space-y-1 rounded border border-zinc-300 p-3"
        >
          <h2 className="font-semibold">
            {r.caseId} ({r.console}) · reviewer {r.reviewerId} · QA {r.qaReviewerId}
          </h2>
          <p>
            QA score {r.score} of 100 (scorecard v{r.scorecardVersion}),{' '}
            {r.agreed ? 'QA agreed' : `QA decided ${r.qaAction}`}
          </p>
          {r.note && <p>QA note: “{r.note}”</p>}
          <p>Dispute: “{r.dispute?.reason}”</p>
          <p>
            <a
              href={`/qa-snapshot.html?decision=${encodeURIComponent(r.decisionId)}`}
              target="_blank"
              rel="noreferrer"
              className="text-indigo-700 underline"
            >
              The case as it was decided
            </a>{' '}
            (where your team keeps case snapshots)
          </p>
          <SettleForm decisionId={r.decisionId} onSettled={onSettled} />
        </li>
      ))}
    </ul>
  );
}
