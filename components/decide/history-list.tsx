import type { RecordedDecision } from '../../utils/decisions/schema';
import type { History } from './use-history';

function Row({ d, label }: { d: RecordedDecision; label: (actionId: string) => string }) {
  return (
    <li className="text-xs">
      <span className="font-medium">
        {d.reverses ? `Reversal of ${label(d.action)}` : label(d.action)}
      </span>{' '}
      by {d.reviewerName}, {new Date(d.decidedAt).toLocaleString()} · guidance v{d.guidanceVersion}
      {d.reversedBy && <span className="text-zinc-500"> (reversed)</span>}
      {d.secondOpinionOf && <span className="text-zinc-500"> (second opinion)</span>}
    </li>
  );
}

/** Earlier decisions on this case and on the reported account, oldest first. */
export function HistoryList({
  history,
  accountLabel,
  label,
}: {
  history: History;
  accountLabel?: string;
  label: (actionId: string) => string;
}) {
  if (history.state === 'loading') return null;
  if (history.state === 'error')
    return (
      <p data-testid="history-error" className="text-xs text-amber-800">
        History unavailable: {history.message}
      </p>
    );
  const others = history.accountDecisions.filter(
    (d) => !history.caseDecisions.some((c) => c.id === d.id),
  );
  return (
    <section aria-label="History" data-testid="history" className="space-y-1">
      <h3 className="text-xs font-semibold text-zinc-500">History</h3>
      {history.caseDecisions.length === 0 ? (
        <p className="text-xs text-zinc-500">No earlier decisions on this case.</p>
      ) : (
        <ul>
          {history.caseDecisions.map((d) => (
            <Row key={d.id} d={d} label={label} />
          ))}
        </ul>
      )}
      {others.length > 0 && (
        <>
          <h4 className="text-xs text-zinc-500">
            Other cases about {accountLabel ?? 'this account'}
          </h4>
          <ul>
            {others.slice(0, 10).map((d) => (
              <Row key={d.id} d={d} label={label} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
