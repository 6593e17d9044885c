import type { Database } from 'better-sqlite3';
import type { Hono, MiddlewareHandler } from 'hono';
import {
  assignInputSchema,
  attemptListSchema,
  calibrationSchema,
  goldSetInputSchema,
  goldSetListSchema,
  goldSetSchema,
  revealSchema,
  traineeSetsSchema,
} from '../../utils/training/schema';
import { unassignableReason } from '../../utils/training/assignable';
import { assignReviewers, findGoldCase, getGoldSet, listGoldSets } from '../db/gold-sets';
import { findUserName } from '../db/users';
import {
  findFirstAttempt,
  listAttempts,
  readCalibration,
  writeCalibration,
} from '../db/training-attempts';
import { createGoldSet } from '../training/create-set';
import { traineeSets } from '../training/trainee-sets';
import { requireBearer, type ApiEnv } from './auth';
import { readJsonBody, summariseIssues } from './read-json';
import { sendError, sendJson } from './respond';

/** Gold sets, their answers and everyone's attempts are for trainers and admins. */
const trainersOnly: MiddlewareHandler<ApiEnv> = async (c, next) => {
  const { role } = c.get('me');
  if (role !== 'trainer' && role !== 'admin') {
    return sendError(c, 403, 'forbidden', 'Only trainers and admins can do this.');
  }
  await next();
};

/**
 * Training: trainers build and assign gold sets and read the attempts; trainees list what is
 * assigned to them and, only after their own attempt on a case, see its gold answer.
 */
export function addTrainingRoutes(api: Hono<ApiEnv>, db: Database, clock: () => Date): void {
  api.use('/training/*', requireBearer(db, clock));

  api.post('/training/sets', trainersOnly, async (c) => {
    const body = await readJsonBody(c);
    if (!body.ok) return sendError(c, 400, 'invalid_json', 'The body is not valid JSON.');
    const input = goldSetInputSchema.safeParse(body.value);
    if (!input.success) return sendError(c, 422, 'invalid_gold_set', summariseIssues(input.error));
    const created = createGoldSet(db, input.data, c.get('me'), clock());
    if (!created.ok) return sendError(c, 422, 'invalid_gold_set', created.message);
    return sendJson(c, goldSetSchema, getGoldSet(db, created.setId)!, 201);
  });

  api.get('/training/sets', trainersOnly, (c) =>
    sendJson(c, goldSetListSchema, { sets: listGoldSets(db) }),
  );

  api.get('/training/sets/:id', trainersOnly, (c) => {
    const set = getGoldSet(db, c.req.param('id'));
    if (!set) return sendError(c, 404, 'not_found', `No gold set ${c.req.param('id')}.`);
    return sendJson(c, goldSetSchema, set);
  });

  api.post('/training/sets/:id/assignments', trainersOnly, async (c) => {
    const id = c.req.param('id');
    const set = getGoldSet(db, id);
    if (!set) return sendError(c, 404, 'not_found', `No gold set ${id}.`);
    const unassignable = unassignableReason(set.items);
    if (unassignable) return sendError(c, 422, 'unassignable_gold_set', unassignable);
    const body = await readJsonBody(c);
    if (!body.ok) return sendError(c, 400, 'invalid_json', 'The body is not valid JSON.');
    const input = assignInputSchema.safeParse(body.value);
    if (!input.success)
      return sendError(c, 422, 'invalid_assignment', summariseIssues(input.error));
    const reviewers = [...new Set(input.data.reviewerIds)].map((reviewerId) => ({
      id: reviewerId,
      name: findUserName(db, reviewerId) ?? reviewerId,
    }));
    assignReviewers(db, id, reviewers, c.get('me').name, clock().toISOString());
    return sendJson(c, goldSetSchema, getGoldSet(db, id)!);
  });

  api.get('/training/sets/:id/attempts', trainersOnly, (c) => {
    const id = c.req.param('id');
    if (!getGoldSet(db, id)) return sendError(c, 404, 'not_found', `No gold set ${id}.`);
    return sendJson(c, attemptListSchema, { attempts: listAttempts(db, id) });
  });

  api.get('/training/mine', (c) =>
    sendJson(c, traineeSetsSchema, {
      sets: traineeSets(db, c.get('me').id, new URL(c.req.url).origin),
    }),
  );

  api.get('/training/cases/:caseId/reveal', (c) => {
    const caseId = c.req.param('caseId');
    const me = c.get('me');
    const gold = findGoldCase(db, caseId);
    const attempt = gold && findFirstAttempt(db, me.id, caseId);
    const trainer = me.role === 'trainer' || me.role === 'admin';
    // The same answer for a live case and for a gold case not yet attempted: a reviewer must
    // not learn that a case in their live queue is a calibration case by asking.
    if (!gold || (!attempt && !trainer)) {
      return sendError(
        c,
        404,
        'not_found',
        `No training answer for case ${caseId}: decide it first.`,
      );
    }
    const { caseId: _id, position: _p, subject: _s, sourceCaseId: _src, ...answer } = gold.item;
    return sendJson(c, revealSchema, {
      caseId,
      setId: gold.setId,
      setTitle: gold.setTitle,
      answer,
      attempt,
    });
  });

  api.get('/training/calibration', trainersOnly, (c) =>
    sendJson(c, calibrationSchema, readCalibration(db)),
  );

  api.put('/training/calibration', trainersOnly, async (c) => {
    const body = await readJsonBody(c);
    if (!body.ok) return sendError(c, 400, 'invalid_json', 'The body is not valid JSON.');
    const input = calibrationSchema.safeParse(body.value);
    if (!input.success)
      return sendError(c, 422, 'invalid_calibration', summariseIssues(input.error));
    if (input.data.setId !== null && !getGoldSet(db, input.data.setId)) {
      return sendError(c, 422, 'invalid_calibration', `setId: No gold set ${input.data.setId}.`);
    }
    writeCalibration(db, input.data);
    return sendJson(c, calibrationSchema, input.data);
  });
}
