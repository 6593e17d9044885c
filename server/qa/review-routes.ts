import type { Database } from 'better-sqlite3';
import type { Hono } from 'hono';
import {
  qaOriginalSchema,
  qaQueueSchema,
  qaResultSchema,
  reviewInputSchema,
} from '../../utils/qa/result-schema';
import { scoreOf, scoresProblem } from '../../utils/qa/scorecard';
import type { ApiEnv } from '../api/auth';
import type { CaseSettings } from '../cases/case-settings';
import { sendError, sendJson } from '../api/respond';
import { findDecision } from '../db/decisions';
import { blindQaDecisionId, isBlindQaDecision } from '../db/qa-blind';
import { findResult, insertReview } from '../db/qa-reviews';
import { findScorecard } from '../db/qa-settings';
import { findSample, openQueue } from '../db/qa-samples';
import { snapshotState } from '../db/qa-snapshot';
import { readBody } from './read-body';
import { isQaReviewer, scopeOf } from './scope';

const QUEUE_LIMIT = 200;

/**
 * The QA reviewer's work: the blind queue, the original once they decided the case themselves
 * (mode `qa`, through the ordinary decision POST, so the same panel and keys), and the score.
 */
export function addQaReviewRoutes(
  api: Hono<ApiEnv>,
  db: Database,
  clock: () => Date,
  cases: Pick<CaseSettings, 'keepCaseText'>,
): void {
  api.use('/qa/queue', async (c, next) => {
    if (!isQaReviewer(c.get('me'))) {
      return sendError(c, 403, 'forbidden', 'Only QA reviewers, leads and admins take QA work.');
    }
    await next();
  });
  api.use('/qa/samples/*', async (c, next) => {
    if (!isQaReviewer(c.get('me'))) {
      return sendError(c, 403, 'forbidden', 'Only QA reviewers, leads and admins take QA work.');
    }
    await next();
  });

  api.get('/qa/queue', (c) => {
    const me = c.get('me');
    const now = clock();
    // Each item says whether its snapshot can be opened, so the queue offers no dead link.
    const items = openQueue(db, me.id, QUEUE_LIMIT).map((item) => ({
      ...item,
      snapshot: snapshotState(db, item.decisionId, scopeOf(me), cases.keepCaseText, now),
    }));
    return sendJson(c, qaQueueSchema, { items });
  });

  api.get('/qa/samples/:decisionId/original', (c) => {
    const id = c.req.param('decisionId');
    const sample = findSample(db, id);
    const original = sample && findDecision(db, id);
    if (!original) return sendError(c, 404, 'not_found', `Decision ${id} is not sampled.`);
    const qaId = blindQaDecisionId(db, id, c.get('me').id);
    if (qaId === undefined) {
      const message = 'Decide the case yourself (mode qa) before you see the original decision.';
      return sendError(c, 409, 'decide_first', message);
    }
    const qaDecision = findDecision(db, qaId)!;
    return sendJson(c, qaOriginalSchema, {
      original,
      qaDecision,
      modelRationale: sample.rationale,
    });
  });

  api.post('/qa/samples/:decisionId/review', async (c) => {
    const me = c.get('me');
    const id = c.req.param('decisionId');
    const original = findSample(db, id) && findDecision(db, id);
    if (!original) return sendError(c, 404, 'not_found', `Decision ${id} is not sampled.`);
    const body = await readBody(c, reviewInputSchema);
    if (!body.ok) return body.answer;
    const input = body.value;
    if (findResult(db, id)) {
      return sendError(c, 409, 'already_reviewed', `Decision ${id} has been QA-reviewed.`);
    }
    if (!isBlindQaDecision(db, id, input.qaDecisionId, me.id)) {
      const message = `Decision ${input.qaDecisionId} is not your QA decision on this case.`;
      return sendError(c, 422, 'not_blind', message);
    }
    const card = findScorecard(db);
    const problem = scoresProblem(card, input.scores);
    if (problem) return sendError(c, 422, 'invalid_scores', problem);
    const qa = findDecision(db, input.qaDecisionId)!;
    insertReview(db, {
      decisionId: id,
      qaDecisionId: qa.id,
      qaReviewerId: me.id,
      qaAction: qa.action,
      agreed: qa.action === original.action,
      scorecardVersion: card.version,
      scores: input.scores,
      score: scoreOf(card, input.scores),
      note: input.note,
      scoredAt: clock().toISOString(),
    });
    return sendJson(c, qaResultSchema, findResult(db, id)!, 201);
  });
}
