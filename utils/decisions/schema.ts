import { z } from 'zod';
import { apiErrorSchema } from '../case-api/schema';
import { MAX_CASE_ITEMS } from '../case/limits';
import { caseItemSchema, caseSchema, isoTimeSchema } from '../case/schema';
import { moderationCategorySchema } from '../models/categories';
import { decisionChecklistSchema } from './checklist-schema';

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
  /**
   * The case tried to instruct the model, so the panel marked this suggestion untrusted and did
   * not ask why the reviewer decided otherwise.
   */
  untrusted: z.boolean().optional(),
});

/**
 * What the case API needs to know the case a decision is about, when it does not host the case
 * itself (a third-party console's case): as the adapter read it, with the hash of the items
 * read, so the record shows which version of the case was decided. `items` (the case text) is
 * sent only when the team keeps case snapshots (`GET /case-policy`); the case API stores it
 * only then, and purges it after the retention period.
 */
export const caseRecordSchema = caseSchema
  .pick({
    url: true,
    subject: true,
    status: true,
    queue: true,
    priority: true,
    /** So SLA attainment can be counted for cases the case API does not host. */
    slaDueAt: true,
    reporter: true,
    reported: true,
  })
  .extend({
    /** sha-256 hex of the items read (`hashCaseContent`). */
    contentHash: z.string().regex(/^[0-9a-f]{64}$/, 'a sha-256 hex digest'),
    itemCount: z.number().int().nonnegative(),
    adapter: z.object({ id: z.string().min(1).max(100), version: z.string().min(1).max(100) }),
    items: z.array(caseItemSchema).max(MAX_CASE_ITEMS).optional(),
  });

/** The most a single decision POST may carry (a decision with its case text). */
export const DECISION_MAX_BYTES = 1024 * 1024;

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
  caseRecord: caseRecordSchema.optional(),
  /** Open incidents whose signature the case matched when the reviewer decided. */
  incidentIds: z.array(z.string().min(1).max(64)).max(20).optional(),
  /** The playbook checklists the reviewer ticked for an escalating action. */
  checklists: z.array(decisionChecklistSchema).max(10).optional(),
});

/**
 * What the case API knows of a console case (one it does not host): the record of the latest
 * decision's `caseRecord`, and its items only while the team keeps case text. A case first
 * seen through a decision without a record is known by its identity alone.
 */
export const consoleCaseSchema = caseRecordSchema.partial().extend({
  id: z.string(),
  console: z.string(),
  firstSeenAt: isoTimeSchema,
  lastSeenAt: isoTimeSchema,
  /** When the stored items are purged; set with them. */
  itemsExpireAt: isoTimeSchema.optional(),
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

export type CaseRecord = z.infer<typeof caseRecordSchema>;
export type ConsoleCase = z.infer<typeof consoleCaseSchema>;
export type DecisionMode = z.infer<typeof decisionModeSchema>;
export type SuggestionSnapshot = z.infer<typeof suggestionSnapshotSchema>;
export type Decision = z.infer<typeof decisionSchema>;
export type DecisionInput = z.input<typeof decisionSchema>;
export type RecordedDecision = z.infer<typeof recordedDecisionSchema>;
export type DecisionBatchInput = z.input<typeof decisionBatchSchema>;
export type DecisionBatchResult = z.infer<typeof decisionBatchResultSchema>;
