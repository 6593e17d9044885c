import { caseListSchema, meSchema } from '../case-api/schema';
import type { CaseApiSession } from '../case-api/client';
import { decisionHistorySchema } from '../decisions/schema';
import { editorGet, editorSend, editorSession } from '../guidance/editor-client';
import type { Handlers } from '../messaging/router';
import { decidedCases } from '../training/decided-cases';
import {
  attemptListSchema,
  calibrationSchema,
  goldSetListSchema,
  goldSetSchema,
} from '../training/schema';
import type { TrainerAnswers, TrainerOp, TrainerRequest } from '../training/trainer-messages';

/**
 * The trainer page's calls to the case API, made here because pages never call it. Every op
 * has its fixed path (ids are encoded, so a set id cannot reach another route) and every
 * answer is validated against the shared training schema before the page sees it.
 */

type OpHandler<O extends TrainerOp> = (
  session: CaseApiSession,
  request: Extract<TrainerRequest, { op: O }>,
) => Promise<TrainerAnswers[O]>;

const setPath = (setId: string) => `/training/sets/${encodeURIComponent(setId)}`;

const ops: { [O in TrainerOp]: OpHandler<O> } = {
  me: async (session) => {
    const answer = await editorGet(session, '/me', meSchema);
    return answer.ok ? { ok: true, me: answer.value, baseUrl: session.baseUrl } : answer;
  },
  'list-sets': async (session) => {
    const answer = await editorGet(session, '/training/sets', goldSetListSchema);
    return answer.ok ? { ok: true, sets: answer.value.sets } : answer;
  },
  'get-set': async (session, { setId }) => {
    const answer = await editorGet(session, setPath(setId), goldSetSchema);
    return answer.ok ? { ok: true, set: answer.value } : answer;
  },
  'create-set': async (session, { input }) => {
    const request = { method: 'POST', path: '/training/sets', body: input } as const;
    const answer = await editorSend(session, request, goldSetSchema);
    return answer.ok ? { ok: true, set: answer.value } : answer;
  },
  assign: async (session, { setId, reviewerIds }) => {
    const path = `${setPath(setId)}/assignments`;
    const answer = await editorSend(
      session,
      { method: 'POST', path, body: { reviewerIds } },
      goldSetSchema,
    );
    return answer.ok ? { ok: true, set: answer.value } : answer;
  },
  attempts: async (session, { setId }) => {
    const answer = await editorGet(session, `${setPath(setId)}/attempts`, attemptListSchema);
    return answer.ok ? { ok: true, attempts: answer.value.attempts } : answer;
  },
  'decided-cases': async (session, { limit }) => {
    // Subjects help the trainer recognise a case; without them the ids still do.
    const [history, cases] = await Promise.all([
      editorGet(session, `/decisions?limit=${limit}`, decisionHistorySchema),
      editorGet(session, '/cases', caseListSchema),
    ]);
    if (!history.ok) return history;
    const subjects = new Map(cases.ok ? cases.value.cases.map((c) => [c.id, c.subject]) : []);
    return { ok: true, cases: decidedCases(history.value.decisions, subjects) };
  },
  'get-calibration': async (session) => {
    const answer = await editorGet(session, '/training/calibration', calibrationSchema);
    return answer.ok ? { ok: true, calibration: answer.value } : answer;
  },
  'set-calibration': async (session, { calibration }) => {
    const request = { method: 'PUT', path: '/training/calibration', body: calibration } as const;
    const answer = await editorSend(session, request, calibrationSchema);
    return answer.ok ? { ok: true, calibration: answer.value } : answer;
  },
};

export async function handleTrainerRequest<O extends TrainerOp>(
  request: Extract<TrainerRequest, { op: O }>,
  token?: string,
): Promise<TrainerAnswers[O]> {
  // The table is keyed by op, so the handler found is the one for this request's op.
  const handler = ops[request.op as O] as OpHandler<O>;
  return handler(await editorSession(token), request);
}

export const trainingTrainerHandlers: Pick<Handlers, 'training:trainer'> = {
  'training:trainer': ({ token, request }) => handleTrainerRequest(request, token),
};
