import { z } from 'zod';
import { isoTimeSchema } from '../case/schema';

/**
 * QA sampling, scorecards, QA results and disputes: one definition shared by the case API
 * (which enforces them), the extension pages and the tests.
 */

const percentSchema = z.number().min(0).max(100);

/** What a lead sets. Percentages combine by the highest that applies ("at least this much"). */
export const samplingRulesInputSchema = z.object({
  /** Percent of every live decision sampled when nothing more specific applies. */
  defaultPercent: percentSchema.default(0),
  perReviewer: z.record(z.string().max(200), percentSchema).default({}),
  perQueue: z.record(z.string().max(200), percentSchema).default({}),
  perAction: z.record(z.string().max(64), percentSchema).default({}),
  always: z
    .object({
      /** Every "no violation" on a case whose highest model score is at least this. */
      noViolationAboveScore: z.number().min(0).max(1).nullable().default(null),
      /** Every decision by a reviewer within this many days of their account's creation. */
      newReviewerDays: z.number().int().min(0).max(365).nullable().default(null),
    })
    .default({ noViolationAboveScore: null, newReviewerDays: null }),
  /** How many samples the QA team can review a day: more expected is warned about. */
  qaCapacityPerDay: z.number().int().positive().default(50),
});

export const samplingRulesSchema = samplingRulesInputSchema.extend({
  version: z.number().int().nonnegative(),
  setBy: z.string().nullable(),
  setAt: isoTimeSchema.nullable(),
});

/** The answer to reading or setting the rules: what they would sample a day, and a warning. */
export const samplingRulesAnswerSchema = z.object({
  rules: samplingRulesSchema,
  /** Samples a day these rules would have taken over the last 7 days of live decisions. */
  expectedDaily: z.number().nonnegative(),
  warning: z.string().optional(),
});

/** `POST /qa/sample`: live decisions considered, and how many entered the QA queue. */
export const sampleRunAnswerSchema = z.object({ considered: z.number(), added: z.number() });

export const sampleReasonSchema = z.enum([
  'percent',
  'no-violation-high-score',
  'new-reviewer',
  'model-flagged',
]);

export const scorecardCriterionSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  label: z.string().min(1).max(120),
  weight: z.number().positive().max(100).default(1),
});

export const scorecardInputSchema = z.object({
  criteria: z.array(scorecardCriterionSchema).min(1).max(20),
});

export const scorecardSchema = scorecardInputSchema.extend({
  version: z.number().int().positive(),
  setBy: z.string().nullable(),
  setAt: isoTimeSchema.nullable(),
});

export type SamplingRulesInput = z.input<typeof samplingRulesInputSchema>;
export type SamplingRulesSettings = z.infer<typeof samplingRulesInputSchema>;
export type SamplingRules = z.infer<typeof samplingRulesSchema>;
export type SamplingRulesAnswer = z.infer<typeof samplingRulesAnswerSchema>;
export type SampleReason = z.infer<typeof sampleReasonSchema>;
export type ScorecardInput = z.input<typeof scorecardInputSchema>;
export type Scorecard = z.infer<typeof scorecardSchema>;
