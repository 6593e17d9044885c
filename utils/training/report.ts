import { mostMissed } from './most-missed';
import type { CohortReport } from './report-types';
import type { Attempt, GoldSet } from './schema';
import { krippendorffAlphaNominal } from './stats/krippendorff-alpha';
import { buildTraineeReport } from './trainee-report';

export type {
  CohortReport,
  ConfusionMatrix,
  MissedItem,
  TraineeReport,
  Verdict,
  VerdictStatus,
} from './report-types';

/** Attempts of one kind, by reviewer, then by case. */
type ByReviewer = Map<string, { name: string; attempts: Map<string, Attempt> }>;

const earlier = (a: Attempt, b: Attempt) =>
  a.decidedAt < b.decidedAt || (a.decidedAt === b.decidedAt && a.receivedAt < b.receivedAt);

/**
 * Scored attempts only: first ones, on this set's cases. The case API marks one attempt per
 * reviewer and case as first; should two ever arrive (a retried upload under a new id), the
 * earlier decision is the one that came before the reveal.
 */
function firstAttempts(set: GoldSet, attempts: readonly Attempt[], kind: Attempt['kind']) {
  const caseIds = new Set(set.items.map((item) => item.caseId));
  const byReviewer: ByReviewer = new Map();
  for (const attempt of attempts) {
    if (!attempt.first || attempt.kind !== kind || !caseIds.has(attempt.caseId)) continue;
    const reviewer = byReviewer.get(attempt.reviewerId) ?? {
      name: attempt.reviewerName,
      attempts: new Map<string, Attempt>(),
    };
    const held = reviewer.attempts.get(attempt.caseId);
    if (!held || earlier(attempt, held)) reviewer.attempts.set(attempt.caseId, attempt);
    byReviewer.set(attempt.reviewerId, reviewer);
  }
  return byReviewer;
}

/** Trainees: the assigned, in assignment order, then anyone else who practised, by name. */
function traineesOf(set: GoldSet, practice: ByReviewer) {
  const assigned = set.assignments.map((a) => ({
    reviewerId: a.reviewerId,
    reviewerName: a.reviewerName || practice.get(a.reviewerId)?.name || a.reviewerId,
  }));
  const assignedIds = new Set(assigned.map((t) => t.reviewerId));
  const others = [...practice]
    .filter(([id]) => !assignedIds.has(id))
    .map(([reviewerId, { name }]) => ({ reviewerId, reviewerName: name || reviewerId }))
    .toSorted((a, b) => a.reviewerName.localeCompare(b.reviewerName));
  // An assignment listed twice is one trainee.
  const seen = new Set<string>();
  return [...assigned, ...others].filter((t) => !seen.has(t.reviewerId) && seen.add(t.reviewerId));
}

/**
 * The trainer's dashboard for one gold set. Only first attempts count; practice attempts
 * score trainees, calibration attempts (gold cases met in live flow) only feed `calibration`.
 */
export function buildCohortReport(
  set: GoldSet,
  attempts: Attempt[],
  escalatingActions: ReadonlySet<string>,
): CohortReport {
  const items = set.items.toSorted((a, b) => a.position - b.position);
  const practice = firstAttempts(set, attempts, 'practice');
  const trainees = traineesOf(set, practice);
  const none = new Map<string, Attempt>();
  const attemptsOf = (id: string) => practice.get(id)?.attempts ?? none;

  const calibration = { attempts: 0, matched: 0 };
  const expected = new Map(items.map((item) => [item.caseId, item.expectedAction]));
  for (const { attempts: byCase } of firstAttempts(set, attempts, 'calibration').values()) {
    for (const attempt of byCase.values()) {
      calibration.attempts += 1;
      if (attempt.action === expected.get(attempt.caseId)) calibration.matched += 1;
    }
  }

  return {
    setId: set.id,
    trainees: trainees.map((t) =>
      buildTraineeReport(t, items, attemptsOf(t.reviewerId), escalatingActions, set.passMark),
    ),
    mostMissed: mostMissed(
      items,
      trainees.map((t) => attemptsOf(t.reviewerId)),
    ),
    // Trainees against each other, not against gold, so disputed items count here too: the
    // experts' dispute does not change whether trainees agree with one another.
    alpha: krippendorffAlphaNominal(
      items.map((item) => trainees.map((t) => attemptsOf(t.reviewerId).get(item.caseId)?.action)),
    ),
    calibration,
  };
}
