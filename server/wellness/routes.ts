import type { Database } from 'better-sqlite3';
import type { Hono } from 'hono';
import { DEFAULT_GUIDANCE_PACK } from '../../utils/guidance/default-pack';
import { guidancePackSchema } from '../../utils/guidance/schema';
import {
  exposureAggregateSchema,
  exposureReportAnswerSchema,
  exposureReportSchema,
} from '../../utils/wellness/exposure-report-schema';
import { requireBearer, type ApiEnv } from '../api/auth';
import { leadsOnly } from '../api/leads-only';
import { readJsonBody } from '../api/read-json';
import { sendError, sendJson } from '../api/respond';
import { readExposure, recordExposure } from '../db/exposure';
import { latestVersion } from '../guidance/versions';

/** Reviewers without a team are counted together under this name. */
export const NO_TEAM = 'no-team';

/** Whether the guidance in force has the team share per-person exposure figures. */
function sharesPerPerson(db: Database): boolean {
  const current = latestVersion(db);
  const pack = current ? guidancePackSchema.parse(JSON.parse(current.pack)) : DEFAULT_GUIDANCE_PACK;
  return pack.wellness?.exposure.sharePerPerson ?? false;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reviewer exposure: every signed-in reviewer's browser adds its amounts to the team's day;
 * leads read their own team's days (admins every team's), per person only where shared.
 */
export function addExposureRoutes(api: Hono<ApiEnv>, db: Database, clock: () => Date): void {
  api.use('/wellness/*', requireBearer(db, clock));

  api.post('/wellness/exposure', async (c) => {
    const body = await readJsonBody(c);
    if (!body.ok) return sendError(c, 400, 'invalid_json', 'The body is not valid JSON.');
    const parsed = exposureReportSchema.safeParse(body.value);
    if (!parsed.success) return sendError(c, 422, 'invalid_report', parsed.error.message);
    const me = c.get('me');
    const who = { team: me.team?.id ?? NO_TEAM, reviewerId: me.id, perPerson: sharesPerPerson(db) };
    const counted = recordExposure(db, parsed.data, who);
    return sendJson(c, exposureReportAnswerSchema, { counted }, counted ? 201 : 200);
  });

  api.get('/wellness/exposure', leadsOnly('read team exposure figures'), (c) => {
    const me = c.get('me');
    const fallback = new Date(clock().getTime() - 6 * 86_400_000).toISOString().slice(0, 10);
    const since = c.req.query('since') ?? fallback;
    if (!DAY.test(since)) return sendError(c, 400, 'invalid_query', 'since is YYYY-MM-DD.');
    const team = me.role === 'admin' ? c.req.query('team') : (me.team?.id ?? NO_TEAM);
    const figures = readExposure(db, { since, team, perPerson: sharesPerPerson(db) });
    return sendJson(c, exposureAggregateSchema, figures);
  });
}
