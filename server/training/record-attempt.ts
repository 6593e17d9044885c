import type { Database } from 'better-sqlite3';
import type { Me } from '../../utils/case-api/schema';
import { recordedDecisionSchema, type Decision } from '../../utils/decisions/schema';
import { encodeJson } from '../api/respond';
import type { GoldCase } from '../db/gold-sets';
import { findUserName } from '../db/users';
import { attemptDecision, findAttemptByDecision, insertAttempt } from '../db/training-attempts';
import { refuse, type Answer } from '../decisions/answer';
import { canonicalJson } from '../decisions/canonical-json';

/**
 * A decision on a gold case is an attempt, filed apart from live decisions whatever mode the
 * panel sent: a gold case met in the live queue (calibration) must never count as a live
 * decision. It is practice when the panel sent it in training mode (it knew the case for an
 * assigned gold case), otherwise calibration; only a reviewer's first attempt on a case is
 * scored either way, so a gold case met again after practising it does not count twice.
 * Answers like a recorded decision, so the outbox treats it as delivered.
 */
export function recordAttempt(
  db: Database,
  gold: GoldCase,
  decision: Decision,
  me: Me,
  receivedAt: string,
): Answer {
  const earlier = attemptDecision(db, decision.id);
  if (earlier !== undefined) {
    if (canonicalJson(earlier) !== canonicalJson(decision)) {
      const message = `Decision ${decision.id} was already recorded with different content.`;
      return refuse(422, 'idempotency_key_reused', message);
    }
    const stored = findAttemptByDecision(db, decision.id)!;
    const body = { ...earlier, receivedAt: stored.receivedAt, reviewerName: stored.reviewerName };
    return { status: 200, body: encodeJson(recordedDecisionSchema, body) };
  }
  if (decision.reverses !== undefined || decision.secondOpinionOf !== undefined) {
    const message =
      'Training attempts stand as made; decide the case again to practise it once more.';
    return refuse(422, 'training_attempt', message);
  }
  const practice = decision.mode === 'training';
  const reviewerName =
    decision.reviewerId === me.id
      ? me.name
      : (findUserName(db, decision.reviewerId) ?? decision.reviewerId);
  const attempt = insertAttempt(db, {
    decision,
    setId: gold.setId,
    kind: practice ? 'practice' : 'calibration',
    reviewerName,
    receivedAt,
  });
  const body = { ...decision, receivedAt: attempt.receivedAt, reviewerName };
  return { status: 201, body: encodeJson(recordedDecisionSchema, body) };
}
