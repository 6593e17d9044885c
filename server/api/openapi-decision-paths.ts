import { apiError, json, pathParam, ref, unauthorized } from './openapi-helpers';

/** The decision routes of the OpenAPI document (see `decision-routes.ts`, `decision-post.ts`). */

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

const retryAfter = {
  'Retry-After': { description: 'Seconds to wait before retrying.', schema: { type: 'integer' } },
};

const history = (description: string) => json(description, 'DecisionHistory');

export const decisionPaths = {
  '/api/cases/{id}/decisions': {
    get: {
      operationId: 'listCaseDecisions',
      summary: "A case's decisions, reversed ones included, oldest first",
      parameters: [pathParam('id')],
      responses: {
        '200': history('The decisions in order of receipt.'),
        '401': unauthorized,
        '404': apiError('No case with that id.'),
      },
    },
    post: {
      operationId: 'recordDecision',
      summary: 'Record a decision (idempotent by its id)',
      description:
        'Reviewers, trainers and policy leads write their own decisions; admins may write for ' +
        'anyone. A live decision on a case that already has a standing live decision is ' +
        'refused unless it reverses one (`reverses`) or is a second opinion on one ' +
        '(`secondOpinionOf`). Decisions are append-only.',
      parameters: [pathParam('id'), idempotencyKey],
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
        '404': apiError('No case with that id.'),
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
        '413': apiError('Body over 64 KiB.'),
        '422': apiError(
          'Invalid decision, case id ≠ path, unknown decision in `reverses`/`secondOpinionOf`, ' +
            'or `idempotency_key_reused`.',
        ),
      },
    },
  },
  '/api/decisions/batch': {
    post: {
      operationId: 'recordDecisionBatch',
      summary: 'Record up to 100 decisions at once, each answered as its own POST would be',
      description:
        'Each item carries a decision and its `idempotencyKey` (the decision id), and is ' +
        'checked, recorded and remembered under its key exactly as `recordDecision` does: a ' +
        'replay gets the first answer (`replayed: true`), the same key with another body ' +
        '422, a key still being processed 409 `in_flight` (`retryAfterSeconds`), a case ' +
        'already decided 409 `AlreadyDecided`. A key is the same request through either ' +
        'endpoint, so a client may move a decision between them. Items are recorded in ' +
        'order, together; the answer lists one result per item, in the order sent. Servers ' +
        'without this route answer 404: send the decisions one by one.',
      requestBody: {
        required: true,
        content: { 'application/json': { schema: ref('DecisionBatchInput') } },
      },
      responses: {
        '200': json('One result per item, in order.', 'DecisionBatchAnswer'),
        '400': apiError('Not JSON.'),
        '401': unauthorized,
        '413': apiError('Body over 2 MiB.'),
        '422': apiError('Not `{ items: [...] }` with 1 to 100 items (`invalid_batch`).'),
        '429': {
          ...apiError('Too many requests: nothing in the batch was recorded.'),
          headers: retryAfter,
        },
      },
    },
  },
  '/api/accounts/{accountId}/decisions': {
    get: {
      operationId: 'listAccountDecisions',
      summary: 'Decisions about one reported account, newest first (at most 100)',
      parameters: [pathParam('accountId', 'The `reportedAccountId` of the decisions.')],
      responses: { '200': history('The latest decisions.'), '401': unauthorized },
    },
  },
  '/api/decisions': {
    get: {
      operationId: 'listDecisions',
      summary: 'All decisions, newest first (for backtesting and audits)',
      parameters: [
        {
          name: 'since',
          in: 'query',
          required: false,
          description: 'Only decisions received at or after this ISO 8601 time.',
          schema: { type: 'string', format: 'date-time' },
        },
        {
          name: 'limit',
          in: 'query',
          required: false,
          description: 'At most this many (default 1000; values above 10000 give 10000).',
          schema: { type: 'integer', minimum: 1, default: 1000 },
        },
      ],
      responses: {
        '200': history('The decisions.'),
        '400': apiError('Bad `since` or `limit`.'),
        '401': unauthorized,
      },
    },
  },
};
