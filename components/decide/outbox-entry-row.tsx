import { useState } from 'react';
import type { OutboxEntry } from '../../utils/decisions/outbox-entry';
import { Destinations, troubledWritebacks } from './destinations';
import { entryActions, stateLabel } from './entry-actions';

const LINK = 'text-xs font-medium text-indigo-700 underline';
const TONE: Record<OutboxEntry['state'], string> = {
  queued: 'text-zinc-700',
  sending: 'text-zinc-700',
  delivered: 'text-emerald-700',
  failed: 'text-red-700',
  'needs-sign-in': 'text-amber-800',
  conflict: 'text-amber-800',
};

/** One decision's delivery state, with what the reviewer can do about it. */
export function OutboxEntryRow({
  entry,
  label,
  now,
  confirmIntent,
}: {
  entry: OutboxEntry;
  label: string;
  now: number;
  /** Rejects when the click may not have been the reviewer's (see `intent-guard.ts`). */
  confirmIntent: () => Promise<void>;
}) {
  const [confirming, setConfirming] = useState<string | true | false>(false);
  const [problem, setProblem] = useState<string>();
  // Undo, reverse, second opinion and discard change what is decided, so they must be the
  // reviewer's own doing; retry only hurries a delivery along.
  const act =
    (move: (e: OutboxEntry) => Promise<unknown>, guarded = true) =>
    () => {
      setProblem(undefined);
      void (guarded ? confirmIntent() : Promise.resolve())
        .then(() => move(entry))
        .catch((error: Error) => setProblem(error.message));
    };
  const { state } = entry;
  const canUndo = state === 'queued' || state === 'delivered';
  const stuck = state === 'failed' || state === 'needs-sign-in' || state === 'conflict';
  const troubled = troubledWritebacks(entry);
  const droppable = troubled.filter((w) => w.state !== 'queued');
  return (
    <li
      data-testid="decision-entry"
      data-state={state}
      className="space-y-0.5 rounded border border-zinc-200 p-2 text-xs"
    >
      <div className="flex justify-between gap-2">
        <span className="font-medium">{label}</span>
        <span data-testid="decision-state" className={TONE[state]}>
          {stateLabel(entry, now)}
        </span>
      </div>
      {entry.lastError && state !== 'delivered' && (
        <p className="text-zinc-600">{entry.lastError.message}</p>
      )}
      <Destinations entry={entry} now={now} />
      {troubled.map((w) => (
        <p key={w.writerId} className="text-zinc-600">
          {w.lastError?.message}
        </p>
      ))}
      {entry.conflictWith && (
        <p>
          {entry.conflictWith.reviewerName} decided “{entry.conflictWith.action}” at{' '}
          {new Date(entry.conflictWith.decidedAt).toLocaleString()}.
        </p>
      )}
      <div className="flex gap-3">
        {canUndo && (
          <button type="button" className={LINK} onClick={act(entryActions.undo)}>
            {state === 'delivered' ? 'Reverse' : 'Undo'}
          </button>
        )}
        {state === 'conflict' && (
          <button type="button" className={LINK} onClick={act(entryActions.secondOpinion)}>
            Send as second opinion
          </button>
        )}
        {((stuck && state !== 'conflict') ||
          (state === 'queued' && entry.lastError) ||
          troubled.length > 0) && (
          <button type="button" className={LINK} onClick={act(entryActions.retry, false)}>
            Retry now
          </button>
        )}
        {stuck && !confirming && (
          <button type="button" className={LINK} onClick={() => setConfirming(true)}>
            Discard…
          </button>
        )}
        {!confirming &&
          droppable.map((w) => (
            <button
              key={w.writerId}
              type="button"
              className={LINK}
              onClick={() => setConfirming(w.writerId)}
            >
              Discard the {w.writerName} write-back…
            </button>
          ))}
        {typeof confirming === 'string' && (
          <span role="alert" className="text-red-800">
            Leave this decision out of{' '}
            {entry.writebacks.find((w) => w.writerId === confirming)?.writerName} for good (kept in
            the audit log)?{' '}
            <button
              type="button"
              className={LINK}
              onClick={act((e) => entryActions.discardWriteback(e, confirming))}
            >
              Yes, discard
            </button>{' '}
            <button type="button" className={LINK} onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </span>
        )}
        {confirming === true && (
          <span role="alert" className="text-red-800">
            Discard this decision for good?{' '}
            <button type="button" className={LINK} onClick={act(entryActions.discard)}>
              Yes, discard
            </button>{' '}
            <button type="button" className={LINK} onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </span>
        )}
      </div>
      {problem && (
        <p role="alert" className="text-red-700">
          Not done: {problem}
        </p>
      )}
    </li>
  );
}
