import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { Hono } from 'hono';
import {
  incidentActivitySchema,
  incidentInputSchema,
  incidentListSchema,
  incidentRejectedSchema,
  incidentSchema,
} from '../../utils/incidents/schema';
import { checkIncident } from '../../utils/incidents/validate';
import { requireBearer, type ApiEnv } from '../api/auth';
import { leadsOnly } from '../api/leads-only';
import { readJsonBody } from '../api/read-json';
import { sendError, sendJson } from '../api/respond';
import { appendAudit } from '../db/audit';
import { closeIncident, findIncident, insertIncident, listIncidents } from '../db/incidents';
import { incidentActivity } from './activity';
import { guidanceInForce } from './guidance-in-force';
import { addIncidentPageRoutes } from './page-routes';

/**
 * Incidents: leads and admins declare and close them; every signed-in panel reads the open
 * ones (`GET /incidents`), which is how a banner reaches every reviewer within its poll.
 */
export function addIncidentRoutes(api: Hono<ApiEnv>, db: Database, clock: () => Date): void {
  const auth = requireBearer(db, clock);
  const leads = leadsOnly('declare or close incidents');
  api.use('/incidents', auth);
  api.use('/incidents/*', auth);

  api.get('/incidents', (c) => {
    const all = c.req.query('all') === 'true';
    return sendJson(c, incidentListSchema, { incidents: listIncidents(db, all) });
  });

  api.get('/incidents/:id', (c) => {
    const incident = findIncident(db, c.req.param('id'));
    if (!incident) return sendError(c, 404, 'not_found', 'No such incident.');
    return sendJson(c, incidentSchema, incident);
  });

  api.get('/incidents/:id/activity', (c) => {
    const id = c.req.param('id');
    if (!findIncident(db, id)) return sendError(c, 404, 'not_found', 'No such incident.');
    return sendJson(c, incidentActivitySchema, incidentActivity(db, id));
  });

  api.post('/incidents', leads, async (c) => {
    const body = await readJsonBody(c);
    if (!body.ok) return sendError(c, 400, 'invalid_json', 'The body is not valid JSON.');
    const parsed = incidentInputSchema.safeParse(body.value);
    const issues = parsed.success
      ? checkIncident(parsed.data, guidanceInForce(db))
      : parsed.error.issues.map((issue) => ({
          path: issue.path.join('.'),
          message: issue.message,
        }));
    if (!parsed.success || issues.length > 0) {
      const message = issues.map((issue) => `${issue.path}: ${issue.message}`).join('; ');
      const error = { code: 'invalid_incident' as const, message, issues };
      return sendJson(c, incidentRejectedSchema, { error }, 422);
    }
    const meta = {
      id: `inc_${randomUUID().slice(0, 8)}`,
      declaredBy: c.get('me').id,
      declaredAt: clock().toISOString(),
    };
    return sendJson(c, incidentSchema, insertIncident(db, parsed.data, meta), 201);
  });

  api.post('/incidents/:id/close', leads, (c) => {
    const id = c.req.param('id');
    const at = clock().toISOString();
    if (!closeIncident(db, id, c.get('me').id, at)) {
      const known = findIncident(db, id) !== undefined;
      return known
        ? sendError(c, 409, 'already_closed', 'This incident is closed already.')
        : sendError(c, 404, 'not_found', 'No such incident.');
    }
    const closed = findIncident(db, id);
    if (!closed) return sendError(c, 404, 'not_found', 'No such incident.');
    appendAudit(
      db,
      { actor: c.get('me').id, action: 'incident.close', target: id, detail: {} },
      at,
    );
    return sendJson(c, incidentSchema, closed);
  });

  addIncidentPageRoutes(api, db, clock);
}
