import { caseHistoryOperation, history, recordDecisionOperation } from './openapi-case-operations';
import { apiError, json, pathParam, ref, unauthorized } from './openapi-helpers';

/**
 * The console routes of the OpenAPI document (`case-routes.ts`, `case-history-routes.ts`,
 * `decision-post.ts`): a case is named by the console it is shown in (an adapter id) and that
 * console's own case id. A hosted console (the server's `hostedConsoles`, by default the demo
 * and classic consoles) names the case API's own case of that id; any other console names
 * its own case, known to the case API from the decisions made on it.
 */
const consoleParam = pathParam('console', 'The console (adapter id), e.g. `redmine`.');
const caseParams = [consoleParam, pathParam('id', "The console's own case id.")];
const consoleRoute =
  "A hosted console names the case API's own case; any other console its own case, which " +
  'has an empty history until someone decides it (404 instead in strict mode).';

export const consolePaths = {
  '/api/consoles/{console}/cases/{id}': {
    get: {
      operationId: 'getConsoleCase',
      summary: 'A case as the case API knows it',
      description:
        'A hosted case as a full `Case`. A console case as `ConsoleCase`: the record the ' +
        'latest decision on it carried, and its `items` only while the team keeps case text ' +
        '(never past `itemsExpireAt`).',
      parameters: caseParams,
      responses: {
        '200': {
          description: 'The case.',
          content: {
            'application/json': { schema: { oneOf: [ref('Case'), ref('ConsoleCase')] } },
          },
        },
        '401': unauthorized,
        '404': apiError('No such hosted case, or a console case nobody decided yet.'),
      },
    },
  },
  '/api/consoles/{console}/cases/{id}/decisions': {
    get: caseHistoryOperation('listConsoleCaseDecisions', caseParams, consoleRoute),
    post: recordDecisionOperation(
      'recordConsoleDecision',
      caseParams,
      `The decision's \`console\` and \`caseId\` must be the path's. ${consoleRoute}`,
    ),
  },
  '/api/consoles/{console}/accounts/{accountId}/decisions': {
    get: {
      operationId: 'listConsoleAccountDecisions',
      summary: "Decisions about one reported account in a console's cases, newest first (≤ 100)",
      description: 'Hosted consoles share one namespace: their cases are the same cases.',
      parameters: [consoleParam, pathParam('accountId', 'The `reportedAccountId`.')],
      responses: { '200': history('The latest decisions.'), '401': unauthorized },
    },
  },
  '/api/case-policy': {
    get: {
      operationId: 'getCasePolicy',
      summary: "The team's settings for cases it does not host",
      description:
        '`unknownCases`: `accept` registers a console case at its first decision, `strict` ' +
        'refuses decisions and history on cases the case API does not know. `keepCaseText`: ' +
        'whether decisions may carry `caseRecord.items` (clients strip them otherwise), kept ' +
        '`retentionDays` and then purged.',
      responses: { '200': json('The policy.', 'CasePolicy'), '401': unauthorized },
    },
  },
};
