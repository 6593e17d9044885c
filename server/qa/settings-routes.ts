import type { Database } from 'better-sqlite3';
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import {
  samplingRulesAnswerSchema,
  samplingRulesInputSchema,
  sampleRunAnswerSchema,
  scorecardInputSchema,
  scorecardSchema,
  type SamplingRules,
} from '../../utils/qa/schema';
import { expectedLoad } from '../../utils/qa/sample';
import type { ApiEnv } from '../api/auth';
import { sendError, sendJson } from '../api/respond';
import { currentRules, findScorecard, insertRules, insertScorecard } from '../db/qa-settings';
import { liveCandidates } from '../db/qa-samples';
import { readBody } from './read-body';
import { runSampling } from './sample-run';
import { isLead, isQaReviewer } from './scope';

const DAY_MS = 86_400_000;
/** The expected daily count is judged on this many past days of live decisions. */
export const LOAD_WINDOW_DAYS = 7;

const sampleRunSchema = z.object({ since: z.iso.datetime({ offset: true }).optional() });

const forbidden = (c: Context<ApiEnv>, what: string) =>
  sendError(c, 403, 'forbidden', `Only a lead or an admin may ${what}.`);

/** Sampling rules and scorecards: leads edit, QA reviewers read; each edit a new version. */
export function addQaSettingsRoutes(api: Hono<ApiEnv>, db: Database, clock: () => Date): void {
  const answerRules = (rules: SamplingRules) => {
    const since = new Date(clock().getTime() - LOAD_WINDOW_DAYS * DAY_MS);
    const load = expectedLoad(rules, liveCandidates(db, since, false), LOAD_WINDOW_DAYS);
    return { rules, ...load };
  };

  api.get('/qa/rules', (c) => {
    if (!isQaReviewer(c.get('me'))) return forbidden(c, 'read the sampling rules');
    return sendJson(c, samplingRulesAnswerSchema, answerRules(currentRules(db)));
  });
  api.put('/qa/rules', async (c) => {
    const me = c.get('me');
    if (!isLead(me)) return forbidden(c, 'set the sampling rules');
    const body = await readBody(c, samplingRulesInputSchema);
    if (!body.ok) return body.answer;
    const rules = insertRules(db, body.value, me.id, clock().toISOString());
    return sendJson(c, samplingRulesAnswerSchema, answerRules(rules));
  });

  // Also run on a timer by the server when started with `qaSampleEveryMs` (see sample-run.ts).
  api.post('/qa/sample', async (c) => {
    if (!isLead(c.get('me'))) return forbidden(c, 'run sampling');
    const body = await readBody(c, sampleRunSchema);
    if (!body.ok) return body.answer;
    const since = body.value.since ? new Date(body.value.since) : undefined;
    return sendJson(c, sampleRunAnswerSchema, runSampling(db, clock(), since));
  });

  api.get('/qa/scorecard', (c) => sendJson(c, scorecardSchema, findScorecard(db)));
  api.get('/qa/scorecard/:version', (c) => {
    const version = Number(c.req.param('version'));
    const latest = findScorecard(db).version;
    if (!Number.isInteger(version) || version < 1 || version > latest) {
      return sendError(c, 404, 'not_found', `No scorecard version ${c.req.param('version')}.`);
    }
    return sendJson(c, scorecardSchema, findScorecard(db, version));
  });
  api.put('/qa/scorecard', async (c) => {
    const me = c.get('me');
    if (!isLead(me)) return forbidden(c, 'edit the scorecard');
    const body = await readBody(c, scorecardInputSchema);
    if (!body.ok) return body.answer;
    findScorecard(db); // the default stays version 1, whatever a lead writes first
    const card = insertScorecard(db, body.value.criteria, me.id, clock().toISOString());
    return sendJson(c, scorecardSchema, card, 201);
  });
}
