import { z } from 'zod';
import { isoTimeSchema } from '../case/schema';
import { recordedDecisionSchema } from '../decisions/schema';
import { sampleReasonSchema } from './schema';
import { snapshotStateSchema } from './snapshot-schema';

/**
 * The QA queue, reviews, results and disputes as the case API answers them. A queue item is
 * blind: it names the case, never the original decision, until the QA reviewer has decided.
 */

export const queueItemSchema = z.object({
  decisionId: z.uuid(),
  console: z.string(),
  caseId: z.string(),
  url: z.string().optional(),
  subject: z.string().optional(),
  queue: z.string().optional(),
  reason: sampleReasonSchema,
  sampledAt: isoTimeSchema,
  /** Whether the case snapshot can be opened (absent from case APIs before snapshots). */
  snapshot: snapshotStateSchema.optional(),
});

/**
 * The original decision, shown once the QA reviewer's own blind decision is in, with the
 * model's rationale when pre-review flagged it (withheld until then: it argues a side).
 */
export const qaOriginalSchema = z.object({
  original: recordedDecisionSchema,
  qaDecision: recordedDecisionSchema,
  modelRationale: z.string().optional(),
});

export const qaQueueSchema = z.object({ items: z.array(queueItemSchema) });

/** `true` passed, `false` failed, `null` not applicable (e.g. no escalation to judge). */
export const criterionScoreSchema = z.boolean().nullable();

export const reviewInputSchema = z.object({
  /** The QA reviewer's own blind decision (mode `qa`) on the same case. */
  qaDecisionId: z.uuid(),
  scores: z.record(z.string(), criterionScoreSchema),
  note: z.string().max(5000).optional(),
});

export const disputeSchema = z.object({
  reason: z.string(),
  openedAt: isoTimeSchema,
  outcome: z.enum(['upheld', 'overturned']).nullable(),
  settledBy: z.string().nullable(),
  settleNote: z.string().nullable(),
  settledAt: isoTimeSchema.nullable(),
});

export const qaResultSchema = z.object({
  decisionId: z.uuid(),
  console: z.string(),
  caseId: z.string(),
  reviewerId: z.string(),
  reason: sampleReasonSchema,
  qaDecisionId: z.uuid(),
  qaReviewerId: z.string(),
  qaAction: z.string(),
  /** The QA reviewer's blind action matched the original. */
  agreed: z.boolean(),
  scorecardVersion: z.number().int().positive(),
  scores: z.record(z.string(), criterionScoreSchema),
  /** 0–100: weight passed over weight applicable, on the scorecard version it was scored on. */
  score: z.number().min(0).max(100),
  note: z.string().optional(),
  scoredAt: isoTimeSchema,
  dispute: disputeSchema.nullable(),
});

export const qaResultsSchema = z.object({ results: z.array(qaResultSchema) });

export const disputeInputSchema = z.object({ reason: z.string().min(1).max(2000) });

export const settleInputSchema = z.object({
  outcome: z.enum(['upheld', 'overturned']),
  note: z.string().max(2000).optional(),
});

export type QueueItem = z.infer<typeof queueItemSchema>;
export type ReviewInput = z.infer<typeof reviewInputSchema>;
export type QaResult = z.infer<typeof qaResultSchema>;
export type Dispute = z.infer<typeof disputeSchema>;
