import type { Database } from 'better-sqlite3';
import type { Hono } from 'hono';
import { sendJson } from '../api/respond';
import { livenessSchema, readinessSchema } from './health-schema';
import type { Lifecycle } from './lifecycle';
import { readiness } from './readiness';

/**
 * `/healthz` and `/readyz` at the root, outside `/api`, where load balancers and orchestrators
 * look for them; no token, no database write. Liveness only says the event loop answers, so a
 * busy database never gets a healthy instance restarted; readiness is what takes it out of
 * rotation (database gone, schema behind, or shutting down).
 */
export function addHealthRoutes(app: Hono, db: Database, lifecycle: Lifecycle): void {
  app.get('/healthz', (c) => {
    c.header('Cache-Control', 'no-store');
    return sendJson(c, livenessSchema, { ok: true, pid: process.pid });
  });
  app.get('/readyz', (c) => {
    const state = readiness(db, lifecycle);
    c.header('Cache-Control', 'no-store');
    return sendJson(c, readinessSchema, state, state.ready ? 200 : 503);
  });
}
