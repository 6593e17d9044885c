import type { Database } from 'better-sqlite3';
import type { Me } from '../../utils/case-api/schema';
import {
  alreadyDecidedSchema,
  recordedDecisionSchema,
  type Decision,
  type RecordedDecision,
} from '../../utils/decisions/schema';
import { encodeJson } from '../api/respond';
import type { CaseSettings } from '../cases/case-settings';
import { refusedAsUnknown, unknownCaseMessage } from '../cases/known-case';
import { describeCase, isHosted, type CaseRef } from '../cases/resolve-case';
import {
  activeLiveDecisions,
  findDecision,
  findDecisionOnCase,
  insertDecision,
  linkReversal,
} from '../db/decisions';
import { findGoldCase } from '../db/gold-sets';
import { recordConsoleCase } from '../db/write-console-cases';
import { findUserName } from '../db/users';
import { storeDecisionInput } from '../feedback/inputs';
import { checklistRefusal } from '../escalations/escalating-action';
import { openEscalationFor } from '../escalations/open';
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

/**
 * The decision as it is kept: the case text it may carry goes to the case's record (and only
 * when the team keeps it), never into the append-only decisions, which nothing may purge.
 */
function withoutCaseText(decision: Decision): Decision {
  if (decision.caseRecord?.items === undefined) return decision;
  const { items: _items, ...caseRecord } = decision.caseRecord;
  return { ...decision, caseRecord };
}

/** `reverses` and `secondOpinionOf` must name decisions on this same (resolved) case. */
function checkReferences(db: Database, decision: Decision, ref: CaseRef): Answer | undefined {
  const { reverses, secondOpinionOf } = decision;
  if (reverses !== undefined) {
    const target = findDecisionOnCase(db, reverses, ref);
    if (target === undefined) {
      const message = `No decision ${reverses} on ${describeCase(ref)} to reverse.`;
      return refuse(422, 'unknown_decision', message);
    }
    if (target.reversedBy !== undefined) {
      const message = `Decision ${reverses} was already reversed by ${target.reversedBy}.`;
      return refuse(409, 'already_reversed', message);
    }
  } else if (
    secondOpinionOf !== undefined &&
    findDecisionOnCase(db, secondOpinionOf, ref) === undefined
  ) {
    const message = `No decision ${secondOpinionOf} on ${describeCase(ref)} to give a second opinion on.`;
    return refuse(422, 'unknown_decision', message);
  }
  return undefined;
}

/**
 * One live verdict per case (per resolved case: two consoles' case "4" are two cases): a new
 * live decision is refused while another stands, unless it reverses one or is knowingly a
 * second opinion on one. Training and QA never conflict.
 */
function checkConflict(db: Database, decision: Decision, ref: CaseRef): Answer | undefined {
  if (decision.mode !== 'live' || decision.reverses !== undefined) return undefined;
  const standing = activeLiveDecisions(db, ref);
  const [first] = standing;
  if (first === undefined || standing.some((d) => d.id === decision.secondOpinionOf)) {
    return undefined;
  }
  const name = describeCase(ref);
  const message =
    `${name[0]!.toUpperCase()}${name.slice(1)} was already decided (${first.action}) by ` +
    `${first.reviewerName} at ${first.receivedAt}.`;
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
  sent: Decision,
  me: Me,
  receivedAt: string,
  cases: CaseSettings,
): Answer {
  const ref = cases.resolve(sent.console, sent.caseId);
  const decision = withoutCaseText(sent);
  // Gold cases are the case API's own copies: only a hosted console shows them.
  const gold = isHosted(ref) ? findGoldCase(db, ref.caseId) : undefined;
  if (gold !== undefined) return recordAttempt(db, gold, decision, me, receivedAt);
  if (refusedAsUnknown(db, ref, cases.strict)) {
    return refuse(404, 'not_found', unknownCaseMessage(ref));
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

  // Registered, or its record brought up to date, even if the rules below refuse the
  // decision: the reviewer saw the case as it is now either way.
  if (!isHosted(ref)) {
    const expiry = new Date(Date.parse(receivedAt) + cases.retentionMs).toISOString();
    recordConsoleCase(
      db,
      ref,
      receivedAt,
      sent.caseRecord,
      cases.keepCaseText ? expiry : undefined,
    );
  }
  const refused =
    checkReferences(db, decision, ref) ??
    checkConflict(db, decision, ref) ??
    checklistRefusal(db, decision);
  if (refused !== undefined) return refused;

  const recorded = insertDecision(db, decision, {
    ref,
    receivedAt,
    reviewerName: reviewerName(db, decision, me),
  });
  if (decision.reverses !== undefined) linkReversal(db, decision.reverses, decision.id);
  // Redacted once now, as the reviewer read it, so the feedback export never has to.
  else if (decision.mode === 'live') storeDecisionInput(db, decision.id);
  openEscalationFor(db, decision, {
    ref,
    receivedAt,
    reviewerName: recorded.reviewerName,
    keepCaseText: cases.keepCaseText,
  });
  return { status: 201, body: encodeJson(recordedDecisionSchema, recorded) };
}
