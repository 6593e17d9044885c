import type { OutboxEntry } from '../../utils/decisions/outbox-entry';
import { sendRequest } from '../../utils/messaging/send';

/** The reviewer's moves on one outbox entry, each a request to the background. */
export const entryActions = {
  undo: (entry: OutboxEntry) =>
    sendRequest({ type: 'decision:undo', decisionId: entry.decision.id }),
  retry: (entry: OutboxEntry) =>
    sendRequest({ type: 'outbox:retry', decisionIds: [entry.decision.id] }),
  discard: (entry: OutboxEntry) =>
    sendRequest({ type: 'outbox:discard', decisionId: entry.decision.id, confirmed: true }),
  discardWriteback: (entry: OutboxEntry, writerId: string) =>
    sendRequest({
      type: 'outbox:discard-writeback',
      decisionId: entry.decision.id,
      writerId,
      confirmed: true,
    }),
  /** Keeps the reviewer's decision but sends it as a second opinion beside the one that won. */
  async secondOpinion(entry: OutboxEntry) {
    if (!entry.conflictWith) return;
    const decision = {
      ...entry.decision,
      id: crypto.randomUUID(),
      secondOpinionOf: entry.conflictWith.id,
    };
    await sendRequest({ type: 'decision:submit', decision });
    await sendRequest({ type: 'outbox:discard', decisionId: entry.decision.id, confirmed: true });
  },
};

export function stateLabel(entry: OutboxEntry, now: number): string {
  switch (entry.state) {
    case 'queued':
      return entry.notBefore > now
        ? `Queued: sends in ${Math.ceil((entry.notBefore - now) / 1000)} s`
        : entry.attempts > 0
          ? `Queued: retry ${entry.attempts + 1}`
          : 'Queued';
    case 'sending':
      return 'Sending…';
    case 'delivered':
      return 'Delivered';
    case 'failed':
      return 'Failed';
    case 'needs-sign-in':
      return 'Waiting for sign-in';
    case 'conflict':
      return 'Already decided by someone else';
  }
}
