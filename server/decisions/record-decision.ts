import type { Database } from 'better-sqlite3';
import type { Me } from '../../utils/case-api/schema';
import {
  alreadyDecidedSchema,
  recordedDecisionSchema,
  type Decision,
  type RecordedDecision,
} from '../../utils/decisions/schema';
import { encodeJson } from '../api/respond';
import { caseExists } from '../db/cases';
import { activeLiveDecisions, findDecision, insertDecision, linkReversal } from '../db/decisions';
import { findGoldCase } from '../db/gold-sets';
import { findUserName } from '../db/tokens';
import { recordAttempt } from '../training/record-attempt';
import { refuse, type Answer } from './answer';
import { canonicalJson } from './canonical-json';

/** A recorded decision minus what the server added, to compare with a resubmission. */
function asSubmitted(recorded: RecordedDecision): Decision {
  const { receivedAt: _r, reviewerName: _n, reversedBy: _b, ...decision } = recorded;
  return decision;
}

/** An admin may write for someone else; the name is then that reviewer's, not the admin's. */
function reviewerName(db: Database, decision: Decision, me: Me): string {
  if (decision.reviewerId === me.id) return me.name;
  return findUserName(db, decision.reviewerId) ?? decision.reviewerId;
}

/** `reverses` and `secondOpinionOf` must name decisions on this same case. */
function checkReferences(db: Database, decision: Decision): Answer | undefined {
  const { reverses, secondOpinionOf, caseId } = decision;
  if (reverses !== undefined) {
    const target = findDecision(db, reverses);
    if (target?.caseId !== caseId) {
      return refuse(
        422,
        'unknown_decision',
        `No decision ${reverses} on case ${caseId} to reverse.`,
      );
    }
    if (target.reversedBy !== undefined) {
      const message = `Decision ${reverses} was already reversed by ${target.reversedBy}.`;
      return refuse(409, 'already_reversed', message);
    }
  } else if (
    secondOpinionOf !== undefined &&
    findDecision(db, secondOpinionOf)?.caseId !== caseId
  ) {
    const message = `No decision ${secondOpinionOf} on case ${caseId} to give a second opinion on.`;
    return refuse(422, 'unknown_decision', message);
  }
  return undefined;
}

/**
 * One live verdict per case: a new live decision is refused while another stands, unless it
 * reverses one or is knowingly a second opinion on one. Training and QA never conflict.
 */
function checkConflict(db: Database, decision: Decision): Answer | undefined {
  if (decision.mode !== 'live' || decision.reverses !== undefined) return undefined;
  const standing = activeLiveDecisions(db, decision.caseId);
  const [first] = standing;
  if (first === undefined || standing.some((d) => d.id === decision.secondOpinionOf)) {
    return undefined;
  }
  const message =
    `Case ${decision.caseId} was already decided (${first.action}) by ${first.reviewerName} ` +
    `at ${first.receivedAt}.`;
  return {
    status: 409,
    body: encodeJson(alreadyDecidedSchema, {
      error: { code: 'already_decided', message, decision: first },
    }),
  };
}

/**
 * The rules for recording a decision once the request itself is known to be well formed and
 * authorised. Everything here reads or writes stored state, so it runs inside one transaction
 * with the idempotency key's completion, and its answer (as JSON text) is what replays repeat.
 */
export function recordDecision(
  db: Database,
  decision: Decision,
  me: Me,
  receivedAt: string,
): Answer {
  const gold = findGoldCase(db, decision.caseId);
  if (gold !== undefined) return recordAttempt(db, gold, decision, me, receivedAt);
  if (!caseExists(db, decision.caseId)) {
    return refuse(404, 'not_found', `No case with id ${decision.caseId}.`);
  }
  // The id outlives its idempotency key: a resubmission after the key expired must neither
  // record twice nor overwrite. The same decision is acknowledged (200, not created anew).
  const earlier = findDecision(db, decision.id);
  if (earlier !== undefined) {
    if (canonicalJson(asSubmitted(earlier)) !== canonicalJson(decision)) {
      const message = `Decision ${decision.id} was already recorded with different content.`;
      return refuse(422, 'idempotency_key_reused', message);
    }
    return { status: 200, body: encodeJson(recordedDecisionSchema, earlier) };
  }

  const refused = checkReferences(db, decision) ?? checkConflict(db, decision);
  if (refused !== undefined) return refused;

  const recorded = insertDecision(db, decision, {
    receivedAt,
    reviewerName: reviewerName(db, decision, me),
  });
  if (decision.reverses !== undefined) linkReversal(db, decision.reverses, decision.id);
  return { status: 201, body: encodeJson(recordedDecisionSchema, recorded) };
}
