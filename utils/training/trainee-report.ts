import type { Attempt, GoldItem, PassMark } from './schema';
import type { JudgedOn, TraineeReport } from './report-types';
import { cohenKappa } from './stats/cohen-kappa';
import { confusionMatrix, type LabelPair } from './stats/confusion-matrix';
import { judge } from './verdict';

export const NO_POLICY = '(none)';

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

function samePolicies(expected: readonly string[], given: readonly string[]) {
  const a = new Set(expected);
  const b = new Set(given);
  return a.size === b.size && [...a].every((id) => b.has(id));
}

const primaryPolicy = (ids: readonly string[]) => ids[0] ?? NO_POLICY;

/** Decided by the set, not by what one trainee has done so far, so it never flips mid-way. */
export function judgedOnFor(items: readonly GoldItem[]): JudgedOn {
  const actions = new Set(items.filter((i) => !i.disputed).map((i) => i.expectedAction));
  if (actions.size === 0) return { by: 'nothing' };
  if (actions.size === 1) return { by: 'accuracy', action: [...actions][0]! };
  return { by: 'kappa' };
}

/**
 * One trainee's scores on a gold set. `attempts` are their first practice attempts on it,
 * at most one per case (the caller picks which).
 */
export function buildTraineeReport(
  trainee: { reviewerId: string; reviewerName: string },
  items: readonly GoldItem[],
  attempts: ReadonlyMap<string, Attempt>,
  escalatingActions: ReadonlySet<string>,
  passMark: PassMark,
): TraineeReport {
  const actionPairs: LabelPair[] = [];
  const policyPairs: LabelPair[] = [];
  let done = 0;
  let correct = 0;
  let policyCorrect = 0;
  const mustEscalate = { total: 0, done: 0, escalated: 0 };
  const disputed = { done: 0, matched: 0 };

  for (const item of items) {
    const must = !item.disputed && escalatingActions.has(item.expectedAction);
    if (must) mustEscalate.total += 1;
    const attempt = attempts.get(item.caseId);
    if (!attempt) continue;
    done += 1;
    const matched = attempt.action === item.expectedAction;
    // Where experts disagreed, a trainee's answer says little about the trainee: counted
    // here for the trainer to read, never in accuracy, kappa or the pass mark.
    if (item.disputed) {
      disputed.done += 1;
      if (matched) disputed.matched += 1;
      continue;
    }
    actionPairs.push({ expected: item.expectedAction, given: attempt.action });
    policyPairs.push({
      expected: primaryPolicy(item.expectedPolicyIds),
      given: primaryPolicy(attempt.policyIds),
    });
    if (matched) correct += 1;
    if (samePolicies(item.expectedPolicyIds, attempt.policyIds)) policyCorrect += 1;
    if (must) {
      mustEscalate.done += 1;
      if (escalatingActions.has(attempt.action)) mustEscalate.escalated += 1;
    }
  }

  // The set's own answers are always axes, so trainees on one set get matrices that line up.
  const undisputed = items.filter((item) => !item.disputed);
  const scored = actionPairs.length;
  const metrics = {
    ...trainee,
    done,
    total: items.length,
    scored,
    correct,
    accuracy: share(correct, scored),
    policyAccuracy: share(policyCorrect, scored),
    kappa: cohenKappa(actionPairs),
    mustEscalate: { ...mustEscalate, accuracy: share(mustEscalate.escalated, mustEscalate.done) },
    disputed,
    actionConfusion: confusionMatrix(
      actionPairs,
      undisputed.map((item) => item.expectedAction),
    ),
    policyConfusion: confusionMatrix(
      policyPairs,
      undisputed.map((item) => primaryPolicy(item.expectedPolicyIds)),
    ),
    judgedOn: judgedOnFor(items),
  };
  return { ...metrics, verdict: judge(metrics, passMark) };
}
