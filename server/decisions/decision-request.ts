import type { Me } from '../../utils/case-api/schema';
import { decisionSchema, type Decision } from '../../utils/decisions/schema';
import { summariseIssues } from '../api/read-json';
import { caseDecisionsPath } from '../../utils/case-api/paths';
import { HOSTED, type CaseResolver } from '../cases/resolve-case';
import { refuse, type Answer } from './answer';

/**
 * The checks on one decision request that depend only on the request itself (key, body,
 * schema, case, authorship). Their refusals are not remembered under the key, so a corrected
 * request may reuse it. Shared by the single and the batch POST, so both refuse alike.
 */
export type CheckedRequest = { ok: true; decision: Decision } | { ok: false; answer: Answer };

/**
 * The case a single POST's path names: `/consoles/:console/cases/:id/decisions` names both;
 * the older `/cases/:id/decisions` names a hosted case, shown by any hosted console.
 */
export interface PathCase {
  caseId: string;
  console?: string;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function checkDecisionRequest(request: {
  key: string | undefined;
  body: unknown;
  me: Me;
  /** The case named by the single POST's path; the batch has none. */
  pathCase?: PathCase;
  cases: CaseResolver;
}): CheckedRequest {
  const { key, body, me, pathCase, cases } = request;
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
  const mismatch = pathCase && caseMismatch(decision, pathCase, cases);
  if (mismatch) return { ok: false, answer: refuse(422, 'case_mismatch', mismatch) };
  if (me.role !== 'admin' && decision.reviewerId !== me.id) {
    const message = "A reviewer cannot write another reviewer's decision.";
    return { ok: false, answer: refuse(403, 'forbidden', message) };
  }
  return { ok: true, decision };
}

function caseMismatch(decision: Decision, path: PathCase, cases: CaseResolver): string | undefined {
  if (decision.caseId !== path.caseId) {
    return `The decision is for case ${decision.caseId}, not ${path.caseId}.`;
  }
  if (path.console !== undefined && decision.console !== path.console) {
    return `The decision is for a case of console ${decision.console}, not ${path.console}.`;
  }
  if (path.console === undefined && cases.namespaceOf(decision.console) !== HOSTED) {
    const where = caseDecisionsPath(decision.console, decision.caseId);
    return (
      `The decision is for case ${decision.caseId} of console ${decision.console}, which this ` +
      `case API does not host: post it to …${where}.`
    );
  }
  return undefined;
}
