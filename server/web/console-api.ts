import type { Database } from 'better-sqlite3';
import { Hono } from 'hono';
import { z } from 'zod';
import { caseListSchema } from '../../utils/case-api/schema';
import { getStoredCase, listCaseSummaries, storedCaseSchema } from '../db/cases';
import { sendError, sendJson } from '../api/respond';
import { findGoldCase, getGoldSet } from '../db/gold-sets';
import { goldSummary, withCalibrationCases } from '../training/calibration-slip';

const trainingListSchema = caseListSchema.extend({ id: z.string(), title: z.string() });

/**
 * The demo console's own backend, mounted at `/console/api`. It stands for whatever private
 * API a real support tool talks to: no bearer token (the console "is" the signed-in tool), and
 * it answers in its own terms (relative media URLs, no adapter id). Caselight never calls it;
 * the extension reads the rendered page instead.
 */
export function createConsoleApiRoutes(db: Database): Hono {
  const api = new Hono();

  api.get('/cases', (c) => {
    const cases = listCaseSummaries(db, {
      status: c.req.query('status') || undefined,
      queue: c.req.query('queue') || undefined,
    });
    const filtered = Boolean(c.req.query('status') || c.req.query('queue'));
    return sendJson(c, caseListSchema, {
      cases: filtered ? cases : withCalibrationCases(db, cases),
    });
  });

  api.get('/cases/:id', (c) => {
    const id = c.req.param('id');
    const stored = getStoredCase(db, id) ?? findGoldCase(db, id)?.content;
    if (stored === undefined) return sendError(c, 404, 'not_found', 'No such case.');
    return sendJson(c, storedCaseSchema, stored);
  });

  // The training console's list: a gold set's cases, never their answers.
  api.get('/training/sets/:id', (c) => {
    const set = getGoldSet(db, c.req.param('id'));
    if (set === undefined) return sendError(c, 404, 'not_found', 'No such training set.');
    const cases = set.items.map((item) => goldSummary(db, item.caseId)).filter((s) => !!s);
    return sendJson(c, trainingListSchema, { id: set.id, title: set.title, cases });
  });

  // A catch-all rather than notFound(): a mounted sub-app's notFound handler is not used,
  // and an unknown API path must not fall through to the HTML shell.
  api.all('*', (c) => sendError(c, 404, 'not_found', 'No such console API route.'));
  return api;
}
