import { z } from 'zod';
import { caseItemSchema, isoTimeSchema } from '../case/schema';

/**
 * The stored case snapshot a sampled decision was made on, for the QA reviewer and a lead
 * settling a dispute. It names the case and its text, never the decision: opening it before
 * one's own blind decision gives nothing away.
 */

/**
 * Whether a sample has a snapshot to open: `kept`; `not-kept` (the team keeps no case text);
 * `gone` (purged on retention, or the case changed after the decision); `hosted` (the case
 * API's own case, which its console shows as stored).
 */
export const snapshotStateSchema = z.enum(['kept', 'not-kept', 'gone', 'hosted']);

export const caseSnapshotSchema = z.object({
  decisionId: z.uuid(),
  console: z.string(),
  caseId: z.string(),
  url: z.string().optional(),
  subject: z.string().optional(),
  /** When the original decision reached the case API with this text. */
  takenAt: isoTimeSchema,
  /** When the team's retention purges it. */
  expiresAt: isoTimeSchema,
  items: z.array(caseItemSchema),
});

export type SnapshotState = z.infer<typeof snapshotStateSchema>;
export type CaseSnapshot = z.infer<typeof caseSnapshotSchema>;
