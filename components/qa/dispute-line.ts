import type { Dispute } from '../../utils/qa/result-schema';

/** Where a dispute stands, in words, with the lead's note once settled. */
export function disputeLine(dispute: Dispute): string {
  if (dispute.outcome === null) return `Disputed: “${dispute.reason}”. A lead will settle it.`;
  const verdict =
    dispute.outcome === 'overturned'
      ? 'Dispute accepted: the QA result is overturned'
      : 'Dispute rejected: the QA result is upheld';
  return dispute.settleNote ? `${verdict} (“${dispute.settleNote}”).` : `${verdict}.`;
}
