import type { SampleReason, SamplingRulesSettings } from './schema';

/** What sampling needs of a live decision: flat, so 100,000 of them cost little. */
export interface SampleCandidate {
  id: string;
  reviewerId: string;
  queue: string | undefined;
  action: string;
  decidedAtMs: number;
  /** The highest category score the model gave the case, 0 when it gave none. */
  maxScore: number;
  /** When the reviewer's account was created, if known. */
  reviewerSinceMs: number | undefined;
}

/** The action guidance labels "No violation" (see utils/guidance/default-actions.ts). */
export const NO_VIOLATION_ACTION = 'no-action';
const DAY_MS = 86_400_000;

/**
 * A stable draw in [0, 100) from the decision id (FNV-1a): the same rules pick the same
 * decisions on every run and every instance, so re-running sampling never adds a second draw.
 */
export function drawPercent(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return ((hash >>> 0) % 10_000) / 100;
}

/** Why this decision is sampled, or undefined: always-sample rules first, then the percentage. */
export function sampleReason(
  rules: SamplingRulesSettings,
  d: SampleCandidate,
): SampleReason | undefined {
  const threshold = rules.always.noViolationAboveScore;
  if (threshold !== null && d.action === NO_VIOLATION_ACTION && d.maxScore >= threshold) {
    return 'no-violation-high-score';
  }
  const days = rules.always.newReviewerDays;
  if (days !== null && d.reviewerSinceMs !== undefined) {
    const tenure = d.decidedAtMs - d.reviewerSinceMs;
    if (tenure >= 0 && tenure < days * DAY_MS) return 'new-reviewer';
  }
  const percent = Math.max(
    rules.defaultPercent,
    rules.perReviewer[d.reviewerId] ?? 0,
    d.queue === undefined ? 0 : (rules.perQueue[d.queue] ?? 0),
    rules.perAction[d.action] ?? 0,
  );
  return drawPercent(d.id) < percent ? 'percent' : undefined;
}

export interface Selected {
  id: string;
  reason: SampleReason;
}

export function selectSamples(
  rules: SamplingRulesSettings,
  decisions: SampleCandidate[],
): Selected[] {
  const selected: Selected[] = [];
  for (const d of decisions) {
    const reason = sampleReason(rules, d);
    if (reason !== undefined) selected.push({ id: d.id, reason });
  }
  return selected;
}

/**
 * Samples a day the rules would take, judged on past decisions over `days`, and a warning when
 * that is more than the QA team can review.
 */
export function expectedLoad(
  rules: SamplingRulesSettings,
  recent: SampleCandidate[],
  days: number,
): { expectedDaily: number; warning?: string } {
  const expectedDaily = Math.round((selectSamples(rules, recent).length / days) * 10) / 10;
  if (expectedDaily <= rules.qaCapacityPerDay) return { expectedDaily };
  return {
    expectedDaily,
    warning:
      `These rules would sample about ${expectedDaily} decisions a day (judged on the last ` +
      `${days} days); the QA team can review ${rules.qaCapacityPerDay}.`,
  };
}
