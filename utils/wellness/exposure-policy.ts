import { z } from 'zod';
import { moderationCategorySchema } from '../models/categories';

const queueNameSchema = z.string().trim().min(1).max(200);

/**
 * A queue the lead offers a reviewer past the exposure thresholds. The background opens `url`
 * in the reviewer's tab, so only http(s) addresses are accepted (never `javascript:` or `data:`).
 */
export const lighterQueueSchema = z.strictObject({
  label: queueNameSchema,
  url: z.url({ protocol: /^https?$/, error: 'An http(s) address of the console queue.' }).max(2000),
  /** Offered from these queues only; without any, from every queue. */
  from: z.array(queueNameSchema).max(100).optional(),
});

/** A number in a range, with one message a lead can act on beside the field. */
const ranged = (min: number, max: number, error: string) =>
  z.number({ error }).min(min, { error }).max(max, { error });
const minutes = (max: number) => ranged(1, max, `Whole minutes from 1 to ${max}.`).int();

/**
 * The lead's exposure limits (`GuidancePack.wellness.exposure`). A case counts as high-severity
 * when any counted category scores at or over `minScore`; time on such cases adds up per shift,
 * a shift ending after `shiftGapHours` without counted time.
 */
export const exposurePolicySchema = z.strictObject({
  /** Counted in addition to `HIGH_SEVERITY_CATEGORIES`. */
  categories: z.array(moderationCategorySchema).max(13).default([]),
  minScore: ranged(0, 1, 'A score from 0 to 1.').default(0.5),
  suggestBreakAfterMinutes: minutes(720).default(60),
  suggestLighterQueueAfterMinutes: minutes(720).default(120),
  /** Named in the suggestion, e.g. "Spam"; without one the suggestion says "a lighter queue". */
  lighterQueue: queueNameSchema.optional(),
  /**
   * Queues the suggestion can switch to. Optional, not defaulted: a default would change the
   * signed bytes of packs published before it existed (signatures cover the parsed pack).
   */
  lighterQueues: z.array(lighterQueueSchema).max(20).optional(),
  breakMinutes: minutes(120).default(15),
  shiftGapHours: ranged(1, 24, 'Hours from 1 to 24.').default(4),
  /** Per-person figures reach the case API only when the team turns this on. */
  sharePerPerson: z.boolean().default(false),
});

export type ExposurePolicy = z.infer<typeof exposurePolicySchema>;
export type LighterQueue = z.infer<typeof lighterQueueSchema>;

export const DEFAULT_EXPOSURE: ExposurePolicy = exposurePolicySchema.parse({});
