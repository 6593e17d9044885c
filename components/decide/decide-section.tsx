import { memo, useMemo } from 'react';
import type { Case } from '../../utils/case/schema';
import type { OutboxEntry } from '../../utils/decisions/outbox-entry';
import type { SuggestionSnapshot } from '../../utils/decisions/schema';
import { outboxViewStorage } from '../../utils/decisions/outbox-view-storage';
import { installedPackStorage } from '../../utils/guidance/installed';
import { EscalationBanner } from '../escalations/escalation-banner';
import { useAnnouncement } from '../panel/live-announcer';
import { useNow } from '../panel/use-now';
import { deliveryAnnouncements } from './delivery-announcement';
import { DecisionForm } from './decision-form';
import { HistoryList } from './history-list';
import { OutboxEntryRow } from './outbox-entry-row';
import { standingDecision, useHistory } from './use-history';
import { confirmPanelIntent } from './intent-guard';
import { useStored } from './use-stored';

/** Everything about deciding the case on screen: who decided before, the form, delivery. */
export const DecideSection = memo(function DecideSection(props: {
  case: Case;
  reviewerId?: string;
  suggestion?: SuggestionSnapshot;
  /**
   * Blind practice: decisions go as `training`, and who decided before (on the case the gold
   * copy came from, or on the reported account) stays hidden until the reveal.
   */
  practice?: boolean;
  /**
   * A QA sample: decisions go as `qa`, and who decided before stays hidden (blind QA);
   * `checking` while the case API says whether the case is one.
   */
  qa?: 'sample' | 'checking';
  /** Open incidents the case matches: the decision is tagged with them. */
  incidentIds?: string[];
  /** An open incident's overlay action for this case: following it needs no reason. */
  incidentAction?: string;
}) {
  const { case: c, reviewerId, suggestion, practice, qa, incidentIds, incidentAction } = props;
  const hideHistory = practice || qa !== undefined;
  const pack = useStored(installedPackStorage);
  const outbox = useStored(outboxViewStorage);
  const now = useNow(1000);
  const mine = useMemo(
    () => (outbox?.entries ?? []).filter((e) => e.decision.caseId === c.id),
    [outbox, c.id],
  );
  const deliveredCount = mine.filter((e) => e.state === 'delivered').length;
  const accountId = c.reported?.id ?? c.reported?.handle;
  const history = useHistory(c.console, c.id, accountId, deliveredCount);
  const standing = history.state === 'ok' ? standingDecision(history.caseDecisions) : undefined;
  const byOther = standing && standing.reviewerId !== reviewerId ? standing : undefined;
  const label = (actionId: string) =>
    pack?.actions.find((a) => a.id === actionId)?.label ?? actionId;
  const entryLabel = (e: OutboxEntry) =>
    (e.decision.reverses ? 'Reversal: ' : '') + label(e.decision.action);
  const said = deliveryAnnouncements(mine, entryLabel);
  useAnnouncement(said.polite);
  useAnnouncement(said.urgent, true);
  const undelivered = (outbox?.entries ?? []).filter(
    (e) => e.state !== 'delivered' && e.decision.caseId !== c.id,
  );

  if (!pack) return null;
  return (
    <section aria-label="Decide" className="space-y-3 border-t border-zinc-200 pt-3">
      {!practice && (
        <EscalationBanner
          console={c.console}
          caseId={c.id}
          reloadKey={deliveredCount}
          label={label}
        />
      )}
      {byOther && !hideHistory && (
        <p
          data-testid="already-decided"
          role="status"
          className="rounded bg-amber-50 p-2 text-xs text-amber-900"
        >
          Already decided by {byOther.reviewerName}: “{label(byOther.action)}”,{' '}
          {new Date(byOther.decidedAt).toLocaleString()}. You can add a second opinion.
        </p>
      )}
      <DecisionForm
        key={c.id}
        case={c}
        pack={pack}
        reviewerId={reviewerId}
        secondOpinionOf={qa === 'sample' ? undefined : byOther?.id}
        suggestion={suggestion}
        mode={practice ? 'training' : qa === 'sample' ? 'qa' : undefined}
        incidentIds={incidentIds}
        incidentAction={incidentAction}
        confirmIntent={confirmPanelIntent}
      />
      {mine.length > 0 && (
        <ul aria-label="Your decisions on this case" data-tour="outbox" className="space-y-1">
          {mine.map((e) => (
            <OutboxEntryRow
              key={e.decision.id}
              entry={e}
              now={now}
              confirmIntent={confirmPanelIntent}
              label={entryLabel(e)}
            />
          ))}
        </ul>
      )}
      {!hideHistory && (
        <HistoryList
          history={history}
          label={label}
          accountLabel={c.reported?.name ?? c.reported?.handle}
        />
      )}
      {undelivered.length > 0 && (
        <details data-testid="outbox" data-tour="outbox" className="text-xs">
          <summary className="cursor-pointer font-semibold text-amber-800">
            Outbox: {undelivered.length} decision(s) on other cases not delivered yet
          </summary>
          <ul className="mt-1 space-y-1">
            {undelivered.map((e) => (
              <OutboxEntryRow
                key={e.decision.id}
                entry={e}
                now={now}
                confirmIntent={confirmPanelIntent}
                label={`${e.decision.caseId}: ${label(e.decision.action)}`}
              />
            ))}
          </ul>
        </details>
      )}
      {outbox && outbox.unreadable.length > 0 && (
        <p role="alert" className="text-xs text-red-700">
          {outbox.unreadable.length} stored decision(s) could not be read by this version; they are
          kept, not deleted.
        </p>
      )}
    </section>
  );
});
