import type { Assessment, Suggestion } from '../../utils/assessment/schema';
import type { GuidancePack } from '../../utils/guidance/schema';
import { LazyDetails } from '../markdown/lazy-details';
import { Markdown } from '../markdown/markdown';
import { pct } from './risk-overview';

const SOURCE = { rules: 'Rules', 'policy-llm': 'Policy model', both: 'Rules and policy model' };

function Citations({ suggestion, pack }: { suggestion: Suggestion; pack?: GuidancePack }) {
  if (suggestion.citations.length === 0) return null;
  return (
    <ul className="space-y-1">
      {suggestion.citations.map((c, i) => {
        const policy = pack?.policies.find((p) => p.id === c.policyId);
        return (
          <li key={`${c.policyId}-${i}`}>
            <LazyDetails
              testId="citation"
              className="text-xs"
              summaryClassName="cursor-pointer text-indigo-800"
              summary={`${policy?.title ?? c.policyId}: “${c.quote}”`}
            >
              {policy ? (
                <Markdown
                  source={policy.body}
                  testId="citation-policy"
                  className="mt-1 rounded bg-zinc-50 p-2"
                />
              ) : (
                <p className="mt-1 rounded bg-zinc-50 p-2 text-zinc-700">
                  This policy is not in the installed guidance.
                </p>
              )}
            </LazyDetails>
          </li>
        );
      })}
    </ul>
  );
}

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
  return (
    <div
      data-testid="suggestion"
      data-tour="suggestion"
      className="space-y-2 rounded border border-indigo-200 p-2"
    >
      <h3 className="text-xs font-semibold uppercase text-indigo-700">Suggestion</h3>
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
