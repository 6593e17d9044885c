import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { decisionHistorySchema, type DecisionInput } from '../../utils/decisions/schema';
import { DEMO_TOKENS, DEMO_USERS, type StartCaseApiOptions } from '../index';
import { useServer } from './helpers';

/** A valid live decision by the demo reviewer on C-1001; override what a test is about. */
export function makeDecision(overrides: Partial<DecisionInput> = {}): DecisionInput {
  return {
    id: randomUUID(),
    caseId: 'C-1001',
    console: 'demo-console',
    reviewerId: DEMO_USERS.reviewer.id,
    reportedAccountId: 'U-40721',
    action: 'warn',
    policyIds: ['harassment'],
    decidedAt: '2025-03-01T10:00:00.000Z',
    handleTimeMs: 42_000,
    guidanceVersion: 1,
    agreement: 'no-suggestion',
    mode: 'live',
    ...overrides,
  };
}

export interface PostOptions {
  /** Bearer token; defaults to the demo reviewer's, `null` sends none. */
  token?: string | null;
  /** Idempotency-Key; defaults to the decision id, `null` sends none. */
  key?: string | null;
  /** Raw body text instead of the decision's JSON. */
  body?: string;
  /** Case in the path; defaults to the decision's. */
  caseId?: string;
  /** Posts to `/api/consoles/<console>/cases/<id>/decisions` instead of `/api/cases/<id>/…`. */
  console?: string;
}

/** A clock tests move by hand, for key expiry and abandoned reservations. */
export function manualClock(start = new Date('2025-03-01T12:00:00.000Z')) {
  let nowMs = start.getTime();
  return {
    now: () => new Date(nowMs),
    advance: (ms: number) => {
      nowMs += ms;
    },
  };
}

type RawBatchItem = { idempotencyKey?: unknown; decision?: unknown };
const isRaw = (item: object): item is RawBatchItem =>
  'decision' in item || 'idempotencyKey' in item;

/** `useServer` plus decision helpers, all over real HTTP. */
export function useDecisionServer(options: Partial<StartCaseApiOptions> = {}) {
  const { server, get } = useServer(options);

  function post(decision: DecisionInput, opts: PostOptions = {}): Promise<Response> {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    const token = opts.token === undefined ? DEMO_TOKENS.reviewer : opts.token;
    if (token !== null) headers.Authorization = `Bearer ${token}`;
    const key = opts.key === undefined ? decision.id : opts.key;
    if (key !== null) headers['Idempotency-Key'] = key;
    const caseId = encodeURIComponent(opts.caseId ?? decision.caseId);
    const consolePart = opts.console ? `/consoles/${encodeURIComponent(opts.console)}` : '';
    return fetch(`${server().url}/api${consolePart}/cases/${caseId}/decisions`, {
      method: 'POST',
      headers,
      body: opts.body ?? JSON.stringify(decision),
    });
  }

  /** `POST /api/decisions/batch`; items default to `{ idempotencyKey: id, decision }`. */
  function postBatch(
    items: Array<DecisionInput | RawBatchItem>,
    opts: { token?: string | null; body?: string } = {},
  ): Promise<Response> {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    const token = opts.token === undefined ? DEMO_TOKENS.reviewer : opts.token;
    if (token !== null) headers.Authorization = `Bearer ${token}`;
    const wrapped = items.map((item) =>
      isRaw(item) ? item : { idempotencyKey: item.id, decision: item },
    );
    return fetch(`${server().url}/api/decisions/batch`, {
      method: 'POST',
      headers,
      body: opts.body ?? JSON.stringify({ items: wrapped }),
    });
  }

  async function history(path: string) {
    const response = await get(path, DEMO_TOKENS.reviewer);
    if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
    return decisionHistorySchema.parse(await response.json()).decisions;
  }

  /** How many rows the database holds for a decision id (or in all, without one). */
  function recordCount(id?: string): number {
    const sql = id
      ? 'SELECT COUNT(*) FROM decisions WHERE id = ?'
      : 'SELECT COUNT(*) FROM decisions WHERE ? IS NULL';
    return z.number().parse(
      server()
        .db.prepare(sql)
        .pluck()
        .get(id ?? null),
    );
  }

  return { server, get, post, postBatch, history, recordCount };
}
