import { appendAudit } from './audit-log';
import { listEntries, updateEntries, updateEntry } from './outbox-store';
import { publishOutboxView } from './outbox-view';
import { deliverWritebacks } from './writeback-delivery';
import type { Writeback } from './writeback-state';

/** What the reviewer and the Writers page do to write-backs: send again, or drop one. */

/** Write-backs due now go; called when the case API acknowledged decisions, and on every tick. */
export const kickWritebacks = () => deliverWritebacks(() => publishOutboxView());

const AGAIN = new Set<Writeback['state']>(['queued', 'failed', 'needs-sign-in']);
const again = (w: Writeback): Writeback =>
  AGAIN.has(w.state) ? { ...w, state: 'queued', nextAttemptAt: Date.now() } : w;

/** The reviewer's Retry: this decision's failed or waiting write-backs go now. */
export async function retryWritebacks(ids: readonly string[]): Promise<void> {
  await updateEntries([...ids], (e) =>
    e.writebacks.some((w) => AGAIN.has(w.state))
      ? { ...e, writebacks: e.writebacks.map(again) }
      : undefined,
  );
  void kickWritebacks();
}

/** Credentials were saved: everything this writer waited to sign in for goes now. */
export async function retryWritebacksFor(writerId: string): Promise<void> {
  const { entries } = await listEntries();
  const waiting = entries
    .filter((e) => e.writebacks.some((w) => w.writerId === writerId && w.state === 'needs-sign-in'))
    .map((e) => e.decision.id);
  await updateEntries(waiting, (e) => ({
    ...e,
    writebacks: e.writebacks.map((w) =>
      w.writerId === writerId && w.state === 'needs-sign-in' ? again(w) : w,
    ),
  }));
  void kickWritebacks();
}

/** The reviewer confirmed: a write-back that cannot land is dropped, and that is written down. */
export async function discardWriteback(id: string, writerId: string): Promise<boolean> {
  let dropped: Writeback | undefined;
  const entry = await updateEntry(id, (e) => {
    const writebacks = e.writebacks.map((w) => {
      if (w.writerId !== writerId || !AGAIN.has(w.state)) return w;
      dropped = w;
      return { ...w, state: 'discarded' as const };
    });
    return dropped ? { ...e, writebacks } : undefined;
  });
  if (!entry || !dropped) return false;
  await appendAudit({
    at: new Date().toISOString(),
    what: 'writeback-discarded',
    decisionId: id,
    caseId: entry.decision.caseId,
    detail: { writeback: dropped, decision: entry.decision },
  });
  publishOutboxView();
  return true;
}
