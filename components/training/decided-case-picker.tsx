import type { GuidancePack } from '../../utils/guidance/schema';
import type { TrainerAnswers } from '../../utils/training/trainer-messages';

/**
 * Recently decided live cases, one per case with the decision standing on it. Ticking one
 * adds it to the set with that decision as the starting answer; unticking takes it out.
 */
export function DecidedCasePicker(props: {
  answer?: TrainerAnswers['decided-cases'];
  pack: GuidancePack;
  picked: ReadonlySet<string>;
  onToggle: (caseId: string, on: boolean) => void;
  onReload: () => void;
}) {
  const { answer, pack } = props;
  const actionLabel = (id: string) => pack.actions.find((a) => a.id === id)?.label ?? id;
  return (
    <section aria-label="Recently decided cases" className="space-y-1">
      <h3 className="text-sm font-semibold">Pick from recently decided cases</h3>
      {!answer ? (
        <p className="text-xs text-zinc-500">Reading recent decisions…</p>
      ) : !answer.ok ? (
        <p role="alert" className="text-xs text-red-700">
          Cannot read recent decisions: {answer.message}{' '}
          <button type="button" className="underline" onClick={props.onReload}>
            Try again
          </button>
        </p>
      ) : answer.cases.length === 0 ? (
        <p className="text-xs text-zinc-500">No live case has been decided yet.</p>
      ) : (
        <ul className="max-h-64 space-y-0.5 overflow-y-auto rounded border border-zinc-200 p-2">
          {answer.cases.map((c) => (
            <li key={c.caseId}>
              <label className="flex items-baseline gap-2 text-xs">
                <input
                  type="checkbox"
                  aria-label={`Pick case ${c.caseId}`}
                  aria-describedby={`decided-${c.caseId}`}
                  checked={props.picked.has(c.caseId)}
                  onChange={(e) => props.onToggle(c.caseId, e.target.checked)}
                />
                <span className="font-mono">{c.caseId}</span>
                <span id={`decided-${c.caseId}`}>
                  {c.subject ? `${c.subject} · ` : ''}decided “{actionLabel(c.action)}” by{' '}
                  {c.reviewerName}, {new Date(c.decidedAt).toLocaleString()}
                  {c.decisionCount > 1 ? ` (${c.decisionCount} decisions)` : ''}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
