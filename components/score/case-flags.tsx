import type { Assessment, ModelProblem } from '../../utils/assessment/schema';
import type { TabAssessment } from '../../utils/tab-assessment/store';
import type { Case } from '../../utils/case/schema';
import { LazyDetails } from '../markdown/lazy-details';
import { hitContext } from './score-view';
import { useTabSent } from './use-tab-sent';

/** Local signal hits with the matched span in context, all as text. */
export function SignalHits({ assessment, case: c }: { assessment: Assessment; case: Case }) {
  if (assessment.signalHits.length === 0) return null;
  return (
    <div className="space-y-1">
      <h3 className="text-xs font-semibold uppercase text-zinc-500">Signals found on-device</h3>
      <ul className="space-y-1">
        {assessment.signalHits.map((hit) => {
          const ctx = hitContext(hit, c);
          return (
            <li
              key={`${hit.signalId}-${hit.itemId}-${hit.start}`}
              data-testid="signal-hit"
              className="text-xs text-zinc-700"
            >
              <span className="font-medium">{hit.signalId}</span> ({hit.policyId}):{' '}
              <span dir="auto">
                {ctx.before}
                <mark data-testid="signal-match">{ctx.match}</mark>
                {ctx.after}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export function ProblemList({ problems }: { problems: ModelProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <ul aria-label="Scoring problems" className="space-y-1">
      {problems.map((p, i) => (
        <li
          key={`${p.source}-${p.kind}-${i}`}
          data-testid="model-problem"
          data-kind={p.kind}
          role="alert"
          className="rounded bg-red-50 p-2 text-xs text-red-900"
        >
          <p className="font-semibold">
            {p.source === 'moderation' ? 'Moderation' : 'Policy model'}: {p.message}
          </p>
          <p>{p.whatToDo}</p>
        </li>
      ))}
    </ul>
  );
}

/**
 * The exact redacted text each provider received, for the reviewer to verify: read from the
 * tab's storage only when opened (see `TabSent`), so the scores never wait for it.
 */
export function SentPayloads({ tabId, stored }: { tabId: number | null; stored: TabAssessment }) {
  if (stored.sentCount === 0 || tabId === null) return null;
  return (
    <LazyDetails
      testId="what-was-sent"
      className="text-xs"
      summaryClassName="cursor-pointer text-zinc-600"
      summary="What was sent (after redaction)"
    >
      <SentBodies tabId={tabId} caseAt={stored.caseAt} />
    </LazyDetails>
  );
}

function SentBodies({ tabId, caseAt }: { tabId: number; caseAt: number }) {
  const sent = useTabSent(tabId, caseAt);
  if (sent === 'loading') return <p className="mt-1 text-zinc-500">Loading…</p>;
  if (sent === 'gone') {
    return (
      <p role="status" className="mt-1 text-zinc-600">
        This tab has moved on to a newer case: what was sent for this one is no longer kept.
      </p>
    );
  }
  return sent.map((s, i) => (
    <div key={`${s.purpose}-${i}`} className="mt-1">
      <p className="font-medium">
        {s.purpose} → {s.provider} {s.model} ({s.endpoint})
      </p>
      <pre className="max-h-48 overflow-auto whitespace-pre-wrap break-all rounded bg-zinc-50 p-1 text-[11px]">
        {s.body}
      </pre>
    </div>
  ));
}
