import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { Escalation, EscalationState } from '../../utils/escalations/schema';
import {
  ESCALATION_EVENT_FORMAT,
  escalationEventSchema,
  type EscalationEvent,
} from '../../utils/escalations/webhook-schema';
import { encodeJson } from '../api/respond';
import { caseUrlOf, type Actor } from '../db/escalations';
import { prepared } from '../db/statements';

/**
 * Puts one event per active webhook into the delivery outbox, in the caller's transaction:
 * the transition and its announcement commit together or not at all, so a crash between them
 * cannot lose the event. `delivery.ts` sends what is due.
 */
export interface EventContext {
  by: Actor;
  at: string;
  note?: string;
  /** Only when the team keeps case snapshots; otherwise the event carries no case text. */
  subject?: string;
  keepCaseText: boolean;
}

const TYPE = {
  open: 'escalation.opened',
  acknowledged: 'escalation.acknowledged',
  closed: 'escalation.closed',
} as const satisfies Record<EscalationState, EscalationEvent['type']>;

export function buildEvent(
  db: Database,
  escalation: Escalation,
  context: EventContext,
): EscalationEvent {
  return {
    format: ESCALATION_EVENT_FORMAT,
    eventId: `evt_${randomUUID()}`,
    type: TYPE[escalation.state],
    at: context.at,
    escalation: {
      id: escalation.id,
      state: escalation.state,
      console: escalation.console,
      caseId: escalation.caseId,
      caseUrl: caseUrlOf(db, escalation.id),
      decisionId: escalation.decisionId,
      action: escalation.action,
      severity: escalation.severity,
      checklists: escalation.checklists,
    },
    by: context.by,
    // A note may quote the case: it travels only where case text may.
    subject: context.keepCaseText ? context.subject : undefined,
    note: context.keepCaseText ? context.note : undefined,
  };
}

export function enqueueEvent(db: Database, escalation: Escalation, context: EventContext): void {
  const webhooks = prepared(
    db,
    'SELECT id FROM escalation_webhooks WHERE removed_at IS NULL',
  ).all() as {
    id: string;
  }[];
  if (webhooks.length === 0) return;
  const event = buildEvent(db, escalation, context);
  const body = encodeJson(escalationEventSchema, event);
  const insert = prepared(
    db,
    `INSERT INTO escalation_deliveries (escalation_id, webhook_id, event_id, event, body, status,
       next_attempt_at) VALUES (?, ?, ?, ?, ?, 'pending', ?)`,
  );
  for (const { id } of webhooks) {
    insert.run(escalation.id, id, event.eventId, escalation.state, body, context.at);
  }
}
