import { z } from 'zod';
import { isoTimeSchema } from '../case/schema';
import { decisionChecklistSchema } from '../decisions/checklist-schema';
import { severitySchema } from '../guidance/schema';

/**
 * Safety escalations (self-harm, minors, credible threats): opened by the case API when a
 * live decision's action escalates, then acknowledged and closed by leads. Shared by the case
 * API, the panel and the tests.
 */
export const escalationStateSchema = z.enum(['open', 'acknowledged', 'closed']);

/** One step of an escalation's append-only history. */
export const escalationStepSchema = z.object({
  state: escalationStateSchema,
  byId: z.string(),
  byName: z.string(),
  at: isoTimeSchema,
  note: z.string().optional(),
});

/** How one event reached one configured webhook; `pending` is retried until it is delivered. */
export const escalationDeliverySchema = z.object({
  webhookId: z.string(),
  event: escalationStateSchema,
  status: z.enum(['pending', 'delivered', 'cancelled']),
  attempts: z.number().int().nonnegative(),
  lastError: z.string().optional(),
  nextAttemptAt: isoTimeSchema.optional(),
  deliveredAt: isoTimeSchema.optional(),
});

export const escalationSchema = z.object({
  id: z.string(),
  console: z.string(),
  caseId: z.string(),
  decisionId: z.uuid(),
  action: z.string(),
  severity: severitySchema,
  state: escalationStateSchema,
  openedAt: isoTimeSchema,
  /** Set when the decision that opened it was reversed; the escalation stays for a lead to close. */
  decisionReversedBy: z.uuid().optional(),
  checklists: z.array(decisionChecklistSchema),
  history: z.array(escalationStepSchema).min(1),
  deliveries: z.array(escalationDeliverySchema),
});

/** A case's escalations, newest first, and whether the caller may acknowledge and close them. */
export const caseEscalationsSchema = z.object({
  escalations: z.array(escalationSchema),
  canManage: z.boolean(),
});

export const escalationListSchema = z.object({ escalations: z.array(escalationSchema) });

export const escalationTransitionSchema = z.object({
  note: z.string().trim().max(1000).optional(),
});

export type EscalationState = z.infer<typeof escalationStateSchema>;
export type EscalationStep = z.infer<typeof escalationStepSchema>;
export type EscalationDelivery = z.infer<typeof escalationDeliverySchema>;
export type Escalation = z.infer<typeof escalationSchema>;
export type CaseEscalations = z.infer<typeof caseEscalationsSchema>;
