import type { GuidancePack } from '../../utils/guidance/schema';
import type { Reveal } from '../../utils/training/schema';
import type { RevealState } from './use-reveal';

const sameSet = (a: string[], b: string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

/** After the attempt: the gold answer beside the trainee's own, and the trainer's explanation. */
export function RevealCard(props: { reveal: RevealState; pack?: GuidancePack }) {
  const { reveal, pack } = props;
  if (reveal.state === 'blind') return null;
  if (reveal.state === 'delivering') {
    return (
      <p role="status" className="rounded bg-zinc-100 p-2 text-xs text-zinc-700">
        Decision recorded. The gold answer appears once it reaches the case API (after the undo
        window).
      </p>
    );
  }
  if (reveal.state === 'failed') {
    return (
      <p role="alert" className="rounded bg-red-50 p-2 text-xs text-red-800">
        Could not show the gold answer: {reveal.message}
      </p>
    );
  }
  return <GoldAnswer reveal={reveal.reveal} pack={pack} />;
}

function GoldAnswer({ reveal, pack }: { reveal: Reveal; pack?: GuidancePack }) {
  const { answer, attempt } = reveal;
  const action = (id: string) => pack?.actions.find((a) => a.id === id)?.label ?? id;
  const policy = (id: string) => pack?.policies.find((p) => p.id === id)?.title ?? id;
  const policies = (ids: string[]) => (ids.length ? ids.map(policy).join(', ') : 'none');
  const actionMatch = attempt?.action === answer.expectedAction;
  const policyMatch = attempt !== undefined && sameSet(attempt.policyIds, answer.expectedPolicyIds);
  return (
    <section
      aria-label="Gold answer"
      data-testid="gold-answer"
      data-match={actionMatch ? 'yes' : 'no'}
      className="space-y-1 rounded border border-zinc-300 bg-white p-2 text-xs"
    >
      <h3 className="font-semibold">
        {attempt === undefined
          ? 'Gold answer'
          : actionMatch
            ? '✓ You matched the gold answer'
            : '✗ The gold answer differs'}
      </h3>
      <dl className="grid grid-cols-[auto_1fr] gap-x-2">
        <dt className="text-zinc-500">Gold</dt>
        <dd data-testid="gold-action">
          {action(answer.expectedAction)} · {policies(answer.expectedPolicyIds)}
        </dd>
        {attempt && (
          <>
            <dt className="text-zinc-500">Yours</dt>
            <dd data-testid="your-action">
              {action(attempt.action)} · {policies(attempt.policyIds)}
              {actionMatch && !policyMatch && ' (different policy)'}
            </dd>
          </>
        )}
      </dl>
      {answer.disputed && (
        <p className="text-amber-800">
          Experts disagree on this case: it is scored apart from the rest of the set.
        </p>
      )}
      {answer.explanation && <p className="whitespace-pre-wrap">{answer.explanation}</p>}
    </section>
  );
}
