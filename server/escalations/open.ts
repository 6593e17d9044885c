import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { Decision } from '../../utils/decisions/schema';
import type { CaseRef } from '../cases/resolve-case';
import { findEscalation, insertEscalation, standingEscalationId } from '../db/escalations';
import { escalatingAction } from './escalating-action';
import { enqueueEvent } from './events';

/**
 * Opens an escalation for a live decision whose action escalates, inside the transaction that
 * records the decision (so neither exists without the other). Training and QA decisions
 * never open one: they re-decide cases, they do not report a person at risk. A case with an
 * escalation still standing keeps that one: a second escalating decision (a second opinion,
 * a reversal to another escalating action) is already in the hands of whoever holds it.
 */
export function openEscalationFor(
  db: Database,
  decision: Decision,
  meta: { ref: CaseRef; receivedAt: string; reviewerName: string; keepCaseText: boolean },
): void {
  if (decision.mode !== 'live') return;
  const action = escalatingAction(db, decision.guidanceVersion, decision.action);
  if (!action || standingEscalationId(db, meta.ref) !== undefined) return;
  const id = `esc_${randomUUID().slice(0, 12)}`;
  const by = { id: decision.reviewerId, name: meta.reviewerName };
  insertEscalation(
    db,
    {
      id,
      ref: meta.ref,
      console: decision.console,
      decisionId: decision.id,
      action: action.id,
      severity: action.severity,
      openedAt: meta.receivedAt,
      caseUrl: decision.caseRecord?.url,
      checklists: decision.checklists ?? [],
    },
    by,
  );
  const escalation = findEscalation(db, id);
  if (!escalation) throw new Error(`escalation ${id} vanished while it was opened`);
  enqueueEvent(db, escalation, {
    by,
    at: meta.receivedAt,
    subject: decision.caseRecord?.subject,
    keepCaseText: meta.keepCaseText,
  });
}
