import type { Me } from '../../utils/case-api/schema';
import { decisionSchema, type Decision } from '../../utils/decisions/schema';
import { summariseIssues } from '../api/read-json';
import { refuse, type Answer } from './answer';

/**
 * The checks on one decision request that depend only on the request itself (key, body,
 * schema, case, authorship). Their refusals are not remembered under the key, so a corrected
 * request may reuse it. Shared by the single and the batch POST, so both refuse alike.
 */
export type CheckedRequest = { ok: true; decision: Decision } | { ok: false; answer: Answer };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function checkDecisionRequest(request: {
  key: string | undefined;
  body: unknown;
  me: Me;
  /** The case named by the single POST's path; the batch has none. */
  pathCaseId?: string;
}): CheckedRequest {
  const { key, body, me, pathCaseId } = request;
  if (!key) {
    const message = 'An Idempotency-Key header (the decision id) is required.';
    return { ok: false, answer: refuse(400, 'idempotency_key_required', message) };
  }
  if (!isObject(body) || body.id !== key) {
    const message = 'The Idempotency-Key header must equal the decision id.';
    return { ok: false, answer: refuse(400, 'idempotency_key_mismatch', message) };
  }
  const parsed = decisionSchema.safeParse(body);
  if (!parsed.success) {
    return { ok: false, answer: refuse(422, 'invalid_decision', summariseIssues(parsed.error)) };
  }
  const decision = parsed.data;
  if (pathCaseId !== undefined && decision.caseId !== pathCaseId) {
    const message = `The decision is for case ${decision.caseId}, not ${pathCaseId}.`;
    return { ok: false, answer: refuse(422, 'case_mismatch', message) };
  }
  if (me.role !== 'admin' && decision.reviewerId !== me.id) {
    const message = "A reviewer cannot write another reviewer's decision.";
    return { ok: false, answer: refuse(403, 'forbidden', message) };
  }
  return { ok: true, decision };
}
