import { z } from 'zod';
import { apiErrorSchema } from '../case-api/schema';
import { isoTimeSchema } from '../case/schema';
import { moderationCategorySchema } from '../models/categories';

/**
 * A reviewer's decision: the product's output. The id doubles as the `Idempotency-Key`, so a
 * retried delivery can never record it twice. Shared by the extension, the case API and tests.
 */

export const decisionModeSchema = z.enum(['live', 'training', 'qa']);

/** What the model suggested when the reviewer decided: a compact snapshot, not the whole assessment. */
export const suggestionSnapshotSchema = z.object({
  action: z.string().max(64),
  policyIds: z.array(z.string().max(64)).max(20),
  confidence: z.number().min(0).max(1),
  source: z.enum(['rules', 'policy-llm', 'both']),
  /** Top category scores behind the suggestion. */
  scores: z.partialRecord(moderationCategorySchema, z.number().min(0).max(1)).default({}),
  model: z.string().max(100).optional(),
});

export const decisionSchema = z.object({
  id: z.uuid(),
  caseId: z.string().min(1).max(200),
  console: z.string().min(1).max(100),
  reviewerId: z.string().min(1).max(200),
  /** The reported account, so history can be looked up per account. */
  reportedAccountId: z.string().max(200).optional(),
  action: z.string().min(1).max(64),
  policyIds: z.array(z.string().max(64)).max(20),
  note: z.string().max(5000).optional(),
  decidedAt: isoTimeSchema,
  /** Panel shown → submit, excluding time the tab was hidden. */
  handleTimeMs: z.number().int().nonnegative(),
  guidanceVersion: z.number().int().positive(),
  suggestion: suggestionSnapshotSchema.optional(),
  agreement: z.enum(['agreed', 'overrode', 'no-suggestion']),
  overrideReason: z.string().max(1000).optional(),
  mode: decisionModeSchema,
  /** Set on a reversal: the decision it reverses (decisions are never deleted). */
  reverses: z.uuid().optional(),
  /** Set when the reviewer knowingly adds a second opinion to a case someone already decided. */
  secondOpinionOf: z.uuid().optional(),
});

/** A decision as the case API stored it. */
export const recordedDecisionSchema = decisionSchema.extend({
  receivedAt: isoTimeSchema,
  reviewerName: z.string().max(200),
  /** Set when a later reversal undid this decision. */
  reversedBy: z.uuid().optional(),
});

export const decisionHistorySchema = z.object({ decisions: z.array(recordedDecisionSchema) });

/** 409 when the case already has a live decision by someone: who, what and when. */
export const alreadyDecidedSchema = z.object({
  error: z.object({
    code: z.literal('already_decided'),
    message: z.string(),
    decision: recordedDecisionSchema,
  }),
});

/** The most decisions one batch POST may carry. */
export const DECISION_BATCH_MAX = 100;

/**
 * `POST /decisions/batch`: several decisions in one request, each with its own key, as the
 * single POST would carry it in its `Idempotency-Key` header.
 */
export const decisionBatchSchema = z.object({
  items: z
    .array(z.object({ idempotencyKey: z.string(), decision: decisionSchema }))
    .min(1)
    .max(DECISION_BATCH_MAX),
});

/**
 * One item's answer, in the order of the request: the status and body the single POST would
 * have answered, `replayed` where it would have sent `Idempotent-Replayed: true`, and
 * `retryAfterSeconds` where it would have sent `Retry-After`.
 */
export const decisionBatchResultSchema = z.object({
  idempotencyKey: z.string().nullable(),
  status: z.number().int(),
  replayed: z.boolean().optional(),
  retryAfterSeconds: z.number().nonnegative().optional(),
  body: z.union([recordedDecisionSchema, alreadyDecidedSchema, apiErrorSchema]),
});

export const decisionBatchAnswerSchema = z.object({ results: z.array(decisionBatchResultSchema) });

export type DecisionMode = z.infer<typeof decisionModeSchema>;
export type SuggestionSnapshot = z.infer<typeof suggestionSnapshotSchema>;
export type Decision = z.infer<typeof decisionSchema>;
export type DecisionInput = z.input<typeof decisionSchema>;
export type RecordedDecision = z.infer<typeof recordedDecisionSchema>;
export type DecisionBatchInput = z.input<typeof decisionBatchSchema>;
export type DecisionBatchResult = z.infer<typeof decisionBatchResultSchema>;
