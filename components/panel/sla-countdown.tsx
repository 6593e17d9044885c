import { absoluteTime, relativeTime } from './format';
import { slaState } from './sla';
import { useNow } from './use-now';

/**
 * The open case's SLA: relative time while it is far off, a countdown by the second once under
 * an hour, red once breached. Only this row re-renders every second, not the case summary.
 */
export function SlaCountdown({ dueAt }: { dueAt: string }) {
  const coarse = useNow();
  const near = slaState(dueAt, coarse).kind !== 'later';
  const fine = useNow(near ? 1000 : 3_600_000);
  const now = Math.max(coarse, fine);
  const state = slaState(dueAt, now);
  if (state.kind === 'later') {
    return <span title={absoluteTime(dueAt)}>{relativeTime(dueAt, now)}</span>;
  }
  const breached = state.kind === 'breached';
  return (
    <span
      data-testid="sla-countdown"
      data-state={state.kind}
      title={absoluteTime(dueAt)}
      className={breached ? 'font-semibold text-red-700' : 'font-semibold text-amber-700'}
    >
      {breached ? `Breached ${state.text} ago` : `${state.text} left`}
    </span>
  );
}
