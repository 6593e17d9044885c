import type { Database } from 'better-sqlite3';
import type { Hono } from 'hono';
import type { ApiEnv } from '../api/auth';
import { addQaDisputeRoutes } from './dispute-routes';
import { addQaReviewRoutes } from './review-routes';
import { addQaSettingsRoutes } from './settings-routes';

/** Every `/qa/*` route; the API authenticates them before they run. */
export function addQaRoutes(api: Hono<ApiEnv>, db: Database, clock: () => Date): void {
  addQaSettingsRoutes(api, db, clock);
  addQaReviewRoutes(api, db, clock);
  addQaDisputeRoutes(api, db, clock);
}
