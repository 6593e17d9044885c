import { z } from 'zod';

/**
 * A playbook checklist as the reviewer left it when deciding: which playbook, from which
 * guidance version (steps are numbered within that version), and which steps were ticked.
 * Recorded on the decision, so a lead can later see that the required steps were done.
 */
export const decisionChecklistSchema = z.object({
  playbookId: z.string().min(1).max(64),
  guidanceVersion: z.number().int().positive(),
  required: z.boolean(),
  /** Indexes into the playbook's steps, ascending. */
  stepsDone: z.array(z.number().int().nonnegative().max(29)).max(30),
  stepCount: z.number().int().positive().max(30),
});

export type DecisionChecklist = z.infer<typeof decisionChecklistSchema>;
