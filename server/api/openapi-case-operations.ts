import { apiError, json, ref, unauthorized } from './openapi-helpers';

/**
 * The operations on one case's decisions, shared by the console routes
 * (`/api/consoles/{console}/cases/{id}/decisions`) and the older hosted-case routes.
 */

const idempotencyKey = {
  name: 'Idempotency-Key',
  in: 'header',
  required: true,
  description:
    'The decision id. The first answer is kept for at least 24 hours: a retry with the same ' +
    'key and body gets it again (with `Idempotent-Replayed: true`); the same key with another ' +
    'body is refused.',
  schema: { type: 'string', format: 'uuid' },
};

export const retryAfter = {
  'Retry-After': { description: 'Seconds to wait before retrying.', schema: { type: 'integer' } },
};

export const history = (description: string) => json(description, 'DecisionHistory');

/** The single decision POST, on the console route and on the older hosted-case route. */
export function recordDecisionOperation(operationId: string, pathParams: object[], where: string) {
  return {
    operationId,
    summary: 'Record a decision (idempotent by its id)',
    description:
      `${where} Reviewers, trainers and policy leads write their own decisions; admins may ` +
      'write for anyone. A live decision on a case that already has a standing live decision ' +
      'is refused unless it reverses one (`reverses`) or is a second opinion on one ' +
      '(`secondOpinionOf`); "a case" is the resolved case, so two consoles\' case "4" never ' +
      'conflict. A decision on a console case the case API has not seen registers the case ' +
      'from its `caseRecord` (identity alone without one), unless the team runs in strict ' +
      'mode (`GET /api/case-policy`). `caseRecord.items` (the case text) is stored with the ' +
      'case only when the team keeps case text, never in the decision. A decision on a gold ' +
      'case (hosted) is filed as a training attempt. Decisions are append-only. The key is ' +
      'bound to the resolved case, so the same decision sent by either route or in a batch is ' +
      'one request.',
    parameters: [...pathParams, idempotencyKey],
    requestBody: {
      required: true,
      content: { 'application/json': { schema: ref('DecisionInput') } },
    },
    responses: {
      '201': json('Recorded.', 'RecordedDecision'),
      '200': json(
        'This decision id was recorded earlier (after its key expired).',
        'RecordedDecision',
      ),
      '400': apiError('Missing Idempotency-Key, key ≠ decision id, or not JSON.'),
      '401': unauthorized,
      '403': apiError("Not allowed to write another reviewer's decision."),
      '404': apiError(
        'No hosted case with that id, or (strict mode) a console case the case API does not know.',
      ),
      '409': {
        description:
          'Already decided (`AlreadyDecided`, naming the standing decision), already ' +
          'reversed (`already_reversed`), or the first request with this key is still ' +
          'being processed (`in_flight`, with `Retry-After`).',
        headers: retryAfter,
        content: {
          'application/json': { schema: { oneOf: [ref('AlreadyDecided'), ref('ApiError')] } },
        },
      },
      '413': apiError('Body over 1 MiB (send the decision without `caseRecord.items`).'),
      '422': apiError(
        "Invalid decision, its console or case id ≠ the path's (`case_mismatch`), unknown " +
          'decision in `reverses`/`secondOpinionOf`, or `idempotency_key_reused`.',
      ),
    },
  };
}

/** A case's decisions: the same answer on both routes. */
export function caseHistoryOperation(operationId: string, pathParams: object[], where: string) {
  return {
    operationId,
    summary: "A case's decisions, reversed ones included, oldest first",
    description: where,
    parameters: pathParams,
    responses: {
      '200': history('The decisions in order of receipt.'),
      '401': unauthorized,
      '404': apiError(
        'No hosted case with that id, or (strict mode) a console case the case API does not know.',
      ),
    },
  };
}
