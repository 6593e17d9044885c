import type { Writer } from '../case/writer/schema';
import { writersFor } from '../case/writer/store';
import { ensureInstalledPack } from '../guidance/ensure-installed';
import type { OutboxEntry } from './outbox-entry';
import type { Decision } from './schema';
import type { Writeback } from './writeback-state';

/**
 * Which write-backs a new decision gets: one per writer for its console. Live decisions only:
 * training attempts are made on practice copies and QA re-checks never touch the ticket. The
 * action's label and the policies' titles are taken now, from the guidance the reviewer
 * decided under, so a later edit of the guidance does not change what is written.
 */
export async function writebacksFor(
  decision: Decision,
  only?: (writer: Writer) => boolean,
): Promise<Writeback[]> {
  if (decision.mode !== 'live') return [];
  const writers = (await writersFor(decision.console)).filter((writer) => only?.(writer) ?? true);
  if (!writers.length) return [];
  // The background's own copy: the panels' copy in storage.local is writable by content scripts.
  const pack = await ensureInstalledPack();
  const context = {
    actionLabel: pack.actions.find((a) => a.id === decision.action)?.label ?? decision.action,
    policyTitles: decision.policyIds.map(
      (id) => pack.policies.find((p) => p.id === id)?.title ?? id,
    ),
    caseUrl: decision.caseRecord?.url,
    caseSubject: decision.caseRecord?.subject,
  };
  return writers.map((writer) => ({
    writerId: writer.id,
    writerName: writer.name,
    state: 'waiting',
    attempts: 0,
    nextAttemptAt: 0,
    uncertain: false,
    progress: { next: 0, captured: {} },
    context,
  }));
}

/**
 * A reversal writes back only where the decision it reverses was written (or is being
 * written); write-backs of that decision not sent yet are cancelled, so nothing of it reaches
 * the console at all.
 */
export function splitForReversal(original: OutboxEntry | undefined): {
  cancelled: (w: Writeback) => Writeback;
  reverseIn: (writer: Writer) => boolean;
} {
  const reached = new Set(
    (original?.writebacks ?? [])
      .filter((w) => w.state === 'delivered' || w.state === 'sending')
      .map((w) => w.writerId),
  );
  return {
    cancelled: (w) =>
      w.state === 'waiting' ||
      w.state === 'queued' ||
      w.state === 'failed' ||
      w.state === 'needs-sign-in'
        ? {
            ...w,
            state: 'cancelled',
            lastError: undefined,
            result: 'reversed before it was written',
          }
        : w,
    // An original already gone from the outbox was settled everywhere: reverse everywhere.
    reverseIn: (writer) => !original || reached.has(writer.id),
  };
}
