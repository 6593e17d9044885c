import { z } from 'zod';
import type { EditorFailure } from '../guidance/editor-messages';
import type { Incident, IncidentActivity, IncidentChecklist } from './schema';

/**
 * The incident page's requests to the background, which makes each call at a fixed case API
 * path (ids encoded); the case API decides who may tick or close.
 */
const incidentId = z.string().min(1).max(100);

export const incidentPageRequestSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('list') }),
  z.object({ op: z.literal('view'), id: incidentId }),
  z.object({
    op: z.literal('tick'),
    id: incidentId,
    step: z.number().int().nonnegative().max(100),
    done: z.boolean(),
  }),
  z.object({ op: z.literal('close'), id: incidentId }),
]);

/** A panel saw its case match an open incident: ids only, never the case's text. */
export const incidentMatchMessageSchema = z.object({
  incidentId,
  console: z.string().min(1).max(100),
  caseId: z.string().min(1).max(200),
});

export type IncidentPageRequest = z.infer<typeof incidentPageRequestSchema>;

export interface IncidentView {
  incident: Incident;
  activity: IncidentActivity;
  checklist: IncidentChecklist;
}

export type IncidentPageAnswer =
  { ok: true; incidents: Incident[] } | { ok: true; view: IncidentView } | EditorFailure;
