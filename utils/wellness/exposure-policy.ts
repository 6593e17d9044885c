import { z } from 'zod';
import { moderationCategorySchema, type ModerationCategory } from '../models/categories';

/** Always counted as high-severity exposure, whatever the lead adds. */
export const HIGH_SEVERITY_CATEGORIES: readonly ModerationCategory[] = [
  'self-harm',
  'self-harm/intent',
  'self-harm/instructions',
  'violence/graphic',
  'sexual/minors',
];

/**
 * The lead's exposure limits (`GuidancePack.wellness.exposure`). A case counts as high-severity
 * when any counted category scores at or over `minScore`; time on such cases adds up per shift,
 * a shift ending after `shiftGapHours` without counted time.
 */
export const exposurePolicySchema = z.strictObject({
  /** Counted in addition to `HIGH_SEVERITY_CATEGORIES`. */
  categories: z.array(moderationCategorySchema).max(13).default([]),
  minScore: z.number().min(0).max(1).default(0.5),
  suggestBreakAfterMinutes: z.number().int().min(1).max(720).default(60),
  suggestLighterQueueAfterMinutes: z.number().int().min(1).max(720).default(120),
  /** Named in the suggestion, e.g. "Spam"; without one the suggestion says "a lighter queue". */
  lighterQueue: z.string().trim().min(1).max(200).optional(),
  breakMinutes: z.number().int().min(1).max(120).default(15),
  shiftGapHours: z.number().min(1).max(24).default(4),
  /** Per-person figures reach the case API only when the team turns this on. */
  sharePerPerson: z.boolean().default(false),
});

export type ExposurePolicy = z.infer<typeof exposurePolicySchema>;

export const DEFAULT_EXPOSURE: ExposurePolicy = exposurePolicySchema.parse({});

/** Whether a case with these top scores per category is high-severity under the policy. */
export function isHighSeverity(
  policy: ExposurePolicy,
  scores: Partial<Record<string, number>>,
): boolean {
  const counted = new Set<string>([...HIGH_SEVERITY_CATEGORIES, ...policy.categories]);
  return [...counted].some((category) => (scores[category] ?? 0) >= policy.minScore);
}
