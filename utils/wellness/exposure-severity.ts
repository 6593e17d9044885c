import type { ModerationCategory } from '../models/category-names';
import type { ExposurePolicy } from './exposure-policy';

/* Kept apart from the schema (zod), which panels do not load at startup. */

/** Always counted as high-severity exposure, whatever the lead adds. */
export const HIGH_SEVERITY_CATEGORIES: readonly ModerationCategory[] = [
  'self-harm',
  'self-harm/intent',
  'self-harm/instructions',
  'violence/graphic',
  'sexual/minors',
];

/** Whether a case with these top scores per category is high-severity under the policy. */
export function isHighSeverity(
  policy: ExposurePolicy,
  scores: Partial<Record<string, number>>,
): boolean {
  const counted = new Set<string>([...HIGH_SEVERITY_CATEGORIES, ...policy.categories]);
  return [...counted].some((category) => (scores[category] ?? 0) >= policy.minScore);
}
