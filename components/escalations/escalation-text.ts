import type { Escalation } from '../../utils/escalations/schema';

/** What the banner and the live region say about an escalation, in plain words. */
const when = (iso: string) => new Date(iso).toLocaleString();

export function escalationHeadline(e: Escalation, label: (actionId: string) => string): string {
  const last = e.history.at(-1)!;
  const opened = e.history[0]!;
  switch (e.state) {
    case 'open':
      return `Safety escalation open: “${label(e.action)}” by ${opened.byName}, ${when(opened.at)}. Not acknowledged yet.`;
    case 'acknowledged':
      return `Safety escalation acknowledged by ${last.byName} at ${when(last.at)}.`;
    case 'closed':
      return `Safety escalation closed by ${last.byName} at ${when(last.at)}.`;
  }
}

/** How the notification to on-call tooling went; undefined when no webhook is configured. */
export function deliveryLine(e: Escalation): string | undefined {
  if (e.deliveries.length === 0) return undefined;
  const pending = e.deliveries.filter((d) => d.status === 'pending');
  if (pending.length === 0) return 'On-call notified.';
  const worst = pending.reduce((a, b) => (b.attempts > a.attempts ? b : a));
  return worst.attempts === 0
    ? 'Notifying on-call…'
    : `Notifying on-call: retrying (${worst.attempts} attempt(s), last: ${worst.lastError ?? 'no answer'}).`;
}
