import { z } from 'zod';
import { caseFieldSchema, isoTimeSchema } from '../case/schema';
import { moderationCategorySchema } from '../models/categories';
import { modelProviderKindSchema } from '../status/schema';

/**
 * What the background concludes about one case: model scores with where they came from, local
 * signal hits, and suggestions. One definition for the background, the panel, the cache and tests.
 */

const score = z.number().min(0).max(1);
const itemId = z.string().max(200);

/** Category → score; a category the provider did not return is absent, never guessed as 0. */
export const categoryScoresSchema = z.partialRecord(moderationCategorySchema, score);

export const overallCategorySchema = z.object({
  /** Highest score of any item (text or image) for this category. */
  score,
  /** Items behind that score, highest first: the panel scrolls the console to these. */
  itemIds: z.array(itemId).max(20),
});

export const provenanceSchema = z.object({
  provider: modelProviderKindSchema,
  model: z.string().max(200),
  at: isoTimeSchema,
  durationMs: z.number().int().nonnegative(),
  /** True when this assessment was served from the cache rather than asked for just now. */
  cached: z.boolean(),
  requests: z.number().int().nonnegative(),
});

export const signalHitSchema = z.object({
  signalId: z.string().max(64),
  policyId: z.string().max(64),
  itemId,
  /** UTF-16 offsets into the item's original (unredacted) text, as DOM ranges count them. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string().max(500),
});

export const citationSchema = z.object({
  policyId: z.string().max(64),
  quote: z.string().max(1000),
});

export const suggestionSchema = z.object({
  actionId: z.string().max(64),
  policyIds: z.array(z.string().max(64)).max(50),
  confidence: score,
  rationale: z.string().max(4000),
  citations: z.array(citationSchema).max(20),
  source: z.enum(['rules', 'policy-llm', 'both']),
});

export const modelProblemKindSchema = z.enum([
  'not-configured',
  'unauthorized',
  'forbidden',
  'quota',
  'model-not-found',
  'not-found',
  'rate-limited',
  'server-error',
  'timeout',
  'unreachable',
  'bad-request',
  'malformed',
  'off-schema',
  'refused',
  'unknown',
]);

/** A failure the reviewer sees: what went wrong and what to do about it. */
export const modelProblemSchema = z.object({
  source: z.enum(['moderation', 'policy-llm']),
  kind: modelProblemKindSchema,
  status: z.number().int().optional(),
  message: z.string().max(1000),
  whatToDo: z.string().max(500),
  retryable: z.boolean(),
  retryAfterMs: z.number().int().nonnegative().optional(),
});

/** The exact (redacted) request body sent to a provider, for "What was sent". */
export const sentPayloadSchema = z.object({
  purpose: z.enum(['moderation', 'policy-llm']),
  provider: modelProviderKindSchema,
  model: z.string().max(200),
  endpoint: z.string().max(100),
  body: z.string(),
});

export const assessmentSchema = z.object({
  caseId: z.string().min(1).max(200),
  contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  guidanceVersion: z.number().int().positive(),
  assessedAt: isoTimeSchema,
  itemScores: z.record(itemId, categoryScoresSchema),
  /** Image scores by media id, so the content script knows which image to keep blurred. */
  mediaScores: z.record(z.string().max(200), z.object({ itemId, scores: categoryScoresSchema })),
  categories: z.partialRecord(moderationCategorySchema, overallCategorySchema),
  provenance: z.object({
    moderation: provenanceSchema.optional(),
    policyLlm: provenanceSchema.optional(),
  }),
  signalHits: z.array(signalHitSchema),
  /** The suggestion to show first; when the layers disagree, the more severe of the two. */
  suggestion: suggestionSchema.nullable(),
  rulesSuggestion: suggestionSchema.nullable(),
  llmSuggestion: suggestionSchema.nullable(),
  /** Rules and policy LLM chose different actions: show both and ask for a second look. */
  disagreement: z.boolean(),
  /** The top score lies between the configured bounds, so the rules layer is not sure. */
  uncertain: z.boolean(),
  /** One line per triggered policy, e.g. "harassment 0.82 ≥ 0.60 in … → Remove content". */
  explanation: z.array(z.string().max(500)),
  /** Items whose text, id, author or image description tries to instruct the model. */
  injectionSuspected: z.array(itemId),
  /** Case fields (subject, parties…) that do; absent in assessments cached before they were read. */
  injectionFields: z.array(caseFieldSchema).default([]),
  notes: z.array(z.string().max(500)),
  problems: z.array(modelProblemSchema),
  sent: z.array(sentPayloadSchema),
});

export type CategoryScores = z.infer<typeof categoryScoresSchema>;
export type OverallCategory = z.infer<typeof overallCategorySchema>;
export type Provenance = z.infer<typeof provenanceSchema>;
export type SignalHit = z.infer<typeof signalHitSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type Suggestion = z.infer<typeof suggestionSchema>;
export type ModelProblemKind = z.infer<typeof modelProblemKindSchema>;
export type ModelProblem = z.infer<typeof modelProblemSchema>;
export type SentPayload = z.infer<typeof sentPayloadSchema>;
export type Assessment = z.infer<typeof assessmentSchema>;
