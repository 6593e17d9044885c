import type { Database } from 'better-sqlite3';
import type { Hono } from 'hono';
import type { ApiEnv } from '../api/auth';
import type { CaseSettings } from '../cases/case-settings';
import { addQaDisputeRoutes } from './dispute-routes';
import { addQaReviewRoutes } from './review-routes';
import { addQaSettingsRoutes } from './settings-routes';
import { addQaSnapshotRoutes } from './snapshot-routes';

/** Every `/qa/*` route; the API authenticates them before they run. */
export function addQaRoutes(
  api: Hono<ApiEnv>,
  db: Database,
  clock: () => Date,
  cases: Pick<CaseSettings, 'keepCaseText'>,
): void {
  addQaSettingsRoutes(api, db, clock);
  addQaReviewRoutes(api, db, clock, cases);
  addQaSnapshotRoutes(api, db, cases, clock);
  addQaDisputeRoutes(api, db, clock);
}
