import { memo, useMemo } from 'react';
import type { Assessment } from '../../utils/assessment/schema';
import type { GuidancePack } from '../../utils/guidance/schema';
import { relevantPolicies } from '../../utils/guidance/snippets';
import { LazyDetails } from '../markdown/lazy-details';
import { Markdown } from '../markdown/markdown';
import { GuidanceSearch } from './guidance-search';

/** At most this many policies open beside a case: more is a manual, not a snippet. */
const MAX_SNIPPETS = 5;

/**
 * The policy text for the case on screen: what the suggestion cites, then what covers the
 * case's top categories, each rendered through the sanitizer; and a search across the pack.
 */
export const GuidanceSnippets = memo(function GuidanceSnippets(props: {
  pack?: GuidancePack;
  assessment?: Assessment | null;
}) {
  const { pack, assessment } = props;
  const snippets = useMemo(
    () => (pack ? relevantPolicies(pack, assessment ?? undefined).slice(0, MAX_SNIPPETS) : []),
    [pack, assessment],
  );
  if (!pack) return null;
  return (
    <section
      aria-label="Policy guidance"
      data-testid="guidance-snippets"
      data-tour="guidance"
      className="space-y-2 border-t border-zinc-200 pt-3"
    >
      <h3 className="text-xs font-semibold uppercase text-zinc-600">
        Policy guidance <span className="font-normal normal-case">(v{pack.version})</span>
      </h3>
      {snippets.length > 0 && (
        <ul className="space-y-1">
          {snippets.map(({ policy, reasons }, index) => (
            <li key={policy.id}>
              <LazyDetails
                testId="guidance-snippet"
                defaultOpen={index === 0}
                className="text-xs"
                summary={
                  <>
                    <span className="font-semibold">{policy.title}</span>
                    <span className="text-zinc-500"> · {reasons.join(' · ')}</span>
                  </>
                }
              >
                <Markdown source={policy.body} className="mt-1 rounded bg-zinc-50 p-2" />
              </LazyDetails>
            </li>
          ))}
        </ul>
      )}
      <GuidanceSearch pack={pack} />
    </section>
  );
});
