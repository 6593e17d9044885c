import type { Database } from 'better-sqlite3';
import type { Hono } from 'hono';
import { caseSchema } from '../../utils/case/schema';
import { caseListSchema, casePolicySchema } from '../../utils/case-api/schema';
import { consoleCaseSchema } from '../../utils/decisions/schema';
import type { CaseSettings } from '../cases/case-settings';
import { unknownCaseMessage } from '../cases/known-case';
import { hostedCase, isHosted, type CaseRef } from '../cases/resolve-case';
import { getStoredCase, listCaseSummaries } from '../db/cases';
import { getConsoleCase } from '../db/console-cases';
import type { ApiEnv } from './auth';
import { toApiCase } from './case-view';
import { sendError, sendJson } from './respond';

/** Empty query parameters (`?status=`) mean "no filter", as in most consoles' list URLs. */
const filterValue = (value: string | undefined) => (value ? value : undefined);

/**
 * Reading cases: the case API's own (hosted) cases as full `Case`s, a console case as what is
 * known of it (`ConsoleCase`: its record, and its text only while the team keeps it), and the
 * team's case policy, which tells the extension whether to send case text at all.
 */
export function addCaseRoutes(
  api: Hono<ApiEnv>,
  db: Database,
  cases: CaseSettings,
  clock: () => Date,
): void {
  api.get('/cases', (c) => {
    const summaries = listCaseSummaries(db, {
      status: filterValue(c.req.query('status')),
      queue: filterValue(c.req.query('queue')),
    });
    return sendJson(c, caseListSchema, { cases: summaries });
  });

  const storedCase = (origin: string, ref: CaseRef) => {
    const stored = getStoredCase(db, ref.caseId);
    return stored && toApiCase(stored, origin);
  };

  api.get('/cases/:id', (c) => {
    const ref = hostedCase(c.req.param('id'));
    const found = storedCase(new URL(c.req.url).origin, ref);
    if (!found) return sendError(c, 404, 'not_found', unknownCaseMessage(ref));
    return sendJson(c, caseSchema, found);
  });

  api.get('/consoles/:console/cases/:id', (c) => {
    const ref = cases.resolve(c.req.param('console'), c.req.param('id'));
    if (isHosted(ref)) {
      const found = storedCase(new URL(c.req.url).origin, ref);
      if (!found) return sendError(c, 404, 'not_found', unknownCaseMessage(ref));
      return sendJson(c, caseSchema, found);
    }
    const known = getConsoleCase(db, ref, clock());
    if (!known) {
      const message = `Case ${ref.caseId} of console ${ref.namespace} is not known to this case API: no decision on it was recorded yet.`;
      return sendError(c, 404, 'not_found', message);
    }
    return sendJson(c, consoleCaseSchema, known);
  });

  api.get('/case-policy', (c) => sendJson(c, casePolicySchema, cases.policy));
}
