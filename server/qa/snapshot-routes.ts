import type { Database } from 'better-sqlite3';
import type { Hono } from 'hono';
import { caseSnapshotSchema, type SnapshotState } from '../../utils/qa/snapshot-schema';
import type { ApiEnv } from '../api/auth';
import { sendError, sendJson } from '../api/respond';
import type { CaseSettings } from '../cases/case-settings';
import { findSample } from '../db/qa-samples';
import { findSnapshot } from '../db/qa-snapshot';
import { isQaReviewer, scopeOf } from './scope';

const WHY_NOT: Record<Exclude<SnapshotState, 'kept'>, string> = {
  'not-kept': 'This team keeps no case snapshots: open the case in its console.',
  gone: 'The snapshot is gone: purged on retention, or the case changed after the decision.',
  hosted: 'The case API hosts this case: its console shows it as stored.',
};

/**
 * `GET /qa/samples/:decisionId/snapshot`: the case text a sampled decision was made on, for
 * QA reviewers, leads and admins within their scope. Checked here as well as by the
 * `/qa/samples/*` guard, so the route stays closed whatever order routes are added in.
 */
export function addQaSnapshotRoutes(
  api: Hono<ApiEnv>,
  db: Database,
  cases: Pick<CaseSettings, 'keepCaseText'>,
  clock: () => Date,
): void {
  api.get('/qa/samples/:decisionId/snapshot', (c) => {
    const me = c.get('me');
    if (!isQaReviewer(me)) {
      return sendError(c, 403, 'forbidden', 'Only QA reviewers, leads and admins open snapshots.');
    }
    const id = c.req.param('decisionId');
    const found =
      findSample(db, id) && findSnapshot(db, id, scopeOf(me), cases.keepCaseText, clock());
    if (!found) return sendError(c, 404, 'not_found', `Decision ${id} is not sampled.`);
    if (found.state !== 'kept') {
      return sendError(c, 404, `snapshot_${found.state.replace('-', '_')}`, WHY_NOT[found.state]);
    }
    return sendJson(c, caseSnapshotSchema, found.snapshot);
  });
}
