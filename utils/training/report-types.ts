import type { ConfusionMatrix } from './stats/confusion-matrix';

export type { ConfusionMatrix };

export type VerdictStatus = 'passed' | 'failed' | 'in-progress';

export interface Verdict {
  status: VerdictStatus;
  /** Plain sentences for the trainer, e.g. "kappa 0.62 is below 0.80". */
  reasons: string[];
}

/**
 * What the agreement part of the verdict rests on: kappa; accuracy when every undisputed
 * answer of the set is one action (kappa is degenerate there); nothing when every case is
 * disputed (no agreed answer exists).
 */
export type JudgedOn = { by: 'kappa' } | { by: 'accuracy'; action: string } | { by: 'nothing' };

/** One trainee on one gold set, from their first practice attempts. */
export interface TraineeReport {
  reviewerId: string;
  reviewerName: string;
  /** Items of the set with a first practice attempt. */
  done: number;
  /** Items in the set. */
  total: number;
  /** Done and undisputed: the items accuracy and kappa are computed on. */
  scored: number;
  /** Undisputed items whose attempt action is the expected action. */
  correct: number;
  /** correct / scored. */
  accuracy: number | null;
  /** Share of scored items whose policy set equals the expected one, order-free. */
  policyAccuracy: number | null;
  /** Cohen's kappa of the attempt action against the expected action, undisputed items. */
  kappa: number | null;
  /** Undisputed items whose expected action escalates; escalated = the attempt escalated too. */
  mustEscalate: { total: number; done: number; escalated: number; accuracy: number | null };
  /** Disputed items, reported apart, never in accuracy or kappa. */
  disputed: { done: number; matched: number };
  /** Expected × given action on scored (undisputed) items; axes are the set's actions. */
  actionConfusion: ConfusionMatrix;
  /** Expected × given primary policy (the first listed, or `(none)`) on scored items. */
  policyConfusion: ConfusionMatrix;
  judgedOn: JudgedOn;
  verdict: Verdict;
}

/** A gold item as the cohort answered it. */
export interface MissedItem {
  caseId: string;
  subject?: string;
  expectedAction: string;
  attempted: number;
  missed: number;
  /** The wrong action chosen most often (ties: first in code-unit order). */
  commonWrongAction?: string;
  disputed: boolean;
}

export interface CohortReport {
  setId: string;
  trainees: TraineeReport[];
  /** Items missed at least once, most missed first, at most 10. */
  mostMissed: MissedItem[];
  /** Krippendorff's nominal alpha over actions: units = items, coders = trainees. */
  alpha: number | null;
  /** Gold cases met in live flow (first attempts): how many, and how many matched gold. */
  calibration: { attempts: number; matched: number };
}
