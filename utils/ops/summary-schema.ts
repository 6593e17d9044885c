import { z } from 'zod';
import { isoTimeSchema } from '../case/schema';

/**
 * The operations dashboard's numbers (`GET /ops/summary`), computed by the case API in SQL
 * and shared by the server, the extension page and the tests. Times are UTC; a week starts on
 * Monday.
 */

export const granularitySchema = z.enum(['day', 'week']);

export const opsSummaryQuerySchema = z.object({
  from: isoTimeSchema,
  to: isoTimeSchema,
  granularity: granularitySchema.default('day'),
  team: z.string().min(1).max(200).optional(),
  queue: z.string().min(1).max(200).optional(),
  reviewer: z.string().min(1).max(200).optional(),
  console: z.string().min(1).max(100).optional(),
  guidanceVersion: z.coerce.number().int().positive().optional(),
});

const count = z.number().int().nonnegative();
const rate = z.number().min(0).max(1).nullable();

/** The same figures for every grouping: a period, a queue, a team, a reviewer, the total. */
export const opsStatsSchema = z.object({
  decisions: count,
  handleMedianMs: z.number().nonnegative().nullable(),
  handleP90Ms: z.number().nonnegative().nullable(),
  /** Decisions on cases whose console showed an SLA due time. */
  slaKnown: count,
  /** Of those, decided after the due time. */
  slaBreached: count,
  /** Decided in time / slaKnown; null when no case showed a due time. */
  slaAttainment: rate,
  reversed: count,
  qaReviews: count,
  qaDisagreed: count,
  /** Mean QA score (0–100) of the reviewed decisions. */
  qaScore: z.number().min(0).max(100).nullable(),
  /** (reversed + QA disagreements) / decisions. */
  overturnRate: rate,
  disputesOpen: count,
});

export const opsTeamSchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['in-house', 'vendor', 'none']),
});

const modelRow = z.object({
  key: z.string(),
  suggested: count,
  overrode: count,
  overrideRate: rate,
});

export const opsSummarySchema = z.object({
  from: isoTimeSchema,
  to: isoTimeSchema,
  granularity: granularitySchema,
  /** The teams the caller may see (a vendor manager: their own). */
  teams: z.array(opsTeamSchema),
  total: opsStatsSchema,
  byPeriod: z.array(opsStatsSchema.extend({ period: z.string() })),
  byQueue: z.array(opsStatsSchema.extend({ queue: z.string() })),
  byTeam: z.array(opsStatsSchema.extend({ team: opsTeamSchema })),
  byReviewer: z.array(
    opsStatsSchema.extend({ reviewerId: z.string(), reviewerName: z.string(), teamId: z.string() }),
  ),
  /** Override rate by the category the model scored highest, and by the action it suggested. */
  modelByCategory: z.array(modelRow),
  modelByAction: z.array(modelRow),
  /** The model's suggestion against the final decision. */
  confusion: z.array(z.object({ suggested: z.string(), decided: z.string(), count })),
  /** Decisions whose action escalates in the current guidance, by action. */
  escalations: z.array(z.object({ action: z.string(), count })),
  /**
   * How often model-flagged QA samples turned out to be real errors; null until model
   * pre-review flags samples.
   */
  modelFlagged: z.object({ reviewed: count, realErrors: count, precision: rate }).nullable(),
});

export type OpsSummaryQuery = z.infer<typeof opsSummaryQuerySchema>;
export type OpsStats = z.infer<typeof opsStatsSchema>;
export type OpsTeam = z.infer<typeof opsTeamSchema>;
export type OpsSummary = z.infer<typeof opsSummarySchema>;
