import { z } from 'zod';
import { wellnessPolicySchema } from '../wellness/policy';
import { moderationCategorySchema } from '../models/categories';

/**
 * A guidance pack: what a team's policy leads publish and every reviewer's panel follows.
 * Shared by the extension, the case API and the tests. Objects are strict: a misspelt field
 * (`threshhold`) is an error at its path, not a setting silently dropped.
 */

const slug = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9-_]*$/, 'Use lower-case letters, digits, - and _');

export const severitySchema = z.enum(['none', 'low', 'medium', 'high', 'critical']);

export const guidanceActionSchema = z.strictObject({
  id: slug,
  label: z.string().min(1).max(60),
  /** A single key, 1–9 or a letter; shown on the button and pressed to pick the action. */
  hotkey: z
    .string()
    .regex(/^[1-9a-z]$/, 'A hotkey is one digit 1–9 or one lower-case letter')
    .optional(),
  severity: severitySchema,
  needsNote: z.boolean().default(false),
  escalates: z.boolean().default(false),
});

export const guidancePolicySchema = z.strictObject({
  id: slug,
  title: z.string().min(1).max(120),
  /** Markdown, rendered through a sanitizer; never trusted as HTML. */
  body: z.string().max(20_000),
  categories: z.array(moderationCategorySchema).max(13).default([]),
  /** Score at or above which a category points to this policy's action. */
  thresholds: z.partialRecord(moderationCategorySchema, z.number().min(0).max(1)).default({}),
  action: slug,
  examples: z
    .array(
      z.strictObject({
        text: z.string().max(2000),
        action: slug,
        note: z.string().max(500).optional(),
      }),
    )
    .max(50)
    .default([]),
});

export const guidanceSignalSchema = z.strictObject({
  id: slug,
  kind: z.enum(['keyword', 'regex', 'domain']),
  pattern: z.string().min(1).max(500),
  policyId: slug,
});

export const playbookSchema = z.strictObject({
  id: slug,
  /** Shown when this (escalating) action is chosen. */
  actionId: slug,
  title: z.string().min(1).max(120),
  steps: z.array(z.string().min(1).max(500)).min(1).max(30),
  /**
   * The decision cannot be submitted until every step is ticked, and the ticks are recorded
   * on it. Off by default: an unrequired playbook stays a memory aid, as packs before it had.
   */
  required: z.boolean().default(false),
});

export const guidancePackSchema = z.strictObject({
  version: z.number().int().positive(),
  publisher: z.string().min(1).max(200),
  publishedAt: z.iso.datetime({ offset: true }),
  signature: z.string().max(200).optional(),
  actions: z.array(guidanceActionSchema).min(1).max(30),
  policies: z.array(guidancePolicySchema).max(200),
  signals: z.array(guidanceSignalSchema).max(2000).default([]),
  playbooks: z.array(playbookSchema).max(50).default([]),
  /** Reviewer wellness: media filters and how far reviewers may loosen them. */
  wellness: wellnessPolicySchema.optional(),
});

export type GuidanceAction = z.infer<typeof guidanceActionSchema>;
export type GuidancePolicy = z.infer<typeof guidancePolicySchema>;
export type GuidanceSignal = z.infer<typeof guidanceSignalSchema>;
export type Playbook = z.infer<typeof playbookSchema>;
export type GuidancePack = z.infer<typeof guidancePackSchema>;
export type GuidancePackInput = z.input<typeof guidancePackSchema>;
