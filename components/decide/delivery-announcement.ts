import type { OutboxEntry } from '../../utils/decisions/outbox-entry';

/**
 * What a screen reader is told about the decisions on the case on screen: the newest
 * decision's state politely, and every decision that needs the reviewer (refused, waiting for
 * sign-in, decided by someone else) urgently. Countdowns are left out: a region that changed
 * every second would talk over everything else.
 */
export function deliveryAnnouncements(
  entries: readonly OutboxEntry[],
  label: (entry: OutboxEntry) => string,
): { polite?: string; urgent?: string } {
  const newest = entries.toSorted((x, y) => y.createdAt - x.createdAt)[0];
  const urgent = entries
    .filter((e) => STUCK.has(e.state))
    .map((e) => `${label(e)}: ${stuckText(e)}`)
    .join(' ');
  return {
    polite:
      newest && !STUCK.has(newest.state) ? `${label(newest)}: ${politeText(newest)}` : undefined,
    urgent: urgent || undefined,
  };
}

const STUCK = new Set<OutboxEntry['state']>(['failed', 'needs-sign-in', 'conflict']);

function politeText(e: OutboxEntry): string {
  if (e.state === 'delivered') return 'delivered.';
  if (e.state === 'sending') return 'sending.';
  if (e.lastError) return `not delivered yet, retrying. ${e.lastError.message}`;
  return 'queued. Undo is possible until it is sent.';
}

function stuckText(e: OutboxEntry): string {
  if (e.state === 'conflict')
    return `not sent: ${e.conflictWith?.reviewerName ?? 'someone else'} decided this case first.`;
  if (e.state === 'needs-sign-in') return 'waiting for sign-in. It is kept and sent once you do.';
  return `failed. ${e.lastError?.message ?? ''}`.trim();
}
