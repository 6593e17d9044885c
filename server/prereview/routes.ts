import type { Database } from 'better-sqlite3';
import type { Context, Hono } from 'hono';
import type { Me } from '../../utils/case-api/schema';
import {
  preReviewRunSchema,
  preReviewSettingsInputSchema,
  preReviewStatusSchema,
} from '../../utils/qa/prereview-schema';
import type { ApiEnv } from '../api/auth';
import { sendError, sendJson } from '../api/respond';
import type { CaseResolver } from '../cases/resolve-case';
import { insertPreReviewSettings } from '../db/prereview-settings';
import { readBody } from '../qa/read-body';
import { isLead, isQaReviewer, scopeOf } from '../qa/scope';
import type { PreReviewModel } from './config';
import { createPreReviewService } from './service';
import { preReviewStatus } from './status';

/** Leads, admins and QA reviewers see every team's figures; a vendor manager their own team's. */
const maySeeFigures = (me: Me) => isQaReviewer(me) || me.role === 'vendor-manager';

const onlyLeads = (c: Context<ApiEnv>, what: string) =>
  sendError(c, 403, 'forbidden', `Only a lead or an admin may ${what}.`);

/**
 * `/qa/prereview`: status and precision, the lead's settings, and a batch on demand. The batch
 * also runs on the model's interval, in this process, with the key from its configuration.
 */
export function addPreReviewRoutes(
  api: Hono<ApiEnv>,
  db: Database,
  cases: CaseResolver,
  clock: () => Date,
  model: PreReviewModel | undefined,
): void {
  const service = createPreReviewService(db, cases, clock, model);
  service.startTimer(() => db.open);
  const status = (me: Me) => preReviewStatus(db, scopeOf(me), model, clock());

  api.get('/qa/prereview', (c) => {
    const me = c.get('me');
    if (!maySeeFigures(me)) {
      return sendError(
        c,
        403,
        'forbidden',
        'Pre-review figures are for leads, QA and vendor managers.',
      );
    }
    return sendJson(c, preReviewStatusSchema, status(me));
  });

  api.put('/qa/prereview/settings', async (c) => {
    const me = c.get('me');
    if (!isLead(me)) return onlyLeads(c, 'configure pre-review');
    const body = await readBody(c, preReviewSettingsInputSchema);
    if (!body.ok) return body.answer;
    insertPreReviewSettings(db, body.value, me.id, clock().toISOString());
    return sendJson(c, preReviewStatusSchema, status(me));
  });

  api.post('/qa/prereview/run', async (c) => {
    if (!isLead(c.get('me'))) return onlyLeads(c, 'run pre-review');
    return sendJson(c, preReviewRunSchema, await service.run());
  });
}
