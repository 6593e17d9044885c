import {
  caseHistoryOperation,
  history,
  recordDecisionOperation,
  retryAfter,
} from './openapi-case-operations';
import { apiError, json, pathParam, ref, unauthorized } from './openapi-helpers';

/** The decision routes of the OpenAPI document (see `decision-routes.ts`, `decision-post.ts`). */

const hostedRoute =
  "The older route for the case API's own (hosted) cases, as shown by any hosted console; " +
  'the same as `/api/consoles/{console}/cases/{id}` with a hosted console.';

export const decisionPaths = {
  '/api/cases/{id}/decisions': {
    get: caseHistoryOperation('listCaseDecisions', [pathParam('id')], hostedRoute),
    post: recordDecisionOperation('recordDecision', [pathParam('id')], hostedRoute),
  },
  '/api/decisions/batch': {
    post: {
      operationId: 'recordDecisionBatch',
      summary: 'Record up to 100 decisions at once, each answered as its own POST would be',
      description:
        'Each item carries a decision and its `idempotencyKey` (the decision id), and is ' +
        'checked, recorded and remembered under its key exactly as `recordDecision` does ' +
        "(its case resolved by the decision's `console` and `caseId`): a " +
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
      description: 'Within the hosted cases (the accounts the hosted consoles show).',
      parameters: [pathParam('accountId', 'The `reportedAccountId` of the decisions.')],
      responses: { '200': history('The latest decisions.'), '401': unauthorized },
    },
  },
  '/api/decisions': {
    get: {
      operationId: 'listDecisions',
      summary:
        'Decisions newest first (backtesting, audits): all for leads, QA and admins; a vendor manager or trainer their team; a reviewer their own',
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
