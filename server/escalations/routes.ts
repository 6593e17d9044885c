import type { Database } from 'better-sqlite3';
import type { Context, Hono } from 'hono';
import {
  caseEscalationsSchema,
  escalationListSchema,
  escalationSchema,
  escalationTransitionSchema,
} from '../../utils/escalations/schema';
import { requireBearer, type ApiEnv } from '../api/auth';
import { leadsOnly } from '../api/leads-only';
import { summariseIssues } from '../api/read-json';
import { sendError, sendJson } from '../api/respond';
import type { CaseSettings } from '../cases/case-settings';
import { hostedCase } from '../cases/resolve-case';
import { appendAudit } from '../db/audit';
import { listCaseEscalations, listStandingEscalations } from '../db/escalations';
import { isLead, scopeOf } from '../qa/scope';
import { transitionEscalation } from './transition';
import { addWebhookRoutes } from './webhook-routes';

/**
 * Safety escalations. Anyone signed in who can read a case's decisions reads its escalations
 * (every reviewer who opens the case sees its state). Leads and admins acknowledge and close:
 * taking on a report of a person at risk is an operational duty. QA reviewers may not: they
 * re-check decisions after the fact and hold no on-call duty, so an acknowledgement from them
 * would tell everyone someone is handling it when nobody is.
 */
export function addEscalationRoutes(
  api: Hono<ApiEnv>,
  db: Database,
  cases: CaseSettings,
  clock: () => Date,
): void {
  const auth = requireBearer(db, clock);
  api.use('/escalations', auth);
  api.use('/escalations/*', auth);

  const ofCase = (c: Context<ApiEnv>, ref: ReturnType<CaseSettings['resolve']>) =>
    sendJson(c, caseEscalationsSchema, {
      escalations: listCaseEscalations(db, ref),
      canManage: isLead(c.get('me')),
    });
  api.get('/consoles/:console/cases/:id/escalations', (c) =>
    ofCase(c, cases.resolve(c.req.param('console'), c.req.param('id'))),
  );
  api.get('/cases/:id/escalations', (c) => ofCase(c, hostedCase(c.req.param('id'))));

  // Not closed yet, oldest first: the lead's work list, scoped like every decision read.
  api.get('/escalations', (c) =>
    sendJson(c, escalationListSchema, {
      escalations: listStandingEscalations(db, scopeOf(c.get('me'))),
    }),
  );

  const transition = (to: 'acknowledged' | 'closed') => async (c: Context<ApiEnv>) => {
    // The note is optional, and so is the body: an empty POST acknowledges.
    const text = await c.req.text();
    let value: unknown = {};
    try {
      if (text.trim() !== '') value = JSON.parse(text);
    } catch {
      return sendError(c, 400, 'invalid_json', 'The body is not valid JSON.');
    }
    const parsed = escalationTransitionSchema.safeParse(value);
    if (!parsed.success) return sendError(c, 422, 'invalid_body', summariseIssues(parsed.error));
    const { note } = parsed.data;
    const me = c.get('me');
    const at = clock().toISOString();
    const id = c.req.param('id') ?? '';
    const result = transitionEscalation(db, id, to, {
      by: { id: me.id, name: me.name },
      at,
      note,
      keepCaseText: cases.keepCaseText,
    });
    if (!result.ok) return sendError(c, result.status, result.code, result.message);
    appendAudit(db, { actor: me.id, action: `escalation.${to}`, target: id, detail: {} }, at);
    return sendJson(c, escalationSchema, result.escalation);
  };
  const leads = leadsOnly('acknowledge or close escalations');
  api.post('/escalations/:id/acknowledge', leads, transition('acknowledged'));
  api.post('/escalations/:id/close', leads, transition('closed'));

  addWebhookRoutes(api, db, clock);
}
