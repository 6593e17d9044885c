import { z } from 'zod';
import { isoTimeSchema } from '../case/schema';

/**
 * Incidents (a scam wave, a raid, a self-harm trend): a lead declares one with a signature
 * that flags matching cases in every panel, an optional playbook and a temporary guidance
 * overlay; closing it removes the overlay and keeps the record.
 */

export const incidentSeveritySchema = z.enum(['low', 'medium', 'high', 'critical']);

/** The guidance signals' kinds, and account ids (the reported party's). */
export const incidentSignalSchema = z.strictObject({
  kind: z.enum(['keyword', 'regex', 'domain', 'account']),
  pattern: z.string().min(1).max(500),
});

/** While the incident is open, matching cases suggest this guidance action. */
export const incidentOverlaySchema = z.strictObject({
  actionId: z.string().min(1).max(64),
  note: z.string().max(500).optional(),
});

export const incidentInputSchema = z.strictObject({
  title: z.string().trim().min(1).max(200),
  severity: incidentSeveritySchema,
  signature: z.array(incidentSignalSchema).min(1).max(100),
  playbookId: z.string().min(1).max(64).optional(),
  overlay: incidentOverlaySchema.optional(),
});

export const incidentSchema = incidentInputSchema.extend({
  id: z.string(),
  declaredBy: z.string(),
  declaredAt: isoTimeSchema,
  closedAt: isoTimeSchema.optional(),
  closedBy: z.string().optional(),
});

export const incidentListSchema = z.object({ incidents: z.array(incidentSchema) });

/** 422 for an incident that cannot be declared: each problem at its field. */
export const incidentRejectedSchema = z.object({
  error: z.object({
    code: z.literal('invalid_incident'),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), message: z.string() })),
  }),
});

/**
 * The incident page: cases the panels flagged and decisions tagged with it, per hour; who
 * took them, with which action.
 */
export const incidentActivitySchema = z.object({
  incidentId: z.string(),
  decisions: z.number().int(),
  matches: z.number().int(),
  hours: z.array(
    z.object({ hour: isoTimeSchema, matches: z.number().int(), decisions: z.number().int() }),
  ),
  reviewers: z.array(z.object({ id: z.string(), name: z.string(), decisions: z.number().int() })),
  actions: z.record(z.string(), z.number().int()),
});

export type IncidentSignal = z.infer<typeof incidentSignalSchema>;
export type IncidentInput = z.infer<typeof incidentInputSchema>;
export type Incident = z.infer<typeof incidentSchema>;

/** A panel saw a case match an incident's signature: the ids only, never the case text. */
export const incidentMatchInputSchema = z.strictObject({
  console: z.string().min(1).max(100),
  caseId: z.string().min(1).max(200),
});

/** One step of the incident's playbook, and who ticked it when (the last change). */
export const checklistStepSchema = z.object({
  step: z.number().int().nonnegative(),
  text: z.string(),
  done: z.boolean(),
  by: z.string().optional(),
  at: isoTimeSchema.optional(),
});
export const incidentChecklistSchema = z.object({
  incidentId: z.string(),
  playbookTitle: z.string().optional(),
  steps: z.array(checklistStepSchema),
});
export const checklistTickSchema = z.strictObject({ done: z.boolean() });

export type IncidentActivity = z.infer<typeof incidentActivitySchema>;
export type IncidentChecklist = z.infer<typeof incidentChecklistSchema>;
export const incidentMatchAnswerSchema = z.object({ recorded: z.boolean() });
