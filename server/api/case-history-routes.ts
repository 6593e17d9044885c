import type { Database } from 'better-sqlite3';
import type { Context, Hono } from 'hono';
import { decisionHistorySchema } from '../../utils/decisions/schema';
import type { CaseSettings } from '../cases/case-settings';
import { refusedAsUnknown, unknownCaseMessage } from '../cases/known-case';
import { HOSTED, hostedCase, type CaseRef } from '../cases/resolve-case';
import { listAccountDecisions, listCaseDecisions } from '../db/decisions';
import type { ApiEnv } from './auth';
import { sendError, sendJson } from './respond';

export const ACCOUNT_HISTORY_LIMIT = 100;

/**
 * Decision history by case and by reported account, on the console routes and on the older
 * hosted-case routes (`/cases/:id/decisions`, `/accounts/:id/decisions`), which the demo
 * console and older clients use.
 */
export function addCaseHistoryRoutes(api: Hono<ApiEnv>, db: Database, cases: CaseSettings): void {
  const caseHistory = (c: Context<ApiEnv>, ref: CaseRef) => {
    // A console case nobody decided yet has an empty history, unless only known cases count.
    // A gold case counts as known: a 404 would tell a reviewer it is a calibration case.
    if (refusedAsUnknown(db, ref, cases.strict)) {
      return sendError(c, 404, 'not_found', unknownCaseMessage(ref));
    }
    return sendJson(c, decisionHistorySchema, { decisions: listCaseDecisions(db, ref) });
  };
  const accountHistory = (c: Context<ApiEnv>, namespace: string) => {
    const accountId = c.req.param('accountId') ?? '';
    const decisions = listAccountDecisions(db, namespace, accountId, ACCOUNT_HISTORY_LIMIT);
    return sendJson(c, decisionHistorySchema, { decisions });
  };

  api.get('/consoles/:console/cases/:id/decisions', (c) =>
    caseHistory(c, cases.resolve(c.req.param('console'), c.req.param('id'))),
  );
  api.get('/cases/:id/decisions', (c) => caseHistory(c, hostedCase(c.req.param('id'))));
  // Hosted consoles share one namespace: the same accounts appear in the same cases.
  api.get('/consoles/:console/accounts/:accountId/decisions', (c) =>
    accountHistory(c, cases.namespaceOf(c.req.param('console'))),
  );
  api.get('/accounts/:accountId/decisions', (c) => accountHistory(c, HOSTED));
}
