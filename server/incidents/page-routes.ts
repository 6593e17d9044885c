import type { Database } from 'better-sqlite3';
import type { Context, Hono } from 'hono';
import {
  checklistTickSchema,
  incidentChecklistSchema,
  incidentMatchAnswerSchema,
  incidentMatchInputSchema,
  type Incident,
  type IncidentChecklist,
} from '../../utils/incidents/schema';
import type { ApiEnv } from '../api/auth';
import { leadsOnly } from '../api/leads-only';
import { readJsonBody, summariseIssues } from '../api/read-json';
import { sendError, sendJson } from '../api/respond';
import { appendAudit } from '../db/audit';
import { checklistTicks, recordIncidentMatch, setChecklistTick } from '../db/incident-page';
import { findIncident } from '../db/incidents';
import { guidanceInForce } from './guidance-in-force';

/** The playbook's steps with their ticks (a playbook the guidance lost has no steps). */
function checklistOf(db: Database, incident: Incident): IncidentChecklist {
  const playbook = guidanceInForce(db).playbooks.find((p) => p.id === incident.playbookId);
  const ticks = new Map(checklistTicks(db, incident.id).map((tick) => [tick.step, tick]));
  const steps = (playbook?.steps ?? []).map((text, step) => {
    const tick = ticks.get(step);
    return { step, text, done: tick?.done ?? false, by: tick?.by, at: tick?.at };
  });
  return { incidentId: incident.id, playbookTitle: playbook?.title, steps };
}

/** The open incident the path names, or the answer that refuses the request. */
function openIncident(c: Context<ApiEnv>, db: Database): Incident | Response {
  const incident = findIncident(db, c.req.param('id') ?? '');
  if (!incident) return sendError(c, 404, 'not_found', 'No such incident.');
  if (incident.closedAt !== undefined) {
    return sendError(c, 409, 'already_closed', 'This incident is closed.');
  }
  return incident;
}

/**
 * The incident page's routes (auth is `routes.ts`'s): panels report matches, with the case's
 * ids only; anyone signed in reads the checklist; leads tick it, each change audited.
 */
export function addIncidentPageRoutes(api: Hono<ApiEnv>, db: Database, clock: () => Date) {
  api.post('/incidents/:id/matches', async (c) => {
    const incident = openIncident(c, db);
    if (incident instanceof Response) return incident;
    const body = await readJsonBody(c);
    const parsed = incidentMatchInputSchema.safeParse(body.ok ? body.value : undefined);
    if (!parsed.success) return sendError(c, 422, 'invalid_match', summariseIssues(parsed.error));
    const match = { incidentId: incident.id, ...parsed.data, reviewerId: c.get('me').id };
    const recorded = recordIncidentMatch(db, { ...match, at: clock().toISOString() });
    return sendJson(c, incidentMatchAnswerSchema, { recorded }, recorded ? 201 : 200);
  });

  api.get('/incidents/:id/checklist', (c) => {
    const incident = findIncident(db, c.req.param('id'));
    if (!incident) return sendError(c, 404, 'not_found', 'No such incident.');
    return sendJson(c, incidentChecklistSchema, checklistOf(db, incident));
  });

  api.post('/incidents/:id/checklist/:step', leadsOnly('tick an incident checklist'), async (c) => {
    const incident = openIncident(c, db);
    if (incident instanceof Response) return incident;
    const step = Number(c.req.param('step'));
    const checklist = checklistOf(db, incident);
    if (!checklist.steps.some((s) => s.step === step)) {
      return sendError(c, 422, 'unknown_step', "No such step in the incident's playbook.");
    }
    const body = await readJsonBody(c);
    const parsed = checklistTickSchema.safeParse(body.ok ? body.value : undefined);
    if (!parsed.success) return sendError(c, 422, 'invalid_tick', summariseIssues(parsed.error));
    const me = c.get('me');
    const at = clock().toISOString();
    db.transaction(() => {
      setChecklistTick(db, {
        incidentId: incident.id,
        step,
        ...parsed.data,
        byId: me.id,
        byName: me.name,
        at,
      });
      const detail = { step, done: parsed.data.done };
      appendAudit(
        db,
        { actor: me.id, action: 'incident.checklist', target: incident.id, detail },
        at,
      );
    })();
    return sendJson(c, incidentChecklistSchema, checklistOf(db, incident));
  });
}
