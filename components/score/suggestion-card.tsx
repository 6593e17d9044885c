import type { Assessment, Suggestion } from '../../utils/assessment/schema';
import type { GuidancePack } from '../../utils/guidance/schema';
import { suggestionUntrusted } from '../../utils/assessment/untrusted';
import { Citations } from './citations';
import { pct } from './risk-overview';

const SOURCE = { rules: 'Rules', 'policy-llm': 'Policy model', both: 'Rules and policy model' };

function SuggestionBody(props: { suggestion: Suggestion; pack?: GuidancePack; testId: string }) {
  const { suggestion: s, pack } = props;
  const label = pack?.actions.find((a) => a.id === s.actionId)?.label ?? s.actionId;
  const titles = s.policyIds.map((id) => pack?.policies.find((p) => p.id === id)?.title ?? id);
  return (
    <div data-testid={props.testId} className="space-y-1">
      <p className="text-sm">
        <span data-testid="suggested-action" className="font-semibold">
          {label}
        </span>
        <span className="text-zinc-500"> · {pct(s.confidence)} confident</span>
      </p>
      <p data-testid="suggested-policies" className="text-xs text-zinc-700">
        {titles.length ? titles.join(', ') : 'No policy applies'} · {SOURCE[s.source]}
      </p>
      {s.rationale && <p className="text-xs text-zinc-700">{s.rationale}</p>}
      <Citations suggestion={s} pack={pack} />
    </div>
  );
}

/** The suggested action; when rules and policy model disagree, both, and a second look. */
export function SuggestionCard({
  assessment: a,
  pack,
}: {
  assessment: Assessment;
  pack?: GuidancePack;
}) {
  if (!a.suggestion) return null;
  const rules = a.disagreement ? a.rulesSuggestion : null;
  const llm = a.disagreement ? a.llmSuggestion : null;
  // A rules rationale is often its explanation line: say it once.
  const shown = [a.suggestion, rules, llm].map((x) => x?.rationale);
  const lines = a.explanation.filter((line) => !shown.includes(line));
  const untrusted = suggestionUntrusted(a);
  return (
    <div
      data-testid="suggestion"
      data-tour="suggestion"
      data-untrusted={untrusted}
      className={`space-y-2 rounded border p-2 ${untrusted ? 'border-amber-400 bg-amber-50/40' : 'border-indigo-200'}`}
    >
      <h3 className="text-xs font-semibold uppercase text-indigo-700">
        Suggestion{untrusted && <span className="text-amber-800"> · untrusted</span>}
      </h3>
      {untrusted && (
        <p data-testid="suggestion-untrusted" role="note" className="text-xs text-amber-900">
          Part of this case tries to instruct the model (flagged below), so this suggestion may be
          what the case asked for. Decide on the content; no reason is needed to differ.
        </p>
      )}
      {rules && llm ? (
        <>
          <p data-testid="second-look" role="note" className="text-xs font-semibold text-amber-800">
            The rules and the policy model disagree: second look suggested.
          </p>
          <SuggestionBody suggestion={rules} pack={pack} testId="rules-suggestion" />
          <SuggestionBody suggestion={llm} pack={pack} testId="llm-suggestion" />
        </>
      ) : (
        <SuggestionBody suggestion={a.suggestion} pack={pack} testId="main-suggestion" />
      )}
      {lines.length > 0 && (
        <ul data-testid="rules-lines" className="list-disc pl-4 text-[11px] text-zinc-600">
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
