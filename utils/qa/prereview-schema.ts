import { z } from 'zod';
import { isoTimeSchema } from '../case/schema';

/**
 * Model pre-review: the policy LLM re-reads live decisions after the fact (in the case API,
 * with the team's key) and sends the ones it disagrees with to the QA queue. One definition
 * for the case API, the dashboard and the tests.
 */

/** What a lead sets. A budget is per UTC day; the batch stops when either runs out. */
export const preReviewSettingsInputSchema = z.object({
  enabled: z.boolean().default(true),
  /** Percent of live decisions reviewed (a stable draw per decision, as sampling does). */
  ratePercent: z.number().min(0).max(100).default(100),
  maxRequestsPerDay: z.number().int().nonnegative().default(2_000),
  maxTokensPerDay: z.number().int().nonnegative().default(2_000_000),
  /** The model's confidence at or above which its disagreement flags a decision. */
  minConfidence: z.number().min(0).max(1).default(0.5),
});

export const preReviewSettingsSchema = preReviewSettingsInputSchema.extend({
  version: z.number().int().nonnegative(),
  setBy: z.string().nullable(),
  setAt: isoTimeSchema.nullable(),
});

/** How one decision's pre-review ended (`pending` while a batch holds it). */
export const preReviewOutcomeSchema = z.enum([
  'pending',
  'agreed',
  'flagged',
  /** Timed out, refused or answered off-schema; retried in a later batch, up to a bound. */
  'error',
  /** Errors on every attempt: never retried, never flagged. */
  'failed',
  /** The case API holds no text of the case (the team keeps none), so nothing to review. */
  'no-text',
  /** Left out by the rate the lead set. */
  'not-drawn',
]);

export const preReviewStopSchema = z.enum(['done', 'budget', 'off', 'not-configured']);

/** `POST /qa/prereview/run`: one batch. */
export const preReviewRunSchema = z.object({
  reviewed: z.number().int(),
  flagged: z.number().int(),
  errors: z.number().int(),
  stopped: preReviewStopSchema,
  message: z.string(),
});

const dayUsageSchema = z.object({
  day: z.string(),
  requests: z.number().int(),
  tokens: z.number().int(),
  requestsLeft: z.number().int(),
  tokensLeft: z.number().int(),
});

/** `GET /qa/prereview`: what a lead needs to trust pre-review or turn it down. */
export const preReviewStatusSchema = z.object({
  /** `off` says why: no model configured in the case API, or a lead turned it off. */
  state: z.enum(['on', 'off', 'not-configured']),
  message: z.string(),
  model: z.string().nullable(),
  settings: preReviewSettingsSchema,
  counts: z.record(preReviewOutcomeSchema, z.number().int()),
  usage: dayUsageSchema,
  lastRun: preReviewRunSchema.extend({ at: isoTimeSchema }).nullable(),
  /**
   * Of model-flagged samples a QA reviewer has scored, how many were real errors (the QA
   * reviewer's blind action differed, or "right action" failed; a dispute overturned undoes it).
   */
  precision: z.object({
    scored: z.number().int(),
    realErrors: z.number().int(),
    rate: z.number().min(0).max(1).nullable(),
    /** The same share for samples taken by the rules, to compare against. */
    baselineScored: z.number().int(),
    baselineRate: z.number().min(0).max(1).nullable(),
  }),
});

export type PreReviewSettingsInput = z.input<typeof preReviewSettingsInputSchema>;
export type PreReviewSettingsValues = z.infer<typeof preReviewSettingsInputSchema>;
export type PreReviewSettings = z.infer<typeof preReviewSettingsSchema>;
export type PreReviewOutcome = z.infer<typeof preReviewOutcomeSchema>;
export type PreReviewRun = z.infer<typeof preReviewRunSchema>;
export type PreReviewStatus = z.infer<typeof preReviewStatusSchema>;
