import { z } from 'zod';
import { exposurePolicySchema } from './exposure-policy';
import { choose } from './panel-policy';
import type { WellnessView } from './view-storage';

const TERM = 'A term of 2 to 60 characters.';

/**
 * The team's media filter policy, set by the lead in guidance (`GuidancePack.wellness`), and
 * the reviewer's own choices. A reviewer can always make their view stricter; looser only where
 * the lead allows it (`reviewerMay`).
 */
export const wellnessPolicySchema = z.strictObject({
  /**
   * Which cases get the filters: all; those scoring at or over a threshold in a chosen
   * category; those in chosen queues. Filters are on until the case is known to fall outside.
   */
  media: z.enum(['always', 'threshold', 'queues']).default('always'),
  thresholds: z.record(z.string().min(1).max(100), z.number().min(0).max(1)).default({}),
  queues: z.array(z.string().trim().min(1).max(200)).max(100).default([]),
  blur: z.boolean().default(true),
  greyscale: z.boolean().default(true),
  reviewerMay: z
    .strictObject({
      turnOff: z.boolean().default(false),
      dropBlur: z.boolean().default(false),
      dropGreyscale: z.boolean().default(false),
      /** Turn text masking off when the team has it on. */
      unmaskText: z.boolean().default(false),
    })
    .default({ turnOff: false, dropBlur: false, dropGreyscale: false, unmaskText: false }),
  /** Graphic terms in message text masked until revealed per message; off unless turned on. */
  maskText: z.boolean().default(false),
  /** The terms masked (plain words, never patterns); without a list, the built-in one. */
  maskTerms: z
    .array(z.string({ error: TERM }).trim().min(2, { error: TERM }).max(60, { error: TERM }))
    .max(500)
    .optional(),
  exposure: exposurePolicySchema.default(exposurePolicySchema.parse({})),
});

export const wellnessPersonalSchema = z.strictObject({
  mediaFilters: z.enum(['team', 'always', 'off']).default('team'),
  blur: z.boolean().optional(),
  greyscale: z.boolean().optional(),
  maskText: z.boolean().optional(),
});

export type WellnessPolicy = z.infer<typeof wellnessPolicySchema>;
export type WellnessPersonal = z.infer<typeof wellnessPersonalSchema>;

export const DEFAULT_POLICY: WellnessPolicy = wellnessPolicySchema.parse({});

/** The view the reviewer's console pages show, from the team's policy and their own choices. */
export function resolveWellnessView(
  policy: WellnessPolicy,
  personal: WellnessPersonal,
): WellnessView {
  const off = personal.mediaFilters === 'off' && policy.reviewerMay.turnOff;
  const blur = choose(policy.blur, personal.blur, policy.reviewerMay.dropBlur);
  const greyscale = choose(policy.greyscale, personal.greyscale, policy.reviewerMay.dropGreyscale);
  return { mediaFilters: !off && (blur || greyscale), blur, greyscale };
}

/** What decides whether a case's media stays filtered once the case and its scores are known. */
export interface CaseExposure {
  queue?: string;
  /** Highest score per model category over the case's items. */
  scores: Record<string, number>;
}

/**
 * Whether this case keeps its media filters under the team's policy. A reviewer who chose
 * `always` keeps them on every case, whatever the policy.
 */
export function filtersCase(
  policy: WellnessPolicy,
  personal: WellnessPersonal,
  exposure: CaseExposure,
): boolean {
  if (personal.mediaFilters === 'always' || policy.media === 'always') return true;
  // A case whose queue the adapter could not read is not known to fall outside: filtered.
  if (policy.media === 'queues')
    return exposure.queue === undefined || policy.queues.includes(exposure.queue);
  return Object.entries(policy.thresholds).some(
    ([category, threshold]) => (exposure.scores[category] ?? 0) >= threshold,
  );
}
