import type { Moderation } from 'openai/resources/moderations';

/**
 * The 13 categories of OpenAI's `omni-moderation-latest`, in the API's own spelling. Kept apart
 * from `categories.ts` (which adds the zod enum) so the panel can list them without loading zod.
 */
export const MODERATION_CATEGORIES = [
  'harassment',
  'harassment/threatening',
  'hate',
  'hate/threatening',
  'illicit',
  'illicit/violent',
  'self-harm',
  'self-harm/intent',
  'self-harm/instructions',
  'sexual',
  'sexual/minors',
  'violence',
  'violence/graphic',
] as const satisfies readonly (keyof Moderation.CategoryScores)[];

export type ModerationCategory = (typeof MODERATION_CATEGORIES)[number];
