import { z } from 'zod';
import type { CategoryScores } from '../assessment/schema';
import { MODERATION_CATEGORIES } from './categories';
import { OffSchemaError } from './error-types';

/**
 * What we accept from `/v1/moderations`. Lenient where OpenAI-compatible servers differ (extra
 * or missing categories), strict where we depend on it: one result per input, numeric scores.
 */
export const moderationResponseSchema = z.object({
  id: z.string(),
  model: z.string(),
  results: z
    .array(
      z.looseObject({
        flagged: z.boolean(),
        category_scores: z.record(z.string(), z.number()),
      }),
    )
    .min(1),
});

export type ModerationResponse = z.infer<typeof moderationResponseSchema>;

function pickScores(raw: Record<string, number>): CategoryScores {
  const scores: CategoryScores = {};
  for (const category of MODERATION_CATEGORIES) {
    const value = raw[category];
    if (typeof value === 'number' && Number.isFinite(value)) {
      scores[category] = Math.min(1, Math.max(0, value));
    }
  }
  return scores;
}

/** Validates a response against the number of inputs it answers; throws OffSchemaError if not. */
export function readModerationScores(
  raw: unknown,
  inputs: number,
): { model: string; scores: CategoryScores[] } {
  const parsed = moderationResponseSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new OffSchemaError(
      `moderation answer: ${issue?.path.join('.') || 'body'} ${issue?.message ?? ''}`.trim(),
    );
  }
  const { results, model } = parsed.data;
  if (results.length !== inputs) {
    throw new OffSchemaError(
      `moderation answer has ${results.length} results for ${inputs} inputs`,
    );
  }
  return { model, scores: results.map((r) => pickScores(r.category_scores)) };
}
