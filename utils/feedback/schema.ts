import { z } from 'zod';
import { isoTimeSchema } from '../case/schema';
import { moderationCategorySchema } from '../models/categories';

/**
 * The model feedback export (`GET /api/feedback/export`) and its per-category report
 * (`GET /api/feedback/report`): live decisions joined with what the model said, for
 * fine-tuning and evaluating the classifiers. One definition for the server, the tests and
 * whoever reads the files.
 */

export const feedbackFormatSchema = z.enum(['eval', 'openai-chat', 'csv']);

/** A query-string flag: only `true`/`1` switch it on. */
const flagSchema = z
  .enum(['true', 'false', '1', '0'])
  .optional()
  .transform((value) => value === 'true' || value === '1');

export const feedbackFiltersSchema = z.object({
  format: feedbackFormatSchema.default('eval'),
  /** Decided at or after (inclusive) / before (exclusive), UTC ISO 8601. */
  from: isoTimeSchema.optional(),
  to: isoTimeSchema.optional(),
  queue: z.string().min(1).max(200).optional(),
  /** A policy id the decision cited. */
  policy: z.string().min(1).max(64).optional(),
  guidanceVersion: z.coerce.number().int().positive().optional(),
  /** Only decisions where the reviewer overrode the model's suggestion. */
  onlyOverrides: flagSchema,
  /** Only decisions a QA review confirmed (it chose the same action as the standing one). */
  onlyQaConfirmed: flagSchema,
});

/** What the model said when the reviewer decided; null when it suggested nothing. */
export const feedbackModelSchema = z.object({
  action: z.string(),
  policyIds: z.array(z.string()),
  confidence: z.number(),
  source: z.string(),
  categories: z.partialRecord(moderationCategorySchema, z.number()),
  model: z.string().optional(),
});

/** One line of the plain evaluation format (JSONL). */
export const feedbackEvalRecordSchema = z.object({
  decisionId: z.string(),
  console: z.string(),
  caseId: z.string(),
  decidedAt: isoTimeSchema,
  queue: z.string().nullable(),
  guidanceVersion: z.number(),
  /** The case text after redaction; null when the team keeps no case snapshots. */
  input: z.string().nullable(),
  model: feedbackModelSchema.nullable(),
  reviewerAction: z.string(),
  finalAction: z.string(),
  finalPolicyIds: z.array(z.string()),
  agreement: z.enum(['agreed', 'overrode', 'no-suggestion']),
  /** What changed the reviewer's decision afterwards, if anything. */
  changedBy: z.enum(['reversal', 'qa']).nullable(),
  qaConfirmed: z.boolean(),
});

/** One line of OpenAI's chat fine-tuning format. */
export const feedbackChatRecordSchema = z.object({
  messages: z.tuple([
    z.object({ role: z.literal('system'), content: z.string() }),
    z.object({ role: z.literal('user'), content: z.string() }),
    z.object({ role: z.literal('assistant'), content: z.string() }),
  ]),
});

export const disagreementExampleSchema = z.object({
  decisionId: z.string(),
  console: z.string(),
  caseId: z.string(),
  modelAction: z.string(),
  finalAction: z.string(),
  score: z.number(),
});

export const categoryDisagreementSchema = z.object({
  category: moderationCategorySchema,
  /** Decisions whose model suggestion scored this category at or over the threshold. */
  flagged: z.number().int(),
  disagreed: z.number().int(),
  rate: z.number(),
  examples: z.array(disagreementExampleSchema),
});

export const feedbackReportSchema = z.object({
  decisions: z.number().int(),
  withSuggestion: z.number().int(),
  /** Most disagreement first. */
  categories: z.array(categoryDisagreementSchema),
});

export type FeedbackFormat = z.infer<typeof feedbackFormatSchema>;
export type FeedbackFilters = z.infer<typeof feedbackFiltersSchema>;
export type FeedbackModel = z.infer<typeof feedbackModelSchema>;
export type FeedbackEvalRecord = z.infer<typeof feedbackEvalRecordSchema>;
export type FeedbackChatRecord = z.infer<typeof feedbackChatRecordSchema>;
export type CategoryDisagreement = z.infer<typeof categoryDisagreementSchema>;
export type FeedbackReport = z.infer<typeof feedbackReportSchema>;
