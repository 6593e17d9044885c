import { caseApiFetch, openCaseApiSession, type CaseApiSession } from '../case-api/client';
import { editorGet, editorSend, failure, failureOf } from '../guidance/editor-client';
import type { Handlers } from '../messaging/router';
import type {
  QaLeadAnswers,
  QaLeadOp,
  QaLeadRequest,
  QaPanelAnswers,
  QaPanelOp,
  QaPanelRequest,
} from '../qa/qa-messages';
import {
  qaOriginalSchema,
  qaQueueSchema,
  qaResultSchema,
  qaResultsSchema,
} from '../qa/result-schema';
import { scorecardSchema } from '../qa/schema';
import { caseSnapshotSchema } from '../qa/snapshot-schema';
import { cachedQaRead, forgetQaReads } from '../qa/qa-read-cache';

/**
 * QA calls to the case API, made here because pages and the content script never call it. Each
 * op has its fixed path (ids encoded) and each answer is validated before a page sees it; the
 * case API enforces who may take QA work, dispute or settle.
 */

type Op<R extends { op: string }, A, O extends keyof A & R['op']> = (
  session: CaseApiSession,
  request: Extract<R, { op: O }>,
) => Promise<A[O]>;

const part = encodeURIComponent;
const post = (path: string, body: unknown) => ({ method: 'POST', path, body }) as const;
const RECENT_RESULTS = 20;

// A refusal is kept too: a reviewer who takes no QA work is refused on every case they open.
const worthKeeping = (answer: { ok: boolean; problem?: string }) =>
  answer.ok || answer.problem === 'forbidden';
const readQueue = (session: CaseApiSession) =>
  cachedQaRead(
    'queue',
    session,
    () => editorGet(session, '/qa/queue', qaQueueSchema),
    worthKeeping,
  );

/** A write that changes the queue or the results: what was kept is forgotten once it is done. */
const writing = async <T>(write: Promise<T>): Promise<T> => {
  try {
    return await write;
  } finally {
    forgetQaReads();
  }
};

const panelOps: { [O in QaPanelOp]: Op<QaPanelRequest, QaPanelAnswers, O> } = {
  queue: async (session) => {
    const answer = await readQueue(session);
    return answer.ok ? { ok: true, items: answer.value.items } : answer;
  },
  item: async (session, { console, caseId }) => {
    const answer = await readQueue(session);
    // A reviewer who takes no QA work is refused the queue: no case of theirs is a QA item.
    if (!answer.ok) return answer.problem === 'forbidden' ? { ok: true, item: null } : answer;
    const item = answer.value.items.find((i) => i.console === console && i.caseId === caseId);
    return { ok: true, item: item ?? null };
  },
  original: async (session, { decisionId }) => {
    try {
      const response = await caseApiFetch(`/qa/samples/${part(decisionId)}/original`, {
        session,
      });
      if (!response.ok) return { ...(await failureOf(response)), notYet: response.status === 409 };
      const parsed = qaOriginalSchema.safeParse(await response.json().catch(() => undefined));
      if (parsed.success) return { ok: true, original: parsed.data };
      const message = 'The case API sent an original decision Caselight cannot read.';
      return { ok: false, problem: 'bad-response', message, notYet: false };
    } catch (error) {
      return { ...failure(error), notYet: false };
    }
  },
  snapshot: async (session, { decisionId }) => {
    const path = `/qa/samples/${part(decisionId)}/snapshot`;
    const answer = await editorGet(session, path, caseSnapshotSchema);
    return answer.ok ? { ok: true, snapshot: answer.value } : answer;
  },
  scorecard: async (session) => {
    const answer = await editorGet(session, '/qa/scorecard', scorecardSchema);
    return answer.ok ? { ok: true, scorecard: answer.value } : answer;
  },
  review: async (session, { decisionId, review }) => {
    const path = `/qa/samples/${part(decisionId)}/review`;
    const answer = await writing(editorSend(session, post(path, review), qaResultSchema));
    return answer.ok ? { ok: true, result: answer.value } : answer;
  },
  results: async (session, { caseId }) => {
    // One case's results are read when that case is open; the recent ones by every panel.
    const answer = caseId
      ? await editorGet(session, `/qa/results?caseId=${part(caseId)}`, qaResultsSchema)
      : await cachedQaRead(
          'results',
          session,
          () => editorGet(session, `/qa/results?limit=${RECENT_RESULTS}`, qaResultsSchema),
          worthKeeping,
        );
    return answer.ok ? { ok: true, results: answer.value.results } : answer;
  },
  dispute: async (session, { decisionId, dispute }) => {
    const path = `/qa/results/${part(decisionId)}/dispute`;
    const answer = await writing(editorSend(session, post(path, dispute), qaResultSchema));
    return answer.ok ? { ok: true, result: answer.value } : answer;
  },
};

const leadOps: { [O in QaLeadOp]: Op<QaLeadRequest, QaLeadAnswers, O> } = {
  disputes: async (session) => {
    const answer = await editorGet(session, '/qa/results?limit=10000', qaResultsSchema);
    if (!answer.ok) return answer;
    const open = answer.value.results.filter((r) => r.dispute && r.dispute.outcome === null);
    return { ok: true, results: open };
  },
  settle: async (session, { decisionId, settle }) => {
    const path = `/qa/results/${part(decisionId)}/settle`;
    const answer = await writing(editorSend(session, post(path, settle), qaResultSchema));
    return answer.ok ? { ok: true, result: answer.value } : answer;
  },
};

export async function handleQaPanel<O extends QaPanelOp>(
  request: Extract<QaPanelRequest, { op: O }>,
): Promise<QaPanelAnswers[O]> {
  // The table is keyed by op, so the handler found is the one for this request's op.
  const handler = panelOps[request.op as O] as Op<QaPanelRequest, QaPanelAnswers, O>;
  return handler(await openCaseApiSession(), request);
}

export async function handleQaLead<O extends QaLeadOp>(
  request: Extract<QaLeadRequest, { op: O }>,
): Promise<QaLeadAnswers[O]> {
  const handler = leadOps[request.op as O] as Op<QaLeadRequest, QaLeadAnswers, O>;
  return handler(await openCaseApiSession(), request);
}

export const qaHandlers: Pick<Handlers, 'qa:panel' | 'qa:lead'> = {
  'qa:panel': ({ request }) => handleQaPanel(request),
  'qa:lead': ({ request }) => handleQaLead(request),
};
