import { z } from 'zod';
import { isoTimeSchema } from '../case/schema';

/** A queue's SLA breaches since a time (the panel's footer asks for "today", local time). */
export const slaTodayQuerySchema = z.object({
  console: z.string().min(1).max(100),
  queue: z.string().min(1).max(200),
  since: isoTimeSchema,
});

export const slaTodaySchema = z.object({
  queue: z.string(),
  since: isoTimeSchema,
  /** Live decisions on the queue's cases since `since`. */
  decided: z.number().int().nonnegative(),
  /** Of those, decided after the case's SLA due time. */
  breached: z.number().int().nonnegative(),
});

export type SlaTodayQuery = z.infer<typeof slaTodayQuerySchema>;
export type SlaToday = z.infer<typeof slaTodaySchema>;
