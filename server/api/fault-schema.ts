import { z } from 'zod';
import { classicDesignSchema } from '../classic/design';

/**
 * Test control for fault injection on decision POSTs (`startCaseApi({ faults: true })`, then
 * `POST /api/_faults`). Not part of the case API contract: it exists so the extension's tests
 * can watch the outbox ride out errors, rate limits and slow answers from a real server, and
 * switch the classic console to its redesign (`classicDesign: 2`) to exercise the self-check.
 * Each POST sets the whole configuration: an omitted field takes its default.
 */
/** `refuse-422` answers as a case API refusing a decision for good (never drawn by `random`). */
export const faultModeSchema = z.enum([
  'none',
  'error-500',
  'rate-limit-429',
  'slow',
  'refuse-422',
  'random',
]);

export const faultConfigSchema = z.object({
  /** Default `none`, so `{ "classicDesign": 2 }` alone injects no decision faults. */
  mode: faultModeSchema.optional(),
  /** `Retry-After` on a 429; default 1. */
  retryAfterSeconds: z.number().int().min(0).max(3600).optional(),
  /** Delay before a slow request is processed normally; default 1500. */
  slowMs: z.number().int().min(0).max(120_000).optional(),
  /** In `random` mode, the chance that a request is faulted at all; default 0.5. */
  probability: z.number().min(0).max(1).optional(),
  /** Markup of every `/classic/ticket` page; default: the server's `classicDesign` option. */
  classicDesign: classicDesignSchema.optional(),
});

/** The active configuration with defaults filled in, and what was injected since it was set. */
export const faultStateSchema = z.object({
  mode: faultModeSchema,
  retryAfterSeconds: z.number(),
  slowMs: z.number(),
  probability: z.number(),
  injected: z.object({
    'error-500': z.number().int(),
    'rate-limit-429': z.number().int(),
    slow: z.number().int(),
    'refuse-422': z.number().int(),
  }),
  classicDesign: classicDesignSchema,
});

export type FaultMode = z.infer<typeof faultModeSchema>;
export type FaultConfig = z.infer<typeof faultConfigSchema>;
export type FaultState = z.infer<typeof faultStateSchema>;
