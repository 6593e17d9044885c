import type { Suggestion } from '../../utils/assessment/schema';
import { quoteInPolicy } from '../../utils/guidance/quote-in-policy';
import type { GuidancePack } from '../../utils/guidance/schema';
import { LazyDetails } from '../markdown/lazy-details';
import { Markdown } from '../markdown/markdown';

/**
 * The policy text a suggestion relies on. A model's words are shown as a quote only when they
 * are in the policy; otherwise they are its paraphrase, and say so, so a made-up sentence never
 * reads as the team's policy. The policy itself opens below either way.
 */
export function Citations({ suggestion, pack }: { suggestion: Suggestion; pack?: GuidancePack }) {
  if (suggestion.citations.length === 0) return null;
  return (
    <ul className="space-y-1">
      {suggestion.citations.map((c, i) => {
        const policy = pack?.policies.find((p) => p.id === c.policyId);
        const title = policy?.title ?? c.policyId;
        const quoted = policy !== undefined && quoteInPolicy(c.quote, policy.body);
        return (
          <li key={`${c.policyId}-${i}`} data-quoted={quoted}>
            <LazyDetails
              testId="citation"
              className="text-xs"
              summaryClassName="cursor-pointer text-indigo-800"
              summary={
                quoted
                  ? `${title}: “${c.quote}”`
                  : `${title}, in the model's words (not in the policy text): ${c.quote}`
              }
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
