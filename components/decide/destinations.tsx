import type { OutboxEntry } from '../../utils/decisions/outbox-entry';
import type { Writeback } from '../../utils/decisions/writeback-state';

/**
 * Where one decision stands at each destination, on one line: "Case API ✓ · Redmine ✓ note
 * #123 · Zendesk retrying in 8 s: 503". Shown only when a decision has write-backs; the
 * case API's own state stays in the row's header as before.
 */

const TONE: Record<Writeback['state'], string> = {
  waiting: 'text-zinc-600',
  queued: 'text-zinc-700',
  sending: 'text-zinc-700',
  delivered: 'text-emerald-700',
  failed: 'text-red-700',
  'needs-sign-in': 'text-amber-800',
  cancelled: 'text-zinc-600',
  skipped: 'text-zinc-600',
  discarded: 'text-zinc-600',
};

export function writebackLabel(writeback: Writeback, now: number): string {
  const { writerName: name, lastError } = writeback;
  switch (writeback.state) {
    case 'waiting':
      return `${name}: waits for the case API`;
    case 'queued': {
      if (!lastError) return `${name}: queued`;
      const seconds = Math.max(0, Math.ceil((writeback.nextAttemptAt - now) / 1000));
      const said = lastError.status ? `${lastError.status}` : 'no answer';
      return `${name} retrying in ${seconds} s: ${said}`;
    }
    case 'sending':
      return `${name}: sending…`;
    case 'delivered':
      return `${name} ✓ ${writeback.result ?? ''}`.trim();
    case 'failed':
      return `${name} failed${lastError?.status ? ` (${lastError.status})` : ''}`;
    case 'needs-sign-in':
      return `${name}: waiting for sign-in`;
    case 'cancelled':
      return `${name}: not sent (reversed first)`;
    case 'skipped':
      return `${name}: nothing to write`;
    case 'discarded':
      return `${name}: discarded`;
  }
}

function caseApiLabel(entry: OutboxEntry): string {
  if (entry.state === 'delivered') return 'Case API ✓';
  if (entry.state === 'sending') return 'Case API: sending…';
  if (entry.state === 'queued') return entry.lastError ? 'Case API: retrying' : 'Case API: queued';
  return 'Case API ✗';
}

export function Destinations({ entry, now }: { entry: OutboxEntry; now: number }) {
  if (!entry.writebacks.length) return null;
  return (
    <p className="flex flex-wrap gap-x-1" data-testid="destinations">
      <span className={entry.state === 'delivered' ? 'text-emerald-700' : 'text-zinc-700'}>
        {caseApiLabel(entry)}
      </span>
      {entry.writebacks.map((writeback) => (
        <span
          key={writeback.writerId}
          data-testid="destination"
          data-writer={writeback.writerId}
          data-state={writeback.state}
          className={TONE[writeback.state]}
          title={writeback.lastError?.message}
        >
          · {writebackLabel(writeback, now)}
        </span>
      ))}
    </p>
  );
}

/** A write-back the reviewer should know about: refused, waiting for sign-in, or retrying. */
export const troubledWritebacks = (entry: OutboxEntry) =>
  entry.writebacks.filter(
    (w) =>
      w.state === 'failed' || w.state === 'needs-sign-in' || (w.state === 'queued' && w.lastError),
  );
