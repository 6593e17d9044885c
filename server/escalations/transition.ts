import type { Database } from 'better-sqlite3';
import type { Escalation, EscalationState } from '../../utils/escalations/schema';
import { appendStep, findEscalation, setState, type Actor } from '../db/escalations';
import { enqueueEvent } from './events';

/**
 * The state machine: open → acknowledged → closed, and open → closed (a lead may close an
 * escalation nobody needs to take on, e.g. after its decision was reversed). Anything else is
 * refused with the reason: who already moved it, and when.
 */
const FROM: Record<'acknowledged' | 'closed', readonly EscalationState[]> = {
  acknowledged: ['open'],
  closed: ['open', 'acknowledged'],
};

export type TransitionResult =
  | { ok: true; escalation: Escalation }
  | { ok: false; status: 404 | 409; code: string; message: string };

function refusal(escalation: Escalation, to: 'acknowledged' | 'closed'): TransitionResult {
  const last = escalation.history.at(-1)!;
  const already = `${last.state === 'closed' ? 'closed' : 'acknowledged'} by ${last.byName} at ${last.at}`;
  const message =
    escalation.state === to
      ? `This escalation was already ${already}.`
      : `A closed escalation cannot be acknowledged: it was ${already}.`;
  return {
    ok: false,
    status: 409,
    code: escalation.state === to ? `already_${to}` : 'closed',
    message,
  };
}

/** Runs in one write transaction: the state, its history step and its events commit together. */
export function transitionEscalation(
  db: Database,
  id: string,
  to: 'acknowledged' | 'closed',
  context: { by: Actor; at: string; note?: string; keepCaseText: boolean },
): TransitionResult {
  return db
    .transaction((): TransitionResult => {
      const current = findEscalation(db, id);
      if (!current)
        return { ok: false, status: 404, code: 'not_found', message: 'No such escalation.' };
      if (!setState(db, id, FROM[to], to)) return refusal(current, to);
      appendStep(db, id, {
        state: to,
        by: context.by,
        at: context.at,
        note: context.note || undefined,
      });
      const escalation = findEscalation(db, id)!;
      enqueueEvent(db, escalation, context);
      return { ok: true, escalation };
    })
    .immediate();
}
