import type { RecordedDecision } from '../../utils/decisions/schema';
import type { GuidancePack } from '../../utils/guidance/schema';

/** Action and policies by their guidance labels, as the reviewer knows them. */
export function actionLabel(pack: GuidancePack | undefined, id: string): string {
  return pack?.actions.find((a) => a.id === id)?.label ?? id;
}

export function DecisionLine(props: {
  who: string;
  decision: RecordedDecision;
  pack?: GuidancePack;
  testId: string;
}) {
  const { decision: d, pack } = props;
  const policy = (id: string) => pack?.policies.find((p) => p.id === id)?.title ?? id;
  return (
    <>
      <dt className="text-zinc-500">{props.who}</dt>
      <dd data-testid={props.testId}>
        {actionLabel(pack, d.action)} · {d.policyIds.map(policy).join(', ') || 'no policy'}
        {d.note && <span className="block whitespace-pre-wrap text-zinc-700">“{d.note}”</span>}
      </dd>
    </>
  );
}
