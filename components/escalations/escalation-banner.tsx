import { useState } from 'react';
import type { Escalation } from '../../utils/escalations/schema';
import { sendRequest } from '../../utils/messaging/send';
import { useAnnouncement } from '../panel/live-announcer';
import { deliveryLine, escalationHeadline } from './escalation-text';
import { useCaseEscalations } from './use-case-escalations';

const TONE = {
  open: 'border-red-600 bg-red-50 text-red-900',
  acknowledged: 'border-amber-500 bg-amber-50 text-amber-900',
  closed: 'border-zinc-300 bg-zinc-50 text-zinc-700',
};

/**
 * The case's safety escalation, for everyone who opens the case: its state kept current and
 * announced, and for leads Acknowledge / Close with an optional note. Only the latest one is
 * shown in full; the case API keeps the rest.
 */
export function EscalationBanner(props: {
  console: string;
  caseId: string;
  reloadKey: number;
  label: (actionId: string) => string;
}) {
  const { view, reload } = useCaseEscalations(props.console, props.caseId, props.reloadKey);
  const latest = view.state === 'ok' ? view.escalations[0] : undefined;
  const headline = latest && escalationHeadline(latest, props.label);
  useAnnouncement(headline, latest?.state === 'open');
  if (!latest || !headline) return null;
  return (
    <div
      data-testid="escalation-banner"
      data-state={latest.state}
      className={`space-y-1 rounded border-l-4 p-2 text-xs ${TONE[latest.state]}`}
    >
      <p className="font-semibold">{headline}</p>
      {latest.decisionReversedBy && latest.state !== 'closed' && (
        <p>The decision that opened it was reversed; a lead closes it.</p>
      )}
      {deliveryLine(latest) && <p data-testid="escalation-delivery">{deliveryLine(latest)}</p>}
      {view.state === 'ok' && view.canManage && latest.state !== 'closed' && (
        <LeadControls escalation={latest} onMoved={reload} />
      )}
    </div>
  );
}

function LeadControls({ escalation, onMoved }: { escalation: Escalation; onMoved: () => void }) {
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const move = (to: 'acknowledged' | 'closed') => {
    setBusy(true);
    const request = {
      op: 'move' as const,
      escalationId: escalation.id,
      to,
      note: note || undefined,
    };
    void sendRequest({ type: 'escalations:request', request })
      .then(
        (answer) => {
          setError(answer.ok ? undefined : answer.message);
          if (answer.ok) setNote('');
        },
        (e: Error) => setError(e.message),
      )
      // Reloaded either way: a refusal (409) means someone else moved it first.
      .finally(() => (setBusy(false), onMoved()));
  };
  return (
    <div className="space-y-1">
      <input
        aria-label="Escalation note (optional)"
        value={note}
        onChange={(e) => setNote(e.target.value)}
        className="w-full rounded border border-zinc-300 bg-white px-1 py-0.5"
      />
      <div className="flex gap-2">
        {escalation.state === 'open' && (
          <button
            type="button"
            disabled={busy}
            onClick={() => move('acknowledged')}
            className="rounded bg-red-700 px-2 py-0.5 font-semibold text-white"
          >
            Acknowledge
          </button>
        )}
        <button
          type="button"
          disabled={busy}
          onClick={() => move('closed')}
          className="rounded border border-zinc-500 bg-white px-2 py-0.5"
        >
          Close escalation
        </button>
      </div>
      {error && <p role="alert">Not changed: {error}</p>}
    </div>
  );
}
